import { auditEventPhrase, parseAuditRow, type ParsedAuditRow } from "@/lib/audit/events";
import { OVERDUE_LABELS, type OverdueReason } from "@/lib/cases/overdue";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

export const ESCALATION_LABELS = { LOKAL: "lokal samverkansgrupp", DELREGIONAL: "delregional nivå" } as const;

export interface AuditTimelineEntry {
  id: string;
  at: Date;
  action: string;
  actor: string;
  /** As stored; read against the audit event registry. */
  data: unknown;
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

const ids = (value: string) => value.split(",").filter(Boolean);
const overdueLabel = (reason: string) => OVERDUE_LABELS[reason as OverdueReason] ?? reason;

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

/** The phrase for one audit event, with old → new values where the event records them. */
function describeEvent(event: ParsedAuditRow, names: TimelineNames): { text: string; detail?: string } {
  const text = auditEventPhrase(event.action);
  // A row whose data doesn't match its event's schema gets the plain phrase.
  if (!event.known) return { text };
  switch (event.action) {
    case "CASE_STATUS_CHANGED":
      return {
        text: `Ändrade status från ${STATUS_LABELS[event.data.from]} till ${STATUS_LABELS[event.data.to]}`,
      };
    case "CASE_REGISTERED": {
      const { diarienummerFrom: from, diarienummerTo: to } = event.data;
      const registered = event.data.statusFrom !== event.data.statusTo ? " och ärendet blev registrerat" : "";
      return {
        text: from
          ? `Ändrade diarienummer från ${from} till ${to}${registered}`
          : `Registrerade diarienummer ${to}${registered}`,
      };
    }
    case "CASE_ASSIGNED": {
      const { to } = event.data;
      return {
        text: to
          ? `Tilldelade ärendet till ${names.users[to] ?? "okänd användare"}`
          : "Tog bort handläggaren",
      };
    }
    case "CASE_CLASSIFIED": {
      const { categoriesFrom, categoriesTo, areasFrom, areasTo } = event.data;
      const detail = [
        listChange(ids(categoriesFrom), ids(categoriesTo), names.categories, "Kategorier"),
        listChange(ids(areasFrom), ids(areasTo), names.areas, "Områden"),
      ]
        .filter(Boolean)
        .join(". ");
      return { text, detail: detail || undefined };
    }
    case "CASE_ESCALATED":
      return { text: `Lyfte ärendet till ${ESCALATION_LABELS[event.data.level]}` };
    case "REMINDER_SENT": {
      const reasons = ids(event.data.reasons).map(overdueLabel);
      return { text, detail: reasons.length ? reasons.join(", ") : undefined };
    }
    case "ANONYMISED_CASE_SAVED": {
      const { state, ageGroupWithheld, organisationWithheld } = event.data;
      const withheld = [ageGroupWithheld && "åldersgrupp", organisationWithheld && "organisation"].filter(
        Boolean,
      );
      return {
        text:
          state === "GODKAND" ? "Sparade och godkände avidentifieringen" : `${text} (väntar på godkännande)`,
        detail: withheld.length ? `Undanhållet: ${withheld.join(", ")}` : undefined,
      };
    }
    default:
      return { text };
  }
}

/** The phrase for one audit entry, with old → new values where the entry records them. */
export function describeAuditEntry(entry: Pick<AuditTimelineEntry, "action" | "data">, names: TimelineNames) {
  return describeEvent(parseAuditRow(entry), names);
}

/** The message or note a row recorded: the timeline shows that in the row's place. */
function recordedItemId(event: ParsedAuditRow): string | null {
  if (!event.known) return null;
  switch (event.action) {
    case "CASE_MESSAGE_SENT":
    case "FOLLOW_UP_REPLY":
      return event.data.messageId;
    case "CASE_NOTE_ADDED":
      return event.data.noteId;
    default:
      return null;
  }
}

const READS = new Set([
  auditEventPhrase("CASE_VIEWED"),
  auditEventPhrase("FOLLOW_UP_VIEWED"),
  auditEventPhrase("ANONYMISED_CASE_VIEWED"),
]);
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
      .map((entry) => ({ entry, event: parseAuditRow(entry) }))
      .filter(({ event }) => {
        const recorded = recordedItemId(event);
        return !recorded || !shown.has(recorded);
      })
      .map(({ entry, event }) => ({
        kind: "event" as const,
        id: entry.id,
        at: entry.at,
        actor: entry.actor,
        count: 1,
        ...describeEvent(event, names),
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
