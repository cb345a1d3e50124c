import { describe, expect, it } from "vitest";
import { ACCESS_EVENT_ACTIONS, SECURITY_EVENT_ACTIONS } from "@/lib/audit/access-events";
import {
  AUDIT_ACTIONS,
  AUDIT_EVENT_GROUPS,
  AUDIT_EVENTS,
  AUDIT_EVENTS_BY_GROUP,
  auditEventLabel,
  parseAuditRow,
  ZAuditAction,
} from "@/lib/audit/events";

describe("audit event registry", () => {
  it("gives every event a Swedish label and phrase and a group that exists", () => {
    for (const action of AUDIT_ACTIONS) {
      const event = AUDIT_EVENTS[action];
      expect(event.label.trim(), action).not.toBe("");
      expect(event.label, action).not.toBe(action);
      expect(event.phrase.trim(), action).not.toBe("");
      expect(AUDIT_EVENT_GROUPS, action).toContain(event.group);
    }
  });

  it("puts every event in exactly one group and leaves no group empty", () => {
    for (const { group, actions } of AUDIT_EVENTS_BY_GROUP) expect(actions.length, group).toBeGreaterThan(0);
    expect(AUDIT_EVENTS_BY_GROUP.map(({ group }) => group)).toEqual([...AUDIT_EVENT_GROUPS]);
    expect(AUDIT_EVENTS_BY_GROUP.flatMap(({ actions }) => actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("has unique labels", () => {
    const labels = AUDIT_ACTIONS.map(auditEventLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("samples staff access by default and security events as their own choice, each once", () => {
    expect(ACCESS_EVENT_ACTIONS.length).toBeGreaterThan(0);
    expect(new Set(ACCESS_EVENT_ACTIONS).size).toBe(ACCESS_EVENT_ACTIONS.length);
    for (const action of ACCESS_EVENT_ACTIONS) expect(AUDIT_ACTIONS).toContain(action);
    expect([...ACCESS_EVENT_ACTIONS].sort()).toEqual(
      [
        "ACCESS_REFUSED",
        "ANONYMISED_CASE_VIEWED",
        "ANONYMISED_EXPORTED",
        "AUDIT_EXPORTED",
        "CASE_PRINTED",
        "CASE_VIEWED",
        "OUTBOX_VIEWED",
      ].sort(),
    );
    expect([...SECURITY_EVENT_ACTIONS].sort()).toEqual(
      [
        "ANONYMOUS_REFUSALS",
        "FOLLOW_UP_REFUSED",
        "PARTNER_LINK_REFUSED",
        "PRIVILEGED_CHANGE_UNAPPROVED",
        "RECOVERY_CODE_USED",
        "SIGN_IN_FAILED",
      ].sort(),
    );
  });

  it("keeps the action codes the audit log search accepts", () => {
    expect(ZAuditAction.options).toEqual(AUDIT_ACTIONS);
    expect(auditEventLabel("CASE_VIEWED")).toBe("Ärende läst");
    expect(auditEventLabel("NOT_AN_ACTION")).toBe("NOT_AN_ACTION");
    expect(auditEventLabel("constructor")).toBe("constructor");
  });
});

describe("parseAuditRow", () => {
  it("reads a row whose data matches its event", () => {
    expect(
      parseAuditRow({ action: "CASE_STATUS_CHANGED", data: { from: "INKOMMEN", to: "AVVISAD" } }),
    ).toEqual({ known: true, action: "CASE_STATUS_CHANGED", data: { from: "INKOMMEN", to: "AVVISAD" } });
    expect(parseAuditRow({ action: "CASE_VIEWED", data: null })).toEqual({
      known: true,
      action: "CASE_VIEWED",
      data: {},
    });
  });

  it("falls back to the data as stored when it doesn't match, without throwing", () => {
    expect(parseAuditRow({ action: "CASE_STATUS_CHANGED", data: { from: "GAMMAL", to: "AVVISAD" } })).toEqual(
      {
        known: false,
        action: "CASE_STATUS_CHANGED",
        data: { from: "GAMMAL", to: "AVVISAD" },
      },
    );
    expect(parseAuditRow({ action: "CASE_NOTE_ADDED", data: { noteId: "n1", body: "text" } })).toMatchObject({
      known: false,
    });
    expect(parseAuditRow({ action: "CASE_REGISTERED", data: null })).toEqual({
      known: false,
      action: "CASE_REGISTERED",
      data: null,
    });
    expect(parseAuditRow({ action: "CASE_ASSIGNED", data: ["u1"] })).toEqual({
      known: false,
      action: "CASE_ASSIGNED",
      data: { value: ["u1"] },
    });
    expect(parseAuditRow({ action: "REMOVED_EVENT", data: { id: "x" } })).toEqual({
      known: false,
      action: "REMOVED_EVENT",
      data: { id: "x" },
    });
  });

  it("reads the changes auditDiff records for reference data and settings", () => {
    expect(
      parseAuditRow({
        action: "AREA_CHANGED",
        data: { areaId: "a1", change: "updated", nameFrom: "SIP", nameTo: "Samordnad plan" },
      }),
    ).toMatchObject({ known: true });
    expect(
      parseAuditRow({
        action: "CATEGORY_CHANGED",
        data: { change: "copied", fromYear: 2025, toYear: 2026, created: 12 },
      }),
    ).toMatchObject({ known: true });
    expect(
      parseAuditRow({
        action: "SETTINGS_CHANGED",
        data: { key: "instance", serviceNameFrom: "A", serviceNameTo: "B", routineStepsChanged: true },
      }),
    ).toMatchObject({ known: true });
    expect(
      parseAuditRow({ action: "SETTINGS_CHANGED", data: { key: "instance", routineSteps: [{ text: "x" }] } }),
    ).toMatchObject({ known: false });
  });
});
