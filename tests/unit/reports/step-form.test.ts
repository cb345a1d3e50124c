import { describe, expect, it } from "vitest";
import { buttonOfForm, stepFormValues, stepOfForm, withRowChange } from "@/lib/reports/step-form";
import { MAX_MEASURES } from "@/lib/reports/schemas";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("a wizard step posted without JavaScript", () => {
  it("names its step and the button pressed", () => {
    expect(stepOfForm(form([["_steg", "delTva"]]))).toBe("delTva");
    expect(stepOfForm(form([["_steg", "okänt"]]))).toBeNull();
    expect(buttonOfForm(form([]))).toEqual({ kind: "save" });
    expect(buttonOfForm(form([["_knapp", "lagg-till-atgard"]]))).toEqual({ kind: "add", row: "atgard" });
    expect(buttonOfForm(form([["_knapp", "ta-bort-part-2"]]))).toEqual({
      kind: "remove",
      row: "part",
      index: 2,
    });
    expect(buttonOfForm(form([["_knapp", "ta-bort-allt"]]))).toEqual({ kind: "save" });
  });

  it("reads an empty checkbox group as no areas, not as the areas stored before", () => {
    expect(
      stepFormValues(
        "event",
        form([
          ["eventTiming", "datum"],
          ["ageGroup", ""],
        ]),
        {
          areaIds: ["sip"],
          eventMonth: "2026-01",
        },
      ),
    ).toEqual({ areaIds: [], eventTiming: "datum", ageGroup: "", eventDate: "", eventMonth: "2026-01" });
  });

  it("keeps the stored answers of a section the page did not show", () => {
    const stored = {
      dialogueHeld: "ja",
      measures: [{ description: "Ny SIP inom en vecka.", responsibleParty: "BUP", targetDate: "" }],
    };
    expect(stepFormValues("delTva", form([["dialogueHeld", "nej"]]), stored)).toMatchObject({
      dialogueHeld: "nej",
      measures: stored.measures,
    });
  });

  it("starts a field no one posted from the step's blank form", () => {
    expect(stepFormValues("delTva", form([["dialogueHeld", "ja"]]))).toEqual({
      dialogueHeld: "ja",
      dialogueDate: "",
      participants: [{ organisation: "", role: "" }],
      measures: [{ description: "", responsibleParty: "", targetDate: "" }],
      isSolved: "",
      escalationComment: "",
      noDialogueReason: "",
      identifierConfirmations: {},
    });
  });

  it("confirms what a ticked box's text holds, and drops a confirmation whose box is not ticked", () => {
    const text = "Karl ringde den 12 mars.";
    const values = stepFormValues(
      "description",
      form([
        ["description", text],
        ["identifierConfirmations.description", "ja"],
        ["actionsTaken", text],
      ]),
      { identifierConfirmations: { actionsTaken: ["namn", "datum"] } },
    );
    expect(values.identifierConfirmations).toEqual({ description: ["namn", "datum"] });
  });

  it("confirms a measure's text within its own row", () => {
    const values = stepFormValues(
      "delTva",
      form([
        ["measures.0.description", "Ring Karl."],
        ["measures.0.identifierConfirmations.description", "ja"],
        ["measures.1.description", "Ny SIP."],
      ]),
    );
    expect(values.measures).toEqual([
      { description: "Ring Karl.", identifierConfirmations: { description: ["namn"] } },
      { description: "Ny SIP." },
    ]);
  });

  it("adds an empty measure, up to the most, and removes one but never the last", () => {
    const one = { measures: [{ description: "Första", responsibleParty: "BUP", targetDate: "" }] };
    const two = withRowChange(one, { kind: "add", row: "atgard" });
    expect(two.measures).toEqual([
      one.measures[0],
      { description: "", responsibleParty: "", targetDate: "" },
    ]);
    expect(withRowChange(two, { kind: "remove", row: "atgard", index: 0 }).measures).toEqual([
      { description: "", responsibleParty: "", targetDate: "" },
    ]);
    expect(withRowChange(one, { kind: "remove", row: "atgard", index: 0 }).measures).toEqual(one.measures);
    const full = { measures: Array.from({ length: MAX_MEASURES }, () => ({ description: "x" })) };
    expect((withRowChange(full, { kind: "add", row: "atgard" }).measures as unknown[]).length).toBe(
      MAX_MEASURES,
    );
    expect(withRowChange({}, { kind: "add", row: "part" }).participants).toEqual([
      { organisation: "", role: "" },
    ]);
  });
});
