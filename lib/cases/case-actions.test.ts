import { describe, expect, it } from "vitest";
import { caseActionsFor, caseAgeDays } from "./case-actions";

describe("caseActionsFor", () => {
  it("offers every form while a case is open", () => {
    expect([...caseActionsFor("UNDER_HANDLAGGNING", false)]).toContain("escalate");
    expect(caseActionsFor("INKOMMEN", false).has("register")).toBe(true);
  });

  it("offers a closed case only reopening and notes, and an erased case nothing", () => {
    expect([...caseActionsFor("AVSLUTAD", false)].sort()).toEqual(["addNote", "changeStatus"]);
    expect(caseActionsFor("AVVISAD", false).has("sendMessage")).toBe(true);
    expect(caseActionsFor("ATERKOPPLAD", true).size).toBe(0);
  });
});

describe("caseAgeDays", () => {
  it("counts whole days since submission", () => {
    const at = new Date("2026-03-01T10:00:00Z");
    expect(caseAgeDays(at, new Date("2026-03-01T23:00:00Z"))).toBe(0);
    expect(caseAgeDays(at, new Date("2026-03-13T10:00:00Z"))).toBe(12);
  });
});
