import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import {
  getInstanceLogoVersion,
  getInstanceLogoVersionCached,
  instanceLogoResponse,
  MAX_LOGO_BYTES,
  removeInstanceLogo,
  saveInstanceLogo,
} from "@/lib/settings/instance-logo";
import { INSTANCE_SETTINGS_TTL_MS } from "@/lib/settings/instance-settings";
import { createStaff } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();

/** A real 1×1 PNG, optionally padded with an ancillary chunk to a given size. */
function png(padTo = 0): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "ascii"), data])));
    return Buffer.concat([length, Buffer.from(type, "ascii"), data, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 0, 0, 0, 0]))),
  ];
  const size = parts.reduce((sum, part) => sum + part.length, 0) + 12;
  if (padTo > size + 12) parts.push(chunk("teXt", Buffer.alloc(padTo - size - 12, 0x41)));
  parts.push(chunk("IEND", Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const staff = (role: Role) =>
  createStaff(db.prisma, role, `${role.toLowerCase()}@example.se`, { name: role });

describe("the host organisation's logo", () => {
  it("is uploaded by an administrator, served same-origin as a PNG with caching, and removable", async () => {
    const admin = await staff("ADMIN");
    expect(await getInstanceLogoVersion(db.prisma)).toBeNull();
    expect((await instanceLogoResponse(db.prisma, null)).status).toBe(404);

    const file = png();
    await saveInstanceLogo(db.prisma, admin, file);
    const version = await getInstanceLogoVersion(db.prisma);
    expect(version).toMatch(/^[0-9a-f]{16}$/);

    const current = await instanceLogoResponse(db.prisma, version);
    expect(current.status).toBe(200);
    expect(current.headers.get("Content-Type")).toBe("image/png");
    expect(current.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(current.headers.get("Cache-Control")).toContain("immutable");
    expect(Buffer.from(await current.arrayBuffer()).equals(file)).toBe(true);
    // An old or missing version in the URL gets the current logo, but not cached for long.
    const stale = await instanceLogoResponse(db.prisma, "0000000000000000");
    expect(stale.headers.get("Cache-Control")).toContain("must-revalidate");

    const audit = await db.prisma.auditLog.findMany({ where: { action: "SETTINGS_CHANGED" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ key: "instance.logo", dataChanged: true, versionTo: version });
    expect(JSON.stringify(audit[0]!.data)).not.toContain(file.toString("base64").slice(0, 20));

    await removeInstanceLogo(db.prisma, admin);
    expect(await getInstanceLogoVersion(db.prisma)).toBeNull();
    expect((await instanceLogoResponse(db.prisma, version)).status).toBe(404);
  });

  it("refuses what is not a PNG, a file over 200 kB, and anyone but an administrator", async () => {
    const admin = await staff("ADMIN");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(saveInstanceLogo(db.prisma, admin, svg)).rejects.toMatchObject({
      code: "INVALID",
      message: "Logotypen måste vara en PNG-bild.",
    });
    // A file that only starts like a PNG is refused too.
    await expect(saveInstanceLogo(db.prisma, admin, png().subarray(0, 16))).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(saveInstanceLogo(db.prisma, admin, png(MAX_LOGO_BYTES + 1))).rejects.toMatchObject({
      message: "Logotypen får vara högst 200 kB.",
    });
    await expect(saveInstanceLogo(db.prisma, admin, png(MAX_LOGO_BYTES))).resolves.toBe(true);

    const samordnare = await staff("SAMORDNARE");
    await expect(saveInstanceLogo(db.prisma, samordnare, png())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeInstanceLogo(db.prisma, null)).rejects.toBeTruthy();
    expect(await getInstanceLogoVersion(db.prisma)).not.toBeNull();
  });

  it("reaches this instance's header at once when changed, another instance's within the cache's lifetime", async () => {
    const admin = await staff("ADMIN");
    const otherInstance = { $queryRaw: db.prisma.$queryRaw.bind(db.prisma) };
    const start = Date.now();
    expect(await getInstanceLogoVersionCached(db.prisma)).toBeNull();
    expect(await getInstanceLogoVersionCached(otherInstance, start)).toBeNull();

    await saveInstanceLogo(db.prisma, admin, png());
    const version = await getInstanceLogoVersion(db.prisma);
    expect(await getInstanceLogoVersionCached(db.prisma)).toBe(version);
    expect(await getInstanceLogoVersionCached(otherInstance, start + 1)).toBeNull();
    expect(await getInstanceLogoVersionCached(otherInstance, start + INSTANCE_SETTINGS_TTL_MS + 1)).toBe(
      version,
    );

    await removeInstanceLogo(db.prisma, admin);
    expect(await getInstanceLogoVersionCached(db.prisma)).toBeNull();
  });
});
