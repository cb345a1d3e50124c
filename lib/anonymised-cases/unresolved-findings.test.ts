import { describe, expect, it } from "vitest";
import {
  describeFindings,
  sectionFindings,
  unresolvedFindings,
} from "@/lib/anonymised-cases/unresolved-findings";

const allow = [
  "Region Skåne – Vuxenpsykiatri, öppenvård",
  "Helsingborgs stad",
  "SIP (samordnad individuell plan)",
];
const original = {
  key: "description",
  label: "Händelsen",
  text: "Anna Svensson ringde 070-174 06 50 den 3 mars 2025 och bad om hjälp.",
};

describe("unresolved findings", () => {
  it("finds what the detector finds in each section, with the section named", () => {
    const findings = sectionFindings([original], { allow });
    expect(findings.map((f) => [f.section, f.kind, f.match])).toEqual([
      ["description", "namn", "Anna Svensson"],
      ["description", "telefon", "070-174 06 50"],
      ["description", "datum", "3 mars 2025"],
    ]);
    expect(findings[0]?.sectionLabel).toBe("Händelsen");
  });

  it("counts a finding as resolved once it no longer appears", () => {
    const redacted = { ...original, text: "[namn] ringde [telefon] i mars 2025 och bad om hjälp." };
    expect(unresolvedFindings([redacted], [], { allow })).toEqual([]);
  });

  it("counts a dismissed finding as resolved, but only in its own section, of its kind and with its text", () => {
    const dismissed = [{ section: "description", kind: "namn" as const, text: "Anna Svensson" }];
    const left = unresolvedFindings([original], dismissed, { allow });
    expect(left.map((f) => f.kind)).toEqual(["telefon", "datum"]);

    const elsewhere = {
      key: "actionsTaken",
      label: "Vidtagna åtgärder",
      text: "Anna Svensson fick en ny tid.",
    };
    expect(unresolvedFindings([elsewhere], dismissed, { allow }).map((f) => f.match)).toEqual([
      "Anna Svensson",
    ]);
    expect(
      unresolvedFindings([original], [{ section: "description", kind: "namn", text: "Anna" }], { allow }).map(
        (f) => f.match,
      ),
    ).toContain("Anna Svensson");
  });

  it("finds identifiers written in after the suggestions, too", () => {
    const rewritten = { ...original, text: "[namn] på Storgatan 12 ringde." };
    expect(unresolvedFindings([rewritten], [], { allow }).map((f) => f.kind)).toEqual(["adress"]);
  });

  it("never takes the reference data for identifiers", () => {
    const text = {
      ...original,
      text: "Helsingborgs stad och Region Skåne – Vuxenpsykiatri, öppenvård höll SIP.",
    };
    expect(unresolvedFindings([text], [], { allow })).toEqual([]);
  });

  it("describes findings so the coordinator can act on the refusal", () => {
    const findings = sectionFindings([original], { allow });
    expect(describeFindings(findings, 2)).toBe(
      "Händelsen: ”Anna Svensson” (ett namn); Händelsen: ”070-174 06 50” (ett telefonnummer) och 1 till",
    );
  });
});
