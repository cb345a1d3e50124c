import { describe, expect, it } from "vitest";
import { seenState } from "./seen-state";

const changedAt = new Date("2026-04-02T09:00:00Z");

describe("seenState", () => {
  it("marks a case this user never opened as new", () => {
    expect(seenState(null, changedAt)).toBe("NY");
  });

  it("marks a case changed after this user's last visit as changed", () => {
    expect(seenState(new Date("2026-04-01T09:00:00Z"), changedAt)).toBe("ANDRAD");
  });

  it("marks nothing once the user has seen the latest change", () => {
    expect(seenState(changedAt, changedAt)).toBeNull();
    expect(seenState(new Date("2026-04-03T09:00:00Z"), changedAt)).toBeNull();
  });
});
