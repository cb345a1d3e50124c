import { describe, expect, it } from "vitest";
import { overdueReasons } from "@/lib/cases/overdue";

const settings = { noFeedbackDays: 30, delTvaMissingDays: 60 };
const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("overdue cases", () => {
  it("marks a case without återkoppling after the configured days", () => {
    const report = {
      status: "REGISTRERAD" as const,
      submittedAt: daysAgo(31),
      dialogueHeld: true,
      hasCoordinatorMessage: false,
    };
    expect(overdueReasons(report, settings, now)).toEqual(["INGEN_ATERKOPPLING"]);
  });

  it("does not mark a case before the period or once återkoppling is given", () => {
    expect(
      overdueReasons(
        { status: "INKOMMEN", submittedAt: daysAgo(29), dialogueHeld: true, hasCoordinatorMessage: false },
        settings,
        now,
      ),
    ).toEqual([]);
    expect(
      overdueReasons(
        { status: "INKOMMEN", submittedAt: daysAgo(90), dialogueHeld: true, hasCoordinatorMessage: true },
        settings,
        now,
      ),
    ).toEqual([]);
  });

  it("marks del två missing when no dialogue was held within the period", () => {
    const report = {
      status: "UNDER_HANDLAGGNING" as const,
      submittedAt: daysAgo(61),
      dialogueHeld: false,
      hasCoordinatorMessage: true,
    };
    expect(overdueReasons(report, settings, now)).toEqual(["DEL_TVA_SAKNAS"]);
  });

  it("never marks closed, rejected or anonymised cases", () => {
    for (const status of ["ATERKOPPLAD", "AVIDENTIFIERAD", "AVSLUTAD", "AVVISAD"] as const) {
      expect(
        overdueReasons(
          { status, submittedAt: daysAgo(400), dialogueHeld: false, hasCoordinatorMessage: false },
          settings,
          now,
        ),
      ).toEqual([]);
    }
  });
});
