import { describe, expect, it } from "vitest";
import { isWellFormedActionBody } from "@/lib/security/request-limits";

const JSON_BODY = "text/plain;charset=UTF-8";

describe("server action bodies", () => {
  it("takes what our forms send: a JSON array of plain values, escaped dollars and undefined", () => {
    const body = JSON.stringify([
      { step: "delEtt", complete: false, values: { text: "$$100 kr", x: "$undefined" } },
    ]);
    expect(isWellFormedActionBody(JSON_BODY, body)).toBe(true);
    expect(isWellFormedActionBody("multipart/form-data; boundary=x", "anything")).toBe(true);
  });

  it("refuses bodies that are not JSON, not an array, or hold references React would resolve", () => {
    expect(isWellFormedActionBody(JSON_BODY, "{not json")).toBe(false);
    expect(isWellFormedActionBody(JSON_BODY, '{"a":1}')).toBe(false);
    expect(isWellFormedActionBody(JSON_BODY, '["$K1"]')).toBe(false);
    expect(isWellFormedActionBody(JSON_BODY, '[{"a":["$@0"]}]')).toBe(false);
    expect(isWellFormedActionBody("application/json", "[]")).toBe(false);
    let deep: unknown = "x";
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(isWellFormedActionBody(JSON_BODY, JSON.stringify([deep]))).toBe(false);
  });
});
