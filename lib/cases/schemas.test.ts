import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ZChangeStatus, ZEscalateCase } from "@/lib/cases/schemas";

const escalation = (raisedOn: string) => ({ reportId: "r1", level: "LOKAL", raisedOn, outcome: "" });
const raisedOnErrors = (raisedOn: string) => {
  const result = ZEscalateCase.safeParse(escalation(raisedOn));
  return result.success
    ? []
    : result.error.issues.filter((i) => i.path[0] === "raisedOn").map((i) => i.message);
};

describe("escalation date", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("accepts today and a past day", () => {
    expect(raisedOnErrors("2026-03-10")).toEqual([]);
    expect(raisedOnErrors("2024-02-29")).toEqual([]);
  });

  it("refuses a day the calendar does not have instead of moving it to the next month", () => {
    expect(raisedOnErrors("2026-02-30")).toEqual(["Datumet finns inte."]);
    expect(raisedOnErrors("2026-02-29")).toEqual(["Datumet finns inte."]);
    expect(raisedOnErrors("2025-13-01")).toEqual(["Datumet finns inte."]);
    expect(raisedOnErrors("2025-04-31")).toEqual(["Datumet finns inte."]);
  });

  it("refuses a day in the future", () => {
    expect(raisedOnErrors("2026-03-11")).toEqual(["Datumet kan inte ligga i framtiden."]);
  });

  it("counts today in Swedish time, where the next day starts before UTC's", () => {
    vi.setSystemTime(new Date("2026-03-10T23:30:00Z"));
    expect(raisedOnErrors("2026-03-11")).toEqual([]);
    expect(raisedOnErrors("2026-03-12")).toEqual(["Datumet kan inte ligga i framtiden."]);
  });

  it("asks for the format when the text is not a date at all, with one message", () => {
    expect(raisedOnErrors("10/3 2026")).toEqual(["Ange datum som ÅÅÅÅ-MM-DD."]);
    expect(raisedOnErrors("")).toEqual(["Ange datum som ÅÅÅÅ-MM-DD."]);
  });
});

describe("status change", () => {
  it("requires the status the coordinator saw and accepts a message to the reporter", () => {
    const fields = { reportId: "r1", to: "AVVISAD", reason: "Dubblett", message: " Tack, men … " };
    expect(ZChangeStatus.safeParse(fields).success).toBe(false);
    expect(ZChangeStatus.parse({ ...fields, from: "INKOMMEN" })).toMatchObject({
      from: "INKOMMEN",
      message: "Tack, men …",
    });
  });
});
