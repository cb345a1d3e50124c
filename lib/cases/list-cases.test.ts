import { describe, expect, it } from "vitest";
import { referenceInSearch } from "@/lib/cases/list-cases";

describe("a reference typed in the inbox's search", () => {
  it("is recognised with its prefix, in any case and without leading zeros", () => {
    expect(referenceInSearch("BIS-2026-0042")).toBe("BIS-2026-0042");
    expect(referenceInSearch(" bis-2026-42 ")).toBe("BIS-2026-0042");
    expect(referenceInSearch("BIS-2026-12345")).toBe("BIS-2026-12345");
  });

  it("leaves other text, and numbers that may be part of a diarienummer, to the text search", () => {
    expect(referenceInSearch("2026-42")).toBeNull();
    expect(referenceInSearch("BIS-2026")).toBeNull();
    expect(referenceInSearch("BIS-2026-0042 utskrivning")).toBeNull();
  });
});
