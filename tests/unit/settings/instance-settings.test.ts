import { describe, expect, it } from "vitest";
import { DEFAULT_INSTANCE_SETTINGS, ZInstanceSettings } from "@/lib/settings/instance-settings";

describe("instance settings", () => {
  it("ships defaults that pass their own validation", () => {
    expect(ZInstanceSettings.safeParse(DEFAULT_INSTANCE_SETTINGS).success).toBe(true);
  });

  it("names role mailboxes, never a person, for the coordinators", () => {
    expect(DEFAULT_INSTANCE_SETTINGS.coordinatorRoles.every((role) => role === role.toLowerCase())).toBe(
      true,
    );
  });

  it("refuses a settings object without routine steps or with a bad mailbox", () => {
    expect(ZInstanceSettings.safeParse({ ...DEFAULT_INSTANCE_SETTINGS, routineSteps: [] }).success).toBe(
      false,
    );
    expect(
      ZInstanceSettings.safeParse({ ...DEFAULT_INSTANCE_SETTINGS, accessibilityContactEmail: "nej" }).success,
    ).toBe(false);
  });
});
