import { describe, expect, it } from "vitest";
import {
  closedOnOrBefore,
  erasureDate,
  isErasureDue,
  isErasureUpcoming,
  isRetentionOver,
  type RetentionState,
} from "@/lib/retention/retention-due";

const DAY_MS = 86_400_000;
const closedAt = new Date("2024-03-15T10:30:00Z");
const closed: RetentionState = { status: "AVSLUTAD", closedAt, erasedAt: null, legalHoldAt: null };
const at = (iso: string) => new Date(iso);
const shift = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe("when gallring erases a closed case", () => {
  it("ends the period exactly N calendar years after closing", () => {
    expect(erasureDate(closedAt, 2)).toEqual(at("2026-03-15T10:30:00Z"));
    expect(erasureDate(closedAt, 5)).toEqual(at("2029-03-15T10:30:00Z"));
  });

  it("erases at exactly N years, not a moment or a day before, and still a day after", () => {
    const end = at("2026-03-15T10:30:00Z");
    expect(isErasureDue(closed, 2, end)).toBe(true);
    expect(isErasureDue(closed, 2, shift(end, -1))).toBe(false);
    expect(isErasureDue(closed, 2, shift(end, -DAY_MS))).toBe(false);
    expect(isErasureDue(closed, 2, shift(end, DAY_MS))).toBe(true);
  });

  it("follows the configured number of years", () => {
    const now = at("2026-06-01T00:00:00Z");
    expect(isErasureDue(closed, 2, now)).toBe(true);
    expect(isErasureDue(closed, 3, now)).toBe(false);
  });

  it("never erases a case under a legal hold, though its period is over", () => {
    const held = { ...closed, legalHoldAt: at("2025-01-01T00:00:00Z") };
    const now = at("2030-01-01T00:00:00Z");
    expect(isRetentionOver(held, 2, now)).toBe(true);
    expect(isErasureDue(held, 2, now)).toBe(false);
    expect(isErasureUpcoming(held, 2, now)).toBe(false);
  });

  it("never erases a case that is not closed, however old", () => {
    const now = at("2040-01-01T00:00:00Z");
    for (const status of ["INKOMMEN", "UNDER_HANDLAGGNING", "AVIDENTIFIERAD", "AVVISAD"] as const) {
      expect(isErasureDue({ ...closed, status }, 2, now), status).toBe(false);
      expect(isRetentionOver({ ...closed, status }, 2, now), status).toBe(false);
    }
    // Reopened: the status moved on and the closing time was cleared.
    expect(isErasureDue({ ...closed, status: "AVIDENTIFIERAD", closedAt: null }, 2, now)).toBe(false);
    expect(isErasureDue({ ...closed, closedAt: null }, 2, now)).toBe(false);
  });

  it("does not erase a case again once it is erased", () => {
    const erased = { ...closed, erasedAt: at("2026-03-16T02:00:00Z") };
    const now = at("2027-01-01T00:00:00Z");
    expect(isRetentionOver(erased, 2, now)).toBe(true);
    expect(isErasureDue(erased, 2, now)).toBe(false);
    expect(isErasureUpcoming(erased, 2, now)).toBe(false);
  });

  it("moves a case closed on 29 February to 1 March in a year without one", () => {
    const leap = { ...closed, closedAt: at("2024-02-29T12:00:00Z") };
    expect(erasureDate(leap.closedAt, 2)).toEqual(at("2026-03-01T12:00:00Z"));
    expect(isErasureDue(leap, 2, at("2026-02-28T23:59:59Z"))).toBe(false);
    expect(isErasureDue(leap, 2, at("2026-03-01T12:00:00Z"))).toBe(true);
    expect(isErasureDue(leap, 4, at("2028-02-29T12:00:00Z"))).toBe(true);
  });
});

describe("what is shown as upcoming", () => {
  const end = erasureDate(closedAt, 2);

  it("lists a case whose period ends within 30 days, and one already due", () => {
    expect(isErasureUpcoming(closed, 2, shift(end, -30 * DAY_MS))).toBe(true);
    expect(isErasureUpcoming(closed, 2, shift(end, -10 * DAY_MS))).toBe(true);
    expect(isErasureUpcoming(closed, 2, shift(end, DAY_MS))).toBe(true);
  });

  it("does not list a case whose period ends later than 30 days from now", () => {
    expect(isErasureUpcoming(closed, 2, shift(end, -30 * DAY_MS - 1))).toBe(false);
    expect(isErasureUpcoming(closed, 2, shift(end, -31 * DAY_MS))).toBe(false);
  });

  it("takes another window when asked", () => {
    expect(isErasureUpcoming(closed, 2, shift(end, -60 * DAY_MS), 60)).toBe(true);
  });
});

describe("the query's prefilter", () => {
  it("never leaves out a case whose period is over", () => {
    const closings = [
      "2024-02-29T12:00:00Z",
      "2024-02-28T23:59:59Z",
      "2024-03-01T00:00:00Z",
      "2023-12-31T23:00:00Z",
      "2024-03-15T10:30:00Z",
    ].map(at);
    const nows = [
      "2026-02-28T12:00:00Z",
      "2026-03-01T12:00:00Z",
      "2026-03-15T10:30:00Z",
      "2028-02-29T12:00:00Z",
    ];
    for (const years of [1, 2, 4]) {
      for (const now of nows.map(at)) {
        for (const closing of closings) {
          const state = { ...closed, closedAt: closing };
          if (isRetentionOver(state, years, now)) {
            expect(
              closing.getTime(),
              `${closing.toISOString()} ${now.toISOString()} ${years}`,
            ).toBeLessThanOrEqual(closedOnOrBefore(now, years).getTime());
          }
        }
      }
    }
  });
});
