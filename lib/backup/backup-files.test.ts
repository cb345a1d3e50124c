import { describe, expect, it } from "vitest";
import { backupFileName, backupKind } from "@/lib/backup/backup-files";

describe("backup file names", () => {
  it("stamps the name with the UTC time, sortable and without colons", () => {
    const at = new Date("2026-12-01T23:02:33.456Z");
    expect(backupFileName("postgres", at)).toBe("bis-2026-12-01T23-02-33Z.dump");
    expect(backupFileName("pglite", at)).toBe("bis-2026-12-01T23-02-33Z.tar.gz");
    const later = backupFileName("postgres", new Date("2027-01-02T03:04:05Z"));
    expect([later, backupFileName("postgres", at)].sort()[1]).toBe(later);
  });

  it("tells the kind from the name", () => {
    expect(backupKind("/backups/bis-2026-12-01T23-02-33Z.dump")).toBe("postgres");
    expect(backupKind("bis-2026-12-01T23-02-33Z.tar.gz")).toBe("pglite");
    expect(backupKind("bis.sql")).toBeUndefined();
  });
});
