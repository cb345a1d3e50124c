import { describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "@/lib/anonymise/mask-identifiers";
import { ownPlaceholder, REDACTION_PLACEHOLDERS } from "@/lib/anonymised-cases/placeholders";
import {
  dismissedIn,
  editSection,
  relocateFindings,
  type SectionState,
  type WorkbenchFinding,
} from "@/lib/anonymised-cases/redaction-edits";
import { suggestedRedaction } from "@/lib/anonymised-cases/suggested-redaction";

function finding(text: string, match: string, kind: WorkbenchFinding["kind"], id = match): WorkbenchFinding {
  const start = text.indexOf(match);
  return { id, kind, match, start, end: start + match.length, confidence: "certain", isDismissed: false };
}

const text = "Kalle ringde 070-174 06 50 den 3 mars 2025. Kalle var orolig.";
const state: SectionState = {
  text,
  findings: [
    finding(text, "Kalle", "namn", "n1"),
    finding(text, "070-174 06 50", "telefon"),
    finding(text, "3 mars 2025", "datum"),
    {
      ...finding(text, "Kalle", "namn", "n2"),
      start: text.lastIndexOf("Kalle"),
      end: text.lastIndexOf("Kalle") + 5,
    },
  ],
};

describe("placeholder application", () => {
  it("uses the detector's placeholders", () => {
    expect(REDACTION_PLACEHOLDERS).toEqual(PLACEHOLDERS);
  });

  it("replaces an accepted finding by its placeholder and moves the findings after it", () => {
    const next = editSection(state, { type: "accept", id: "070-174 06 50" });
    expect(next.text).toBe("Kalle ringde [telefon] den 3 mars 2025. Kalle var orolig.");
    expect(next.findings.map((f) => next.text.slice(f.start, f.end))).toEqual([
      "Kalle",
      "3 mars 2025",
      "Kalle",
    ]);
  });

  it("replaces only the occurrence accepted, not the same text elsewhere", () => {
    const next = editSection(state, { type: "accept", id: "n2" });
    expect(next.text).toBe("Kalle ringde 070-174 06 50 den 3 mars 2025. [namn] var orolig.");
  });

  it("coarsens an exact date to its month, turning 'den' into 'i'", () => {
    const next = editSection(state, { type: "accept", id: "3 mars 2025", asMonth: true });
    expect(next.text).toBe("Kalle ringde 070-174 06 50 i mars 2025. Kalle var orolig.");
  });

  it("replaces a marked span and drops the findings inside it", () => {
    const next = editSection(state, { type: "mark", start: 0, end: 26, placeholder: "[uppgift]" });
    expect(next.text).toBe("[uppgift] den 3 mars 2025. Kalle var orolig.");
    expect(next.findings.map((f) => f.match)).toEqual(["3 mars 2025", "Kalle"]);
    expect(editSection(state, { type: "mark", start: 4, end: 4, placeholder: "[x]" })).toBe(state);
  });

  it("keeps a dismissed finding in the text and saves it as dismissed", () => {
    const next = editSection(state, { type: "dismiss", id: "n1" });
    expect(next.text).toBe(text);
    expect(dismissedIn("description", next)).toEqual([
      { section: "description", kind: "namn", text: "Kalle" },
    ]);
    expect(dismissedIn("description", editSection(next, { type: "reopen", id: "n1" }))).toEqual([]);
  });

  it("finds the findings again after a free rewrite, and drops those rewritten away", () => {
    const rewritten = "En vuxen ringde 070-174 06 50. Kalle var orolig.";
    const next = editSection(state, { type: "rewrite", text: rewritten });
    expect(next.findings.map((f) => [f.match, rewritten.slice(f.start, f.end)])).toEqual([
      ["070-174 06 50", "070-174 06 50"],
      ["Kalle", "Kalle"],
    ]);
    expect(relocateFindings(state.findings, "")).toEqual([]);
  });

  it("accepts every suggestion at once, as the seed and the leak tests do", () => {
    expect(suggestedRedaction([{ key: "a", text }], { allow: [] })).toEqual([
      { key: "a", text: "[namn] ringde [telefon] den [datum]. [namn] var orolig." },
    ]);
  });

  it("takes a label of the coordinator's own as a placeholder", () => {
    expect(ownPlaceholder(" boende ")).toBe("[boende]");
    expect(ownPlaceholder("[liten ort]")).toBe("[liten ort]");
    expect(ownPlaceholder("")).toBeNull();
    expect(ownPlaceholder("<script>")).toBeNull();
  });
});
