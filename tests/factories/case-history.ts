import type { CaseStatus, EscalationLevel, PrismaClient } from "@/generated/prisma/client";
import { approveRedaction } from "@/lib/anonymised-cases/approve-redaction";
import { redactableSections } from "@/lib/anonymised-cases/redactable-sections";
import { saveRedaction } from "@/lib/anonymised-cases/save-redaction";
import { suggestedRedaction } from "@/lib/anonymised-cases/suggested-redaction";
import type { Actor } from "@/lib/auth/assert-permission";
import { assignCase } from "@/lib/cases/assign-case";
import { mutateCase } from "@/lib/cases/case-mutation";
import { writeStatusChange } from "@/lib/cases/change-case-status";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { classifyCase } from "@/lib/cases/classify-case";
import { escalateCase } from "@/lib/cases/escalate-case";
import { registerCase } from "@/lib/cases/register-case";
import { writeCaseMessage } from "@/lib/cases/send-case-message";

/**
 * A submitted report taken through the coordinators' real operations (assign, register, classify, escalate,
 * återkoppling, redaction by one coordinator, approval by another, status changes), each at a date in the past,
 * so that the case page, the inbox, the audit log and the statistics see a history as the app writes it.
 */

const RealDate = globalThis.Date;

/**
 * Runs a step as if the clock showed `at` (and ran on from there): the operations, Prisma's `@default(now())` and
 * `@updatedAt` take the time from `new Date()`, so every row the step writes (audit rows, messages, a case's
 * activity and closing times) carries the step's date, as when a coordinator did it that day. Only `new Date()`
 * is moved: `Date.now()` stays the real clock, which the embedded database's timers run on. The global `Date` is
 * swapped for the step alone, so steps must not overlap, and `at` must lie in the past.
 */
export async function asOf<T>(at: Date, step: () => Promise<T>): Promise<T> {
  const started = RealDate.now();
  if (at.getTime() > started) throw new Error(`Ett datum i framtiden: ${at.toISOString()}`);
  const now = () => at.getTime() + (RealDate.now() - started);
  const previous = globalThis.Date;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: (target) => new target(now()).toString(),
  });
  try {
    return await step();
  } finally {
    globalThis.Date = previous;
  }
}

export interface CaseHandlers {
  /** Registers, classifies, writes the återkoppling and redacts. */
  redactor: Actor;
  /** Approves the redaction: another coordinator (four eyes). */
  approver: Actor;
}

/** When each step happened; a step after `until` is not taken, and the case stays where it got to. */
export interface CaseDates {
  registeredAt: Date;
  classifiedAt: Date;
  escalatedAt?: Date;
  feedbackAt: Date;
  redactedAt: Date;
  approvedAt: Date;
  closedAt: Date;
}

export interface HandlingPlan {
  /** Where the case should end up (INKOMMEN leaves it untouched). */
  status: CaseStatus;
  dates: CaseDates;
  diarienummer: string;
  /** Root-cause category ids of the case's year. */
  categoryIds: string[];
  /** Area ids (the reporter's choice when omitted). */
  areaIds?: string[];
  feedback: string;
  escalation?: { level: EscalationLevel; outcome: string };
  /** AVVISAD: the reason on the case and the message to the reporter. */
  rejection?: { reason: string; message: string };
  organisationWithheld?: boolean;
  /** Terms the detector must not take for identifiers (see detectorAllowList). */
  allow: readonly string[];
}

const FLOW: readonly CaseStatus[] = [
  "INKOMMEN",
  "REGISTRERAD",
  "UNDER_HANDLAGGNING",
  "ATERKOPPLAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
];

function reaches(target: CaseStatus, step: CaseStatus): boolean {
  return FLOW.indexOf(target) >= FLOW.indexOf(step);
}

/** A status change as the case page makes it (no message, so no mail). */
function toStatus(db: PrismaClient, actor: Actor, reportId: string, to: CaseStatus) {
  return changeCaseStatusWithMessage(db, actor, { reportId, to, reason: "", message: "" });
}

/** A message to the reporter as the case page writes it, without the notification: demo reporters have no mailbox. */
function writeMessage(db: PrismaClient, actor: Actor, reportId: string, body: string) {
  return mutateCase(db, actor, reportId, (tx, report) => writeCaseMessage(tx, actor, report, body));
}

/**
 * Takes a submitted report as far as `plan.status`, each step at its date, never a step dated after `until`.
 * Returns the status the case reached.
 */
export async function handleCase(
  db: PrismaClient,
  handlers: CaseHandlers,
  reportId: string,
  plan: HandlingPlan,
  until: Date = new Date(),
): Promise<CaseStatus> {
  const { redactor, approver } = handlers;
  const { dates } = plan;
  const due = (date: Date | undefined): date is Date => !!date && date.getTime() <= until.getTime();

  if (plan.status === "AVVISAD") {
    if (!plan.rejection || !due(dates.registeredAt)) return "INKOMMEN";
    const { reason, message } = plan.rejection;
    await asOf(dates.registeredAt, () =>
      mutateCase(db, redactor, reportId, async (tx, report) => {
        const changed = await writeStatusChange(tx, report, { reportId, to: "AVVISAD", reason });
        const sent = await writeCaseMessage(tx, redactor, report, message);
        return { result: changed.result, audit: [changed.audit, sent.audit] };
      }),
    );
    return "AVVISAD";
  }

  if (!reaches(plan.status, "REGISTRERAD") || !due(dates.registeredAt)) return "INKOMMEN";
  await asOf(dates.registeredAt, async () => {
    await assignCase(db, redactor, { reportId, assigneeId: redactor.id });
    await registerCase(db, redactor, { reportId, diarienummer: plan.diarienummer });
  });

  if (!reaches(plan.status, "UNDER_HANDLAGGNING") || !due(dates.classifiedAt)) return "REGISTRERAD";
  const areaIds =
    plan.areaIds ??
    (await db.reportArea.findMany({ where: { reportId }, select: { areaId: true } })).map((a) => a.areaId);
  await asOf(dates.classifiedAt, async () => {
    await classifyCase(db, redactor, { reportId, categoryIds: plan.categoryIds, areaIds });
    await toStatus(db, redactor, reportId, "UNDER_HANDLAGGNING");
  });

  const escalation = plan.escalation;
  if (escalation && due(dates.escalatedAt)) {
    const raisedOn = dates.escalatedAt.toISOString().slice(0, 10);
    await asOf(dates.escalatedAt, () => escalateCase(db, redactor, { reportId, raisedOn, ...escalation }));
  }

  if (!reaches(plan.status, "ATERKOPPLAD") || !due(dates.feedbackAt)) return "UNDER_HANDLAGGNING";
  await asOf(dates.feedbackAt, async () => {
    await writeMessage(db, redactor, reportId, plan.feedback);
    await toStatus(db, redactor, reportId, "ATERKOPPLAD");
  });

  if (!reaches(plan.status, "AVIDENTIFIERAD") || !due(dates.approvedAt)) return "ATERKOPPLAD";
  const saved = await asOf(dates.redactedAt, () => redactWithSuggestions(db, redactor, reportId, plan));
  await asOf(dates.approvedAt, async () => {
    await approveRedaction(db, approver, { reportId, version: saved.version });
    await toStatus(db, approver, reportId, "AVIDENTIFIERAD");
  });

  if (!reaches(plan.status, "AVSLUTAD") || !due(dates.closedAt)) return "AVIDENTIFIERAD";
  await asOf(dates.closedAt, () => toStatus(db, redactor, reportId, "AVSLUTAD"));
  return "AVSLUTAD";
}

/** The detector's suggestions accepted in every text, as a coordinator does in the workbench, saved at `at`. */
async function redactWithSuggestions(
  db: PrismaClient,
  redactor: Actor,
  reportId: string,
  plan: Pick<HandlingPlan, "allow" | "organisationWithheld">,
) {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { measures: { orderBy: { sortOrder: "asc" } } },
  });
  // The demo reporters sent no replies.
  const sections = redactableSections({ ...report, replies: [] });
  return saveRedaction(db, redactor, {
    reportId,
    sections: suggestedRedaction(sections, { allow: [...plan.allow] }),
    dismissedFindings: [],
    ageGroupWithheld: false,
    organisationWithheld: plan.organisationWithheld ?? false,
    approve: false,
  });
}
