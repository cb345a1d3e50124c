import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Everything that names this instance's samråd, host and routine. Stored in the Setting table (key "instance"),
 * editable by an administrator, so another samråd running the same process can run its own instance.
 */
export const ZInstanceSettings = z.object({
  serviceName: z.string().min(2).max(120),
  samradName: z.string().min(2).max(200),
  hostOrganisation: z.string().min(2).max(200),
  coordinatorRoles: z.array(z.string().min(2).max(200)).min(1),
  coordinatorMailboxes: z.array(z.email()).default([]),
  accessibilityContactEmail: z.email(),
  routineSteps: z
    .array(z.object({ title: z.string().min(2).max(200), text: z.string().min(2).max(2000) }))
    .min(1),
});
export type TInstanceSettings = z.infer<typeof ZInstanceSettings>;

export const DEFAULT_INSTANCE_SETTINGS: TInstanceSettings = {
  serviceName: "Brister i samverkan",
  samradName: "Delregionalt samråd psykiatri Nordväst",
  hostOrganisation: "Helsingborgs stad",
  coordinatorRoles: ["psykiatrisamordnaren", "samordnaren för suicidprevention och psykisk hälsa"],
  coordinatorMailboxes: ["psykiatrisamordnare@example.se"],
  accessibilityContactEmail: "tillganglighet@example.se",
  routineSteps: [
    { title: "Lös problemet för individen", text: "Se först till att individen får den hjälp hen behöver." },
    {
      title: "Prata med din närmsta chef",
      text: "Ha dialog med din närmsta chef om bristen och planera kontakten med samverkansparten.",
    },
    {
      title: "Fyll i del ett",
      text: "Beskriv händelsen och vilka åtgärder ni vidtagit för att lösa individens ärende.",
    },
    {
      title: "Ha dialog med samverkansparten",
      text: "Skicka en kopia av del ett till samverkansparten. Kom gemensamt fram till vilka åtgärder som behövs för att lösa bristen i samverkan.",
    },
    {
      title: "Fyll i del två och skicka in",
      text: "Beskriv de åtgärder ni kommit överens om och skicka in rapporten. Den diarieförs och handläggs av samordnarna.",
    },
  ],
};

export const INSTANCE_SETTINGS_KEY = "instance";

export async function getInstanceSettings(db: Pick<PrismaClient, "setting">): Promise<TInstanceSettings> {
  const row = await db.setting.findUnique({ where: { key: INSTANCE_SETTINGS_KEY } });
  if (!row) return DEFAULT_INSTANCE_SETTINGS;
  const parsed = ZInstanceSettings.partial().safeParse(row.value);
  return { ...DEFAULT_INSTANCE_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/**
 * How long a page may show the instance settings it read before reading them again. Another instance of the app
 * sees an administrator's change within this time; the instance that saved it sees it at once.
 */
export const INSTANCE_SETTINGS_TTL_MS = 5_000;

const cached = new WeakMap<object, { value: Promise<TInstanceSettings>; expiresAt: number }>();

/**
 * The instance settings for pages that only show them (the start page, the routine, sign-in, …): read at most
 * once per INSTANCE_SETTINGS_TTL_MS per database client, so that those pages cost no database round trip.
 */
export function getInstanceSettingsCached(
  db: Pick<PrismaClient, "setting">,
  now = Date.now(),
): Promise<TInstanceSettings> {
  const hit = cached.get(db);
  if (hit && hit.expiresAt > now) return hit.value;
  const value = getInstanceSettings(db);
  cached.set(db, { value, expiresAt: now + INSTANCE_SETTINGS_TTL_MS });
  // A failed read is not kept: the next page tries again.
  value.catch(() => cached.delete(db));
  return value;
}

/** Drops the cached settings of `db`'s client, after a change saved through it. */
export function forgetCachedInstanceSettings(db: object): void {
  cached.delete(db);
}
