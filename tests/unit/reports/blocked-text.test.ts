import { describe, expect, it } from "vitest";
import { blockedTextIssues, keepStoredWhereBlocked } from "@/lib/reports/blocked-text";

const BLOCKED = "Ta bort personnumret. Rapporten får inte innehålla personnummer eller samordningsnummer.";

describe("the server's check for personnummer (full detector)", () => {
  it("gives one field error per text, at the form's field name", () => {
    expect(
      blockedTextIssues({
        description: "Gäller 19850312-1234.",
        measures: [{ description: "Ny SIP." }, { description: "Följ upp 850312-1234." }],
        reporterPhone: "070-174 06 50",
      }),
    ).toEqual([
      { path: ["description"], message: BLOCKED },
      { path: ["measures", 1, "description"], message: BLOCKED },
    ]);
  });

  it("finds nothing in clean answers, phone numbers included", () => {
    expect(
      blockedTextIssues({ reporterPhone: "0701740650", description: "Karl kom inte till mötet." }),
    ).toEqual([]);
  });
});

describe("what an autosave stores", () => {
  it("keeps the stored text in place of one with a personnummer", () => {
    expect(
      keepStoredWhereBlocked(
        { description: "Ny text med 19850312-1234.", actionsTaken: "Nytt." },
        { description: "Gammal text.", actionsTaken: "Gammalt." },
      ),
    ).toEqual({ description: "Gammal text.", actionsTaken: "Nytt." });
  });

  it("keeps the stored text where the browser left the field out", () => {
    expect(
      keepStoredWhereBlocked(
        { actionsTaken: "Nytt.", measures: [{ responsibleParty: "BUP" }] },
        { description: "Gammal text.", measures: [{ description: "Gammal åtgärd.", responsibleParty: "X" }] },
      ),
    ).toEqual({
      description: "Gammal text.",
      actionsTaken: "Nytt.",
      measures: [{ description: "Gammal åtgärd.", responsibleParty: "BUP" }],
    });
  });

  it("stores nothing in its place when nothing was stored before, or only a text with a personnummer", () => {
    expect(
      keepStoredWhereBlocked({ description: "Gäller 19850312-1234.", actionsTaken: "Ok." }, undefined),
    ).toEqual({ actionsTaken: "Ok." });
    expect(
      keepStoredWhereBlocked(
        { actionsTaken: "Ok." },
        { description: "Sparad före kontrollen: 19850312-1234." },
      ),
    ).toEqual({ actionsTaken: "Ok." });
  });
});
