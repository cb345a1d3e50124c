import { describe, expect, it } from "vitest";
import { currentSectionHref, staffSectionsFor } from "./staff-sections";

describe("staff sections", () => {
  it("offers each role only the sections its permissions open", () => {
    expect(staffSectionsFor("SAMORDNARE").map((s) => s.label)).toEqual(["Inkorg", "Arbetsgruppen"]);
    expect(staffSectionsFor("ARBETSGRUPP").map((s) => s.label)).toEqual(["Arbetsgruppen"]);
    expect(staffSectionsFor("ADMIN").map((s) => s.label)).toEqual(["Administration"]);
  });

  it("marks the section a nested page belongs to, and none for an unrelated path", () => {
    const sections = staffSectionsFor("SAMORDNARE");
    expect(currentSectionHref(sections, "/inkorg/abc")).toBe("/inkorg");
    expect(currentSectionHref(sections, "/arbetsgrupp")).toBe("/arbetsgrupp");
    expect(currentSectionHref(sections, "/inkorgen")).toBeNull();
  });
});
