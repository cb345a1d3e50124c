import { describe, expect, it } from "vitest";
import { buildCaseTimeline, describeAuditEntry, type AuditTimelineEntry } from "@/lib/cases/case-timeline";

const names = {
  users: { u2: "Olle" },
  categories: { c1: "kommunikation", c2: "SIP" },
  areas: { a1: "SIP", a2: "Vuxna" },
};
const at = (second: number) => new Date(Date.UTC(2026, 2, 4, 9, 0, second));
const audit = (
  id: string,
  second: number,
  action: string,
  actor = "Sara",
  data: Record<string, unknown> | null = null,
): AuditTimelineEntry => ({
  id,
  at: at(second),
  action,
  actor,
  data,
});

describe("describeAuditEntry", () => {
  it("says which status a case went from and to", () => {
    expect(
      describeAuditEntry(
        { action: "CASE_STATUS_CHANGED", data: { from: "REGISTRERAD", to: "AVVISAD" } },
        names,
      ).text,
    ).toBe("Ändrade status från Registrerad till Avvisad");
  });

  it("names the new assignee, or says the assignment was removed", () => {
    expect(describeAuditEntry({ action: "CASE_ASSIGNED", data: { from: null, to: "u2" } }, names).text).toBe(
      "Tilldelade ärendet till Olle",
    );
    expect(describeAuditEntry({ action: "CASE_ASSIGNED", data: { from: "u2", to: null } }, names).text).toBe(
      "Tog bort handläggaren",
    );
  });

  it("lists the categories and areas a classification added and removed", () => {
    const entry = {
      action: "CASE_CLASSIFIED",
      data: { categoriesFrom: "c1", categoriesTo: "c2", areasFrom: "a1", areasTo: "a1,a2" },
    };
    expect(describeAuditEntry(entry, names).detail).toBe(
      "Kategorier: lade till SIP; tog bort kommunikation. Områden: lade till Vuxna",
    );
  });

  it("says whether a diarienummer was registered or changed, and whether the case became registered", () => {
    const registered = (data: Record<string, unknown>) =>
      describeAuditEntry({ action: "CASE_REGISTERED", data }, names).text;
    expect(
      registered({
        diarienummerFrom: null,
        diarienummerTo: "KS 2026/12",
        statusFrom: "INKOMMEN",
        statusTo: "REGISTRERAD",
      }),
    ).toBe("Registrerade diarienummer KS 2026/12 och ärendet blev registrerat");
    expect(
      registered({
        diarienummerFrom: "KS 2026/12",
        diarienummerTo: "KS 2026/13",
        statusFrom: "UNDER_HANDLAGGNING",
        statusTo: "UNDER_HANDLAGGNING",
      }),
    ).toBe("Ändrade diarienummer från KS 2026/12 till KS 2026/13");
  });

  it("names the escalation level and the reminder's reasons", () => {
    expect(
      describeAuditEntry(
        { action: "CASE_ESCALATED", data: { level: "DELREGIONAL", escalationId: "e1" } },
        names,
      ).text,
    ).toBe("Lyfte ärendet till delregional nivå");
    expect(
      describeAuditEntry(
        { action: "REMINDER_SENT", data: { reasons: "INGEN_ATERKOPPLING,DEL_TVA_SAKNAS" } },
        names,
      ),
    ).toEqual({ text: "Skickade påminnelse", detail: "Ingen återkoppling, Del två saknas" });
  });

  it("gives a row whose data doesn't match its event the plain phrase", () => {
    expect(describeAuditEntry({ action: "CASE_STATUS_CHANGED", data: { from: "GAMMAL" } }, names)).toEqual({
      text: "Ändrade status",
    });
    expect(describeAuditEntry({ action: "CASE_ASSIGNED", data: null }, names)).toEqual({
      text: "Ändrade handläggare",
    });
    expect(describeAuditEntry({ action: "REMOVED_EVENT", data: null }, names)).toEqual({
      text: "REMOVED_EVENT",
    });
  });
});

describe("buildCaseTimeline", () => {
  it("shows a message in place of the audit row that recorded it, oldest first", () => {
    const items = buildCaseTimeline(
      [
        audit("a1", 0, "REPORT_SUBMITTED", "Rapportör"),
        audit("a2", 30, "CASE_MESSAGE_SENT", "Sara", { messageId: "m1" }),
      ],
      [{ id: "m1", createdAt: at(30), fromReporter: false, body: "Hej", author: { name: "Sara" } }],
      [],
      names,
    );
    expect(items.map((i) => i.kind)).toEqual(["event", "message"]);
  });

  it("folds repeated reads into one entry and leaves out the reload after one's own change", () => {
    const items = buildCaseTimeline(
      [
        audit("a1", 0, "CASE_VIEWED"),
        audit("a2", 5, "CASE_VIEWED"),
        audit("a3", 10, "CASE_STATUS_CHANGED", "Sara", { from: "INKOMMEN", to: "AVVISAD" }),
        audit("a4", 11, "CASE_VIEWED"),
        audit("a5", 20, "CASE_VIEWED", "Olle"),
      ],
      [],
      [],
      names,
    );
    expect(items.map((i) => (i.kind === "event" ? `${i.actor}: ${i.text} ×${i.count}` : i.kind))).toEqual([
      "Sara: Öppnade ärendet ×2",
      "Sara: Ändrade status från Inkommen till Avvisad ×1",
      "Olle: Öppnade ärendet ×1",
    ]);
  });
});
