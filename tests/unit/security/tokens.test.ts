import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCode, hashCode, normaliseCode } from "@/lib/security/tokens";

const CROCKFORD = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]+$/;

describe("generateCode", () => {
  it("carries at least 128 bits of randomness", () => {
    const code = normaliseCode(generateCode());
    expect(code).toMatch(CROCKFORD);
    // 32 symbols = 5 bits each.
    expect(code.length * 5).toBeGreaterThanOrEqual(128);
  });

  it("is written in groups of five for reading aloud", () => {
    expect(generateCode()).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
    expect(generateCode().split("-")[0]).toHaveLength(5);
  });

  it("uses no letters that are easy to confuse (I, L, O, U)", () => {
    const symbols = Array.from({ length: 200 }, () => generateCode()).join("");
    expect(symbols).not.toMatch(/[ILOU]/);
  });

  it("gives a longer code when more bits are asked for", () => {
    expect(normaliseCode(generateCode(256)).length).toBe(52);
  });

  it("never repeats itself in a thousand codes", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateCode()));
    expect(codes.size).toBe(1000);
  });
});

describe("normaliseCode", () => {
  it("ignores case, spaces and hyphens in a typed code", () => {
    expect(normaliseCode(" abcde-fghjk mnpqr ")).toBe("ABCDEFGHJKMNPQR");
  });

  it("reads O as zero and I or L as one, as Crockford base32 does", () => {
    expect(normaliseCode("o0-Il1")).toBe("00111");
  });
});

describe("hashCode", () => {
  it("is a stable SHA-256 of the normalised code", () => {
    const expected = createHash("sha256").update("ABCDE12345").digest("hex");
    expect(hashCode("ABCDE-12345")).toBe(expected);
    expect(hashCode("ABCDE-12345")).toBe(hashCode("ABCDE-12345"));
    expect(hashCode("ABCDE-12345")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("matches a code typed by hand in lower case with spaces", () => {
    const code = generateCode();
    const typed = code.toLowerCase().replace(/-/g, " ");
    expect(hashCode(typed)).toBe(hashCode(code));
  });

  it("differs for different codes", () => {
    expect(hashCode("ABCDE-12345")).not.toBe(hashCode("ABCDE-12346"));
  });
});
