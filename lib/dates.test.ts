import { describe, expect, it } from "vitest";
import {
  stockholmDate,
  stockholmDateTime,
  stockholmDayRange,
  stockholmDayStart,
  stockholmLastDay,
} from "@/lib/dates";

describe("Swedish day boundaries", () => {
  it("starts a winter day at 23:00 UTC the evening before", () => {
    expect(stockholmDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
  });

  it("starts a summer day at 22:00 UTC the evening before", () => {
    expect(stockholmDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("handles the days daylight saving time starts and ends", () => {
    expect(stockholmDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(stockholmDayStart("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(stockholmDayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(stockholmDayStart("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("covers both end days of a range", () => {
    const range = stockholmDayRange("2026-03-01", "2026-03-31");
    expect(range.gte?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(range.lt?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(stockholmLastDay(range.lt!)).toBe("2026-03-31");
  });

  it("formats instants in Swedish time", () => {
    const at = new Date("2026-12-31T23:30:00Z");
    expect(stockholmDate(at)).toBe("2027-01-01");
    expect(stockholmDateTime(at)).toBe("2027-01-01 00:30:00");
  });
});
