import { describe, expect, it } from "vitest";
import { formDataValues } from "@/lib/forms/form-data-values";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("a posted form read as the values react-hook-form holds", () => {
  it("keeps plain fields as typed, empty ones as empty strings", () => {
    expect(
      formDataValues(
        form([
          ["reporterName", " Lina Ek "],
          ["reporterPhone", ""],
        ]),
      ),
    ).toEqual({
      reporterName: " Lina Ek ",
      reporterPhone: "",
    });
  });

  it("nests dotted names, with numbered rows as arrays in order", () => {
    expect(
      formDataValues(
        form([
          ["measures.1.description", "Andra"],
          ["measures.0.description", "Första"],
          ["measures.0.responsibleParty", "BUP"],
          ["identifierConfirmations.description", "ja"],
        ]),
      ),
    ).toEqual({
      measures: [{ description: "Första", responsibleParty: "BUP" }, { description: "Andra" }],
      identifierConfirmations: { description: "ja" },
    });
  });

  it("closes the gap a removed row leaves", () => {
    expect(
      formDataValues(
        form([
          ["participants.0.role", "Chef"],
          ["participants.2.role", "Kurator"],
        ]),
      ),
    ).toEqual({ participants: [{ role: "Chef" }, { role: "Kurator" }] });
  });

  it("joins dag, månad and år into the one date string the schemas read", () => {
    expect(
      formDataValues(
        form([
          ["eventDate:dag", "7"],
          ["eventDate:manad", "3"],
          ["eventDate:ar", "2026"],
          ["measures.0.targetDate:dag", ""],
          ["measures.0.targetDate:manad", ""],
          ["measures.0.targetDate:ar", ""],
        ]),
      ),
    ).toEqual({ eventDate: "2026-3-7", measures: [{ targetDate: "" }] });
  });

  it("reads a month without a day, and keeps a date with a missing part as typed", () => {
    expect(
      formDataValues(
        form([
          ["eventMonth:manad", "11"],
          ["eventMonth:ar", "2025"],
          ["dialogueDate:dag", "4"],
          ["dialogueDate:manad", ""],
          ["dialogueDate:ar", "2026"],
        ]),
      ),
    ).toEqual({ eventMonth: "2025-11", dialogueDate: "2026--4" });
  });

  it("makes a checkbox group a list: every ticked value, or none", () => {
    expect(
      formDataValues(
        form([
          ["areaIds", "a"],
          ["areaIds", "b"],
        ]),
        { lists: ["areaIds"] },
      ),
    ).toEqual({
      areaIds: ["a", "b"],
    });
    expect(formDataValues(form([["areaIds", "a"]]), { lists: ["areaIds"] })).toEqual({ areaIds: ["a"] });
    expect(formDataValues(form([]), { lists: ["areaIds"] })).toEqual({ areaIds: [] });
  });

  it("leaves out Next.js's fields, the form's control fields and files", () => {
    const data = form([
      ["$ACTION_REF_1", ""],
      ["$ACTION_KEY", "k"],
      ["_steg", "event"],
      ["_knapp", "lagg-till-atgard"],
      ["unit", "Socialpsykiatri"],
    ]);
    data.append("bilaga", new Blob(["x"]), "x.txt");
    expect(formDataValues(data)).toEqual({ unit: "Socialpsykiatri" });
  });

  it("never writes to an object's prototype", () => {
    const values = formDataValues(
      form([
        ["__proto__.polluted", "ja"],
        ["a.constructor.x", "ja"],
      ]),
    );
    expect(values).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
