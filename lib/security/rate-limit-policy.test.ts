import { describe, expect, it } from "vitest";
import {
  backoffMs,
  isCapReached,
  remainingWaitMs,
  waitText,
  type BackoffPolicy,
} from "@/lib/security/rate-limit-policy";

const policy: BackoffPolicy = { windowMinutes: 15, free: 3, baseMs: 30_000, maxMs: 15 * 60_000 };
const now = new Date("2026-03-02T09:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("the back-off on failures", () => {
  it("lets the first free failures pass without waiting", () => {
    for (let failures = 0; failures < policy.free; failures++) expect(backoffMs(policy, failures)).toBe(0);
  });

  it("doubles the wait with each failure past the free ones, up to the maximum", () => {
    expect(backoffMs(policy, 3)).toBe(30_000);
    expect(backoffMs(policy, 4)).toBe(60_000);
    expect(backoffMs(policy, 5)).toBe(120_000);
    expect(backoffMs(policy, 8)).toBe(15 * 60_000);
    expect(backoffMs(policy, 10_000)).toBe(15 * 60_000);
  });

  it("counts the wait from the latest failure", () => {
    expect(remainingWaitMs(policy, { failures: 3, lastFailureAt: ago(10_000) }, now)).toBe(20_000);
    expect(remainingWaitMs(policy, { failures: 3, lastFailureAt: ago(31_000) }, now)).toBe(0);
    expect(remainingWaitMs(policy, { failures: 0, lastFailureAt: null }, now)).toBe(0);
  });
});

describe("caps on actions", () => {
  it("refuses once the window holds the maximum", () => {
    expect(isCapReached({ windowMinutes: 60, max: 5 }, 4)).toBe(false);
    expect(isCapReached({ windowMinutes: 60, max: 5 }, 5)).toBe(true);
  });
});

describe("the wait as the refusal says it", () => {
  it("rounds up to whole minutes", () => {
    expect(waitText(1)).toBe("1 minut");
    expect(waitText(60_000)).toBe("1 minut");
    expect(waitText(60_001)).toBe("2 minuter");
    expect(waitText(15 * 60_000)).toBe("15 minuter");
  });
});
