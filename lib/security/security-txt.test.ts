import { describe, expect, it } from "vitest";
import { securityTxt } from "@/lib/security/security-txt";
import { DEFAULT_INSTANCE_SETTINGS } from "@/lib/settings/instance-settings";

describe("security.txt", () => {
  it("names the role mailbox, expires within a year and prefers Swedish", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const text = securityTxt(
      { ...DEFAULT_INSTANCE_SETTINGS, coordinatorMailboxes: ["samordnare@skane.se"] },
      "https://bis.example.se",
      now,
    );
    expect(text).toContain("Contact: mailto:samordnare@skane.se\n");
    expect(text).toContain("Preferred-Languages: sv, en\n");
    expect(text).toContain("Canonical: https://bis.example.se/.well-known/security.txt\n");
    const expires = new Date(/Expires: (.+)/.exec(text)![1]!);
    expect(expires > now).toBe(true);
    expect(expires.getTime() - now.getTime()).toBeLessThanOrEqual(365 * 24 * 3600 * 1000);
  });
});
