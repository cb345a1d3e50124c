import type { CaseStatus } from "@/generated/prisma/enums";
import type { TAuditAction } from "@/lib/audit/audit-actions";
import { OVERDUE_LABELS, type OverdueReason } from "@/lib/cases/overdue";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

/** Audit actions as phrases on a case's timeline: what happened, said from the actor's side. */
export const AUDIT_ACTION_PHRASES: Record<TAuditAction, string> = {
  DRAFT_CREATED: "Påbörjade ett utkast",
  DRAFT_RESUMED: "Fortsatte på utkastet",
  DEL_ETT_COMPLETED: "Gjorde klart del ett",
  PARTNER_LINK_CREATED: "Skickade en länk till samverkansparten",
  PARTNER_LINK_OPENED: "Öppnade länken till del ett",
  PARTNER_LINK_REFUSED: "Försökte öppna en länk som inte gäller",
  PARTNER_COMMENT_ADDED: "Lämnade en kommentar",
  REPORT_SUBMITTED: "Skickade in rapporten",
  REPORT_RESUBMIT_IGNORED: "Skickade in rapporten igen (ingen ny rapport skapades, ny uppföljningskod)",
  FOLLOW_UP_VIEWED: "Läste status och återkoppling med uppföljningskoden",
  FOLLOW_UP_REFUSED: "Angav fel uppföljningskod",
  FOLLOW_UP_REPLY: "Svarade samordnarna",
  SIGN_IN: "Loggade in",
  SIGN_IN_FAILED: "Misslyckad inloggning",
  SIGN_OUT: "Loggade ut",
  ACCESS_REFUSED: "Nekades åtkomst",
  CASE_VIEWED: "Öppnade ärendet",
  CASE_PRINTED: "Skrev ut ärendet",
  CASE_STATUS_CHANGED: "Ändrade status",
  CASE_REGISTERED: "Registrerade diarienummer",
  CASE_ASSIGNED: "Ändrade handläggare",
  CASE_CLASSIFIED: "Ändrade kategorier och områden",
  CASE_NOTE_ADDED: "Skrev en intern anteckning",
  CASE_MESSAGE_SENT: "Skickade meddelande till rapportören",
  CASE_ESCALATED: "Lyfte ärendet vidare",
  CASE_ANONYMISED: "Sparade avidentifierad text",
  REMINDER_SENT: "Skickade påminnelse",
  USER_CREATED: "Skapade en användare",
  USER_UPDATED: "Ändrade en användare",
  USER_DEACTIVATED: "Inaktiverade en användare",
  USER_PASSWORD_RESET: "Återställde ett lösenord",
  ORGANISATION_CHANGED: "Ändrade en organisation",
  AREA_CHANGED: "Ändrade ett område",
  CATEGORY_CHANGED: "Ändrade en kategori",
  SETTINGS_CHANGED: "Ändrade inställningar",
  AUDIT_EXPORTED: "Exporterade loggen",
  AUDIT_REVIEW_STARTED: "Påbörjade en loggkontroll",
  AUDIT_REVIEW_COMPLETED: "Avslutade en loggkontroll",
  OUTBOX_VIEWED: "Läste utkorgen",
};

export const ESCALATION_LABELS = { LOKAL: "lokal samverkansgrupp", DELREGIONAL: "delregional nivå" } as const;

export interface AuditTimelineEntry {
  id: string;
  at: Date;
  action: string;
  actor: string;
  data: Record<string, unknown> | null;
}

export interface TimelineNames {
  users: Record<string, string>;
  categories: Record<string, string>;
  areas: Record<string, string>;
}

export type TimelineItem =
  | { kind: "event"; id: string; at: Date; actor: string; text: string; detail?: string; count: number }
  | { kind: "message"; id: string; at: Date; actor: string; fromReporter: boolean; body: string }
  | { kind: "note"; id: string; at: Date; actor: string; body: string };

const str = (value: unknown) => (typeof value === "string" ? value : "");
const statusLabel = (value: unknown) => STATUS_LABELS[str(value) as CaseStatus] ?? str(value);
const ids = (value: unknown) => str(value).split(",").filter(Boolean);

function listChange(
  from: string[],
  to: string[],
  names: Record<string, string>,
  what: string,
): string | null {
  const added = to.filter((id) => !from.includes(id)).map((id) => names[id] ?? "okänd");
  const removed = from.filter((id) => !to.includes(id)).map((id) => names[id] ?? "okänd");
  const parts = [
    added.length ? `lade till ${added.join(", ")}` : "",
    removed.length ? `tog bort ${removed.join(", ")}` : "",
  ];
  const text = parts.filter(Boolean).join("; ");
  return text ? `${what}: ${text}` : null;
}

/** The phrase for one audit entry, with old → new values where the entry records them. */
export function describeAuditEntry(entry: Pick<AuditTimelineEntry, "action" | "data">, names: TimelineNames) {
  const data = entry.data ?? {};
  const text = AUDIT_ACTION_PHRASES[entry.action as TAuditAction] ?? entry.action;
  switch (entry.action) {
    case "CASE_STATUS_CHANGED":
      return { text: `Ändrade status från ${statusLabel(data.from)} till ${statusLabel(data.to)}` };
    case "CASE_REGISTERED": {
      const from = str(data.diarienummerFrom);
      const registered = data.statusFrom !== data.statusTo ? " och ärendet blev registrerat" : "";
      return {
        text: from
          ? `Ändrade diarienummer från ${from} till ${str(data.diarienummerTo)}${registered}`
          : `Registrerade diarienummer ${str(data.diarienummerTo)}${registered}`,
      };
    }
    case "CASE_ASSIGNED": {
      const to = str(data.to);
      return {
        text: to
          ? `Tilldelade ärendet till ${names.users[to] ?? "okänd användare"}`
          : "Tog bort handläggaren",
      };
    }
    case "CASE_CLASSIFIED": {
      const detail = [
        listChange(ids(data.categoriesFrom), ids(data.categoriesTo), names.categories, "Kategorier"),
        listChange(ids(data.areasFrom), ids(data.areasTo), names.areas, "Områden"),
      ]
        .filter(Boolean)
        .join(". ");
      return { text, detail: detail || undefined };
    }
    case "CASE_ESCALATED":
      return {
        text: `Lyfte ärendet till ${ESCALATION_LABELS[str(data.level) as keyof typeof ESCALATION_LABELS] ?? "nästa nivå"}`,
      };
    case "REMINDER_SENT": {
      const reasons = ids(data.reasons).map((r) => OVERDUE_LABELS[r as OverdueReason] ?? r);
      return { text, detail: reasons.length ? reasons.join(", ") : undefined };
    }
    default:
      return { text };
  }
}

const READS = new Set([AUDIT_ACTION_PHRASES.CASE_VIEWED, AUDIT_ACTION_PHRASES.FOLLOW_UP_VIEWED]);
const RELOAD_WINDOW_MS = 60_000;

/**
 * Merges the audit log, the messages and the notes into one timeline, oldest first. A message or note replaces
 * the audit row that recorded it; repeated reads by the same person in a row become one entry, and a read
 * within a minute of that person's own change (the page refreshing after a save) is left out.
 */
export function buildCaseTimeline(
  audit: AuditTimelineEntry[],
  messages: {
    id: string;
    createdAt: Date;
    fromReporter: boolean;
    body: string;
    author: { name: string } | null;
  }[],
  notes: { id: string; createdAt: Date; body: string; author: { name: string } }[],
  names: TimelineNames,
): TimelineItem[] {
  const shown = new Set([...messages.map((m) => m.id), ...notes.map((n) => n.id)]);
  const items: TimelineItem[] = [
    ...messages.map((m) => ({
      kind: "message" as const,
      id: m.id,
      at: m.createdAt,
      // The reporter has no account: the same role label as in the audit log.
      actor: m.fromReporter ? "Rapportör" : (m.author?.name ?? "Samordnarna"),
      fromReporter: m.fromReporter,
      body: m.body,
    })),
    ...notes.map((n) => ({
      kind: "note" as const,
      id: n.id,
      at: n.createdAt,
      actor: n.author.name,
      body: n.body,
    })),
    ...audit
      .filter((entry) => !shown.has(str(entry.data?.messageId)) && !shown.has(str(entry.data?.noteId)))
      .map((entry) => ({
        kind: "event" as const,
        id: entry.id,
        at: entry.at,
        actor: entry.actor,
        count: 1,
        ...describeAuditEntry(entry, names),
      })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const merged: TimelineItem[] = [];
  for (const item of items) {
    const previous = merged.at(-1);
    const isRead = item.kind === "event" && READS.has(item.text);
    if (isRead && previous && previous.actor === item.actor) {
      if (previous.kind === "event" && previous.text === item.text) {
        merged[merged.length - 1] = { ...previous, at: item.at, count: previous.count + 1 };
        continue;
      }
      // The page reloading right after the same person's own change: the log keeps it, the timeline need not.
      const isOwnReload = previous.kind !== "event" || !READS.has(previous.text);
      if (isOwnReload && item.at.getTime() - previous.at.getTime() <= RELOAD_WINDOW_MS) continue;
    }
    merged.push(item);
  }
  return merged;
}
