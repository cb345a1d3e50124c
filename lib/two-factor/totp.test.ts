import { describe, expect, it } from "vitest";
import { newTotpSecret, totpCode, totpStep, totpUri, verifyTotp } from "@/lib/two-factor/totp";

const secret = newTotpSecret();
const now = new Date("2026-12-02T10:00:10Z");
const seconds = (s: number) => new Date(now.getTime() + s * 1000);

describe("verifyTotp", () => {
  it("accepts the code of the current step and returns that step", () => {
    expect(verifyTotp(secret, totpCode(secret, now), { now, lastStep: null })).toEqual({
      ok: true,
      step: totpStep(now),
    });
  });

  it("accepts a code one step early or late (clock drift), not two", () => {
    expect(verifyTotp(secret, totpCode(secret, seconds(-30)), { now, lastStep: null })).toMatchObject({
      ok: true,
      step: totpStep(now) - 1,
    });
    expect(verifyTotp(secret, totpCode(secret, seconds(30)), { now, lastStep: null })).toMatchObject({
      ok: true,
      step: totpStep(now) + 1,
    });
    expect(verifyTotp(secret, totpCode(secret, seconds(-60)), { now, lastStep: null }).ok).toBe(false);
    expect(verifyTotp(secret, totpCode(secret, seconds(60)), { now, lastStep: null }).ok).toBe(false);
  });

  it("refuses a code whose step was already used, and any older one", () => {
    const code = totpCode(secret, now);
    const first = verifyTotp(secret, code, { now, lastStep: null });
    expect(first.ok).toBe(true);
    const lastStep = first.ok ? first.step : 0;
    expect(verifyTotp(secret, code, { now, lastStep })).toEqual({ ok: false, reason: "replayed" });
    expect(verifyTotp(secret, totpCode(secret, seconds(-30)), { now, lastStep })).toEqual({
      ok: false,
      reason: "replayed",
    });
    // The next step's code still works.
    expect(verifyTotp(secret, totpCode(secret, seconds(30)), { now: seconds(30), lastStep }).ok).toBe(true);
  });

  it("refuses another secret's code and anything that isn't six digits", () => {
    const other = newTotpSecret();
    expect(verifyTotp(secret, totpCode(other, now), { now, lastStep: null }).ok).toBe(false);
    expect(verifyTotp(secret, "12345", { now, lastStep: null }).ok).toBe(false);
    expect(verifyTotp(secret, "abcdef", { now, lastStep: null }).ok).toBe(false);
  });

  it("reads a code typed with a space in the middle", () => {
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { now, lastStep: null }).ok).toBe(true);
  });
});

describe("totpUri", () => {
  it("names the service and the account for the authenticator app", () => {
    const uri = totpUri("JBSWY3DPEHPK3PXP", "sam@kommun.se");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXP");
    expect(uri).toContain("issuer=Brister%20i%20samverkan");
  });
});
