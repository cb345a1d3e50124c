import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { INSTANCE_SETTINGS_TTL_MS } from "@/lib/settings/instance-settings";
import { cachedRead } from "@/lib/settings/read-cache";
import { saveSetting } from "@/lib/settings/save-setting";
import { MAX_LOGO_BYTES } from "@/lib/settings/schemas";

export { MAX_LOGO_BYTES };

/**
 * The host organisation's logo, shown in the public header. PNG only: a PNG can't carry script, so serving it
 * same-origin needs no sanitiser (an SVG would). Stored base64 in its own Setting row, apart from the instance
 * settings that every page reads.
 */
export const INSTANCE_LOGO_KEY = "instance.logo";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface StoredLogo {
  /** The PNG, base64; "" once removed. */
  data: string;
  /** The first 16 hex digits of its SHA-256: the version in the logo's URL, so it can be cached for long. */
  version: string;
  bytes: number;
}

/** Why the file can't be the logo, in Swedish, or null when it is a PNG of an allowed size. */
export function logoProblem(file: Uint8Array): string | null {
  if (file.length === 0) return "Välj en bildfil.";
  if (file.length > MAX_LOGO_BYTES) return "Logotypen får vara högst 200 kB.";
  const isPng =
    file.length > 24 &&
    PNG_SIGNATURE.every((byte, index) => file[index] === byte) &&
    String.fromCharCode(...file.subarray(12, 16)) === "IHDR";
  if (!isPng) return "Logotypen måste vara en PNG-bild.";
  return null;
}

async function readStored(db: Pick<PrismaClient, "setting">): Promise<StoredLogo | null> {
  const row = await db.setting.findUnique({ where: { key: INSTANCE_LOGO_KEY } });
  const value = row?.value as Partial<StoredLogo> | undefined;
  if (!value?.data || !value.version) return null;
  return { data: value.data, version: value.version, bytes: value.bytes ?? 0 };
}

/**
 * The logo's version for its URL, or null when there is none. Every public page asks, so only the version is read,
 * never the bytes.
 */
export async function getInstanceLogoVersion(db: Pick<PrismaClient, "$queryRaw">): Promise<string | null> {
  const rows = await db.$queryRaw<{ version: string | null }[]>`
    SELECT "value"->>'version' AS "version" FROM "Setting" WHERE "key" = ${INSTANCE_LOGO_KEY}`;
  return rows[0]?.version || null;
}

const cachedVersion = cachedRead(getInstanceLogoVersion, INSTANCE_SETTINGS_TTL_MS);

/** The logo's version for the public pages' header, read as seldom as the instance settings. */
export function getInstanceLogoVersionCached(db: Pick<PrismaClient, "$queryRaw">, now = Date.now()) {
  return cachedVersion.get(db, now);
}

/** The logo's bytes and version, for the route that serves it. */
export async function getInstanceLogo(
  db: Pick<PrismaClient, "setting">,
): Promise<{ png: Buffer; version: string } | null> {
  const stored = await readStored(db);
  return stored ? { png: Buffer.from(stored.data, "base64"), version: stored.version } : null;
}

async function save(db: PrismaClient, actor: Actor | null, next: StoredLogo) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const saved = await db.$transaction(async (tx) => {
    const before = (await readStored(tx)) ?? { data: "", version: "", bytes: 0 };
    // The audit row records the new version and size, never the image.
    return saveSetting(tx, admin, INSTANCE_LOGO_KEY, { ...before }, { ...next }, { summaryOnly: ["data"] });
  });
  cachedVersion.forget(db);
  return saved;
}

/** Replaces the logo with an uploaded PNG. */
export async function saveInstanceLogo(db: PrismaClient, actor: Actor | null, file: Uint8Array) {
  const problem = logoProblem(file);
  if (problem) throw new AppError("INVALID", problem);
  const version = createHash("sha256").update(file).digest("hex").slice(0, 16);
  return save(db, actor, { data: Buffer.from(file).toString("base64"), version, bytes: file.length });
}

/** Removes the logo: the header shows the service's name alone again. */
export async function removeInstanceLogo(db: PrismaClient, actor: Actor | null) {
  return save(db, actor, { data: "", version: "", bytes: 0 });
}

/**
 * The response of the logo's route. A request naming the current version may be cached for a year (a new logo
 * gets a new URL); any other gets the current logo, revalidated. nosniff and an empty policy keep the browser from
 * treating the bytes as anything but an image.
 */
export async function instanceLogoResponse(
  db: Pick<PrismaClient, "setting">,
  requestedVersion: string | null,
): Promise<Response> {
  const logo = await getInstanceLogo(db);
  const safety = { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'" };
  if (!logo)
    return new Response("Ingen logotyp.", {
      status: 404,
      headers: { ...safety, "Cache-Control": "no-store" },
    });
  return new Response(new Uint8Array(logo.png), {
    headers: {
      ...safety,
      "Content-Type": "image/png",
      "Content-Length": String(logo.png.length),
      ETag: `"${logo.version}"`,
      "Cache-Control":
        requestedVersion === logo.version
          ? "public, max-age=31536000, immutable"
          : "public, max-age=0, must-revalidate",
    },
  });
}
