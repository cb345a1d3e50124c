import "server-only";
import { randomUUID } from "node:crypto";
import * as z from "zod";
import type { PrismaClient, Draft } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { AppError } from "@/lib/errors";
import { blockedTextIssues, keepStoredWhereBlocked } from "@/lib/reports/blocked-text";
import { draftExpiresAt, isDraftExpired } from "@/lib/reports/draft-expiry";
import {
  type DraftData,
  type StepKey,
  WIZARD_STEPS,
  canOpenStep,
  emptyDraftData,
  isDelEttComplete,
} from "@/lib/reports/wizard-steps";
import { generateCode, hashCode } from "@/lib/security/tokens";
import { cleanDeep, text } from "@/lib/validation/fields";

const REPORTER = "Rapportör";
const MAX_STEP_JSON = 64_000;

/**
 * A new, empty draft. Anyone can start one, so nothing is audited until its first save (DRAFT_CREATED): drafts
 * that are only started leave no rows in the audit log.
 */
export async function createDraft(db: PrismaClient, options: { now: Date; expiryDays: number }) {
  await purgeExpiredDrafts(db, options.now);
  const resumeCode = generateCode();
  const draft = await db.draft.create({
    data: {
      resumeCodeHash: hashCode(resumeCode),
      submissionKey: randomUUID(),
      data: emptyDraftData() as object,
      expiresAt: draftExpiresAt(options.now, options.expiryDays),
    },
  });
  return { draft, resumeCode };
}

/**
 * The draft behind a resume code; refuses unknown and expired drafts alike, and submitted ones unless the caller
 * is the submit action honouring a retry.
 */
export async function findDraftByCode(
  db: Pick<PrismaClient, "draft">,
  code: string,
  now: Date,
  options: { allowSubmitted?: boolean } = {},
): Promise<Draft> {
  const draft = await db.draft.findUnique({ where: { resumeCodeHash: hashCode(code) } });
  if (!draft) throw new AppError("NOT_FOUND", "Vi hittar inget utkast med den koden. Kontrollera koden.");
  if (isDraftExpired(draft, now)) {
    throw new AppError("DRAFT_EXPIRED", "Utkastet har gått ut och har raderats. Du behöver börja om.");
  }
  if (draft.submittedAt && !options.allowSubmitted) {
    throw new AppError(
      "ALREADY_SUBMITTED",
      "Rapporten är redan inskickad. Följ upp den med din uppföljningskod.",
    );
  }
  return draft;
}

export function draftData(draft: Pick<Draft, "data">): DraftData {
  const data = draft.data as unknown as Partial<DraftData> | null;
  return { ...data, completed: Array.isArray(data?.completed) ? data.completed : [] };
}

// Autosaved values are not yet valid answers, only bounded in shape and size.
const ZRawStepValues = z.record(
  text(),
  z.unknown().transform((value) => cleanDeep(value)),
);

/**
 * Saves a step. With `complete`, the values must pass the step's schema and the step counts as done;
 * otherwise (autosave) they are kept as typed so nothing is lost. A text holding a personnummer or
 * samordningsnummer is never stored: a complete save is refused with a field error, an autosave keeps the text
 * stored before in its place.
 */
export async function saveDraftStep(
  db: PrismaClient,
  draft: Draft,
  key: StepKey,
  values: unknown,
  options: { complete: boolean; now: Date },
) {
  // Read the stored draft, not the caller's copy: an earlier save from this or another tab may have landed since.
  const current = await db.draft.findUnique({ where: { id: draft.id } });
  if (!current) throw new AppError("NOT_FOUND", "Utkastet finns inte längre.");
  draft = current;
  if (draft.submittedAt) throw new AppError("ALREADY_SUBMITTED", "Rapporten är redan inskickad.");
  const data = draftData(draft);
  if (!canOpenStep(data, key)) {
    throw new AppError("DRAFT_INCOMPLETE", "Gör klart de tidigare stegen först.");
  }
  const step = WIZARD_STEPS.find((s) => s.key === key)!;
  let stored: Record<string, unknown>;
  if (options.complete) {
    const parsed = z.safeParse(step.schema, values);
    if (!parsed.success) return { ok: false as const, error: parsed.error };
    const blocked = blockedTextIssues(parsed.data);
    if (blocked.length > 0) {
      return {
        ok: false as const,
        error: new z.ZodError(
          blocked.map((issue) => ({ code: "custom" as const, input: undefined, ...issue })),
        ),
      };
    }
    stored = parsed.data as Record<string, unknown>;
  } else {
    stored = keepStoredWhereBlocked(ZRawStepValues.parse(values), data[key]);
  }
  if (JSON.stringify(stored).length > MAX_STEP_JSON)
    throw new AppError("INVALID", "Texten är för lång för att sparas.");

  const completed = options.complete
    ? [...new Set([...data.completed, key])]
    : data.completed.filter((k) => k !== key || options.complete);
  const next: DraftData = { ...data, [key]: stored, completed };
  const becameDelEttComplete = !draft.delEttDoneAt && isDelEttComplete(next);
  const isFirstSave = WIZARD_STEPS.every((step) => data[step.key] === undefined);
  await db.$transaction(async (tx) => {
    await tx.draft.update({
      where: { id: draft.id },
      data: { data: next as object, delEttDoneAt: becameDelEttComplete ? options.now : undefined },
    });
    if (isFirstSave) {
      await writeAudit(tx, { action: "DRAFT_CREATED", actorLabel: REPORTER, data: { draftId: draft.id } });
    }
    if (becameDelEttComplete) {
      await writeAudit(tx, {
        action: "DEL_ETT_COMPLETED",
        actorLabel: REPORTER,
        data: { draftId: draft.id },
      });
    }
  });
  return { ok: true as const, data: next };
}

/**
 * Deletes drafts past their expiry (with their partner links), as the wizard promises. Submitted drafts go too:
 * their content lives on in the report. Runs whenever a draft is created, so no scheduler is needed.
 */
export async function purgeExpiredDrafts(db: PrismaClient, now: Date): Promise<number> {
  const { count } = await db.draft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
