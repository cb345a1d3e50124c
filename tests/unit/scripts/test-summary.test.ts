import { describe, expect, it } from "vitest";
import { summarizeOutput } from "../../../scripts/lib/test-summary";

describe("the test summary", () => {
  it("adds up Vitest and Playwright runs, also when each line carries its database's label", () => {
    const output = [
      " Test Files  40 passed | 1 skipped (41)",
      "      Tests  410 passed | 3 skipped (413)",
      "[embedded]   3 skipped",
      "[embedded]   67 passed (6.1m)",
      "[postgresql]   1 failed",
      "[postgresql]   69 passed (6.4m)",
      // The closing summary's copies are not counted again.
      "                         |   69 passed (6.4m)",
    ].join("\n");
    expect(summarizeOutput(output).counts).toEqual({ passed: 546, failed: 1, skipped: 6, flaky: 0 });
  });
});
