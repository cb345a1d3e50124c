import { describe, expect, it } from "vitest";
import type { CaseStatus } from "@/generated/prisma/enums";
import {
  allowedTransitions,
  NEEDS_APPROVED_REDACTION,
  requiresReason,
  transition,
} from "@/lib/cases/status-transitions";

const ALL: CaseStatus[] = [
  "INKOMMEN",
  "REGISTRERAD",
  "UNDER_HANDLAGGNING",
  "ATERKOPPLAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVVISAD",
];

// The complete table: every pair is either legal or refused.
const LEGAL: Record<CaseStatus, CaseStatus[]> = {
  INKOMMEN: ["REGISTRERAD", "AVVISAD"],
  REGISTRERAD: ["UNDER_HANDLAGGNING", "AVVISAD"],
  UNDER_HANDLAGGNING: ["ATERKOPPLAD", "AVVISAD"],
  ATERKOPPLAD: ["AVIDENTIFIERAD", "UNDER_HANDLAGGNING", "AVVISAD"],
  AVIDENTIFIERAD: ["AVSLUTAD"],
  AVSLUTAD: ["AVIDENTIFIERAD"],
  AVVISAD: ["REGISTRERAD"],
};

const context = { reason: "Dubblett av BIS-2026-0003", hasDiarienummer: true, hasApprovedRedaction: true };

describe("case status transitions", () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const isLegal = LEGAL[from].includes(to);
      it(`${isLegal ? "allows" : "refuses"} ${from} → ${to}`, () => {
        const result = transition(from, to, context);
        expect(result.ok).toBe(isLegal);
        if (!result.ok) expect(result.message).toMatch(/kan inte bli/);
      });
    }
  }

  it("lists exactly the legal next states", () => {
    for (const from of ALL) expect([...allowedTransitions(from)].sort()).toEqual([...LEGAL[from]].sort());
  });

  it("refuses to reject a case without a reason", () => {
    const result = transition("INKOMMEN", "AVVISAD", { reason: "  ", hasDiarienummer: false });
    expect(result).toEqual({ ok: false, message: "Ange ett skäl för ändringen." });
  });

  it("refuses to reopen a closed case without a reason, and allows it with one", () => {
    expect(
      transition("AVSLUTAD", "AVIDENTIFIERAD", { hasDiarienummer: true, hasApprovedRedaction: true }).ok,
    ).toBe(false);
    expect(
      transition("AVSLUTAD", "AVIDENTIFIERAD", {
        reason: "Ny information",
        hasDiarienummer: true,
        hasApprovedRedaction: true,
      }).ok,
    ).toBe(true);
  });

  it("refuses to mark a case anonymised before its redaction is approved, also when reopening", () => {
    const result = transition("ATERKOPPLAD", "AVIDENTIFIERAD", {
      hasDiarienummer: true,
      hasApprovedRedaction: false,
    });
    expect(result).toEqual({ ok: false, message: NEEDS_APPROVED_REDACTION });
    expect(
      transition("AVSLUTAD", "AVIDENTIFIERAD", { reason: "Ny information", hasDiarienummer: true }),
    ).toEqual({ ok: false, message: NEEDS_APPROVED_REDACTION });
  });

  it("refuses registration without a diarienummer", () => {
    const result = transition("INKOMMEN", "REGISTRERAD", { hasDiarienummer: false });
    expect(result).toEqual({ ok: false, message: "Ange diarienummer innan ärendet registreras." });
  });

  it("asks for a reason only when rejecting or reopening", () => {
    expect(requiresReason("INKOMMEN", "REGISTRERAD")).toBe(false);
    expect(requiresReason("UNDER_HANDLAGGNING", "AVVISAD")).toBe(true);
    expect(requiresReason("AVVISAD", "REGISTRERAD")).toBe(true);
  });
});
