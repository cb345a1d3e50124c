import { describe, expect, it } from "vitest";
import { safeTarget } from "@/lib/auth/safe-target";

describe("the path followed after sign-in", () => {
  it("keeps same-site paths with a query", () => {
    expect(safeTarget("/inkorg")).toBe("/inkorg");
    expect(safeTarget("/inkorg?status=INKOMMEN&sida=2")).toBe("/inkorg?status=INKOMMEN&sida=2");
  });

  it("refuses anything that could leave the site", () => {
    for (const target of [
      "//example.org",
      "/\\example.org/x",
      "/\t/example.org",
      "https://example.org",
      "javascript:alert(1)",
      "inkorg",
      "/ /x",
      "",
    ]) {
      expect(safeTarget(target)).toBeNull();
    }
    expect(safeTarget(undefined)).toBeNull();
  });
});
