import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/audit/audit-diff";

describe("auditDiff", () => {
  it("records old and new values of changed fields only", () => {
    expect(auditDiff({ name: "A", sortOrder: 10 }, { name: "B", sortOrder: 10 })).toEqual({
      nameFrom: "A",
      nameTo: "B",
    });
  });

  it("records a created value as changed from null", () => {
    expect(auditDiff({}, { huvudman: "KOMMUN" })).toEqual({ huvudmanFrom: null, huvudmanTo: "KOMMUN" });
  });

  it("joins lists and records long texts only as changed", () => {
    expect(
      auditDiff(
        { mailboxes: ["a@x.se"], steps: [{ title: "x" }] },
        { mailboxes: ["a@x.se", "b@x.se"], steps: [{ title: "y" }] },
        { summaryOnly: ["steps"] },
      ),
    ).toEqual({ mailboxesFrom: "a@x.se", mailboxesTo: "a@x.se, b@x.se", stepsChanged: true });
  });

  it("returns nothing when nothing changed", () => {
    expect(auditDiff({ a: [1, 2] }, { a: [1, 2] })).toEqual({});
  });
});
