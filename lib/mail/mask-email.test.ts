import { describe, expect, it } from "vitest";
import { maskEmail } from "./mask-email";

describe("maskEmail", () => {
  it("keeps the first letters and the top-level domain only", () => {
    expect(maskEmail("anna.berg@halsa.se")).toBe("a…@h…a.se");
    expect(maskEmail("lina.ek@socialtjansten.kommun.example.se")).toBe("l…@s…e.se");
  });

  it("never returns the address itself, however short or odd", () => {
    expect(maskEmail("a@b.se")).toBe("a…@b….se");
    expect(maskEmail("ingen-snabel-a")).toBe("…");
  });
});
