import { describe, expect, it } from "vitest";
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  normaliseRecoveryCode,
} from "@/lib/two-factor/recovery-codes";

describe("recovery codes", () => {
  it("makes ten different codes of four groups of four, without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it("hashes a code the same however it is typed, and tells it from an app code", () => {
    const code = newRecoveryCodes(1)[0]!;
    const typed = ` ${code.replace(/-/g, " ").toLowerCase()} `;
    expect(normaliseRecoveryCode(typed)).toBe(code);
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toContain(code);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
