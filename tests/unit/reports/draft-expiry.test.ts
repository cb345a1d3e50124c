import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/dates";
import { draftExpiresAt, isDraftExpired } from "@/lib/reports/draft-expiry";

const created = new Date("2026-03-01T10:00:00Z");

describe("draft expiry", () => {
  it("expires a draft the given number of days after it was created", () => {
    expect(draftExpiresAt(created, 90).toISOString()).toBe("2026-05-30T10:00:00.000Z");
    expect(draftExpiresAt(created, 1).toISOString()).toBe("2026-03-02T10:00:00.000Z");
  });

  it("keeps a draft usable until its expiry moment", () => {
    const expiresAt = draftExpiresAt(created, 90);
    expect(isDraftExpired({ expiresAt }, created)).toBe(false);
    expect(isDraftExpired({ expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(false);
  });

  it("refuses a draft from its expiry moment on", () => {
    const expiresAt = draftExpiresAt(created, 90);
    expect(isDraftExpired({ expiresAt }, expiresAt)).toBe(true);
    expect(isDraftExpired({ expiresAt }, new Date("2027-01-01T00:00:00Z"))).toBe(true);
  });

  it("tells the date in Swedish, in Stockholm time", () => {
    expect(formatDate(new Date("2026-05-30T10:00:00Z"))).toBe("30 maj 2026");
    // 23:30 UTC on 5 March is already 6 March in Sweden.
    expect(formatDate(new Date("2026-03-05T23:30:00Z"))).toBe("6 mars 2026");
  });
});
