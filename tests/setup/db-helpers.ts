import { randomUUID } from "node:crypto";
import type { Draft, PrismaClient, User } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import { createDraft, saveDraftStep } from "@/lib/reports/drafts";
import type { StepKey } from "@/lib/reports/wizard-steps";
import { submitReport, type FirstSubmitResult } from "@/lib/reports/submit-report";
import { generateCode, hashCode } from "@/lib/security/tokens";
import { DEFAULT_INSTANCE_SETTINGS, INSTANCE_SETTINGS_KEY } from "@/lib/settings/instance-settings";
import { type ReferenceIds, validSteps } from "./fixtures";

/** The reference data a report needs: the reporter's kommun, a regional partner and an area. */
export async function createReferenceData(prisma: PrismaClient): Promise<ReferenceIds> {
  const [kommun, region, area] = await Promise.all([
    prisma.organisation.create({
      data: { name: "Testkommun", huvudman: "KOMMUN", sortOrder: 1, emailDomains: ["example.se"] },
    }),
    prisma.organisation.create({
      data: {
        name: "Testregionens vuxenpsykiatri",
        huvudman: "REGION",
        sortOrder: 2,
        emailDomains: ["region.example.se"],
      },
    }),
    prisma.area.create({ data: { code: "SIP", name: "SIP (samordnad individuell plan)", sortOrder: 1 } }),
  ]);
  return { organisationId: kommun.id, partnerOrganisationId: region.id, areaId: area.id };
}

/** What a test may set on a staff account beyond its role and e-mail. */
export interface StaffOptions {
  /** Defaults to the e-mail's local part ("ada@kommun.se": "ada"). */
  name?: string;
  /** Defaults to a hash that matches no password, so the account signs in with none. */
  passwordHash?: string;
  isActive?: boolean;
  createdAt?: Date;
}

/**
 * A staff account written straight into the table, as createUser stores it but without its USER_CREATED row
 * (fixtures are not admin changes). Returns the row, which also serves as the account's Actor.
 */
export async function createStaff(
  prisma: PrismaClient,
  role: Role,
  email: string,
  { name = email.split("@")[0]!, passwordHash = "x", ...rest }: StaffOptions = {},
): Promise<User> {
  return prisma.user.create({ data: { name, email, role, passwordHash, ...rest } });
}

/** The instance settings as created at the first start, with the coordinators' role mailboxes. */
export async function setCoordinatorMailboxes(prisma: PrismaClient, coordinatorMailboxes: string[]) {
  const value = { ...DEFAULT_INSTANCE_SETTINGS, coordinatorMailboxes };
  await prisma.setting.upsert({
    where: { key: INSTANCE_SETTINGS_KEY },
    create: { key: INSTANCE_SETTINGS_KEY, value },
    update: { value },
  });
}

export const DEL_ETT: StepKey[] = ["reporter", "partner", "event", "description"];
export const ALL_STEPS: StepKey[] = [...DEL_ETT, "delTva"];

/** Completes the given steps in order through the real saveDraftStep, re-reading the draft after each. */
export async function completeSteps(
  prisma: PrismaClient,
  draft: Draft,
  ids: ReferenceIds,
  keys: StepKey[],
  now = new Date(),
): Promise<Draft> {
  const steps = validSteps(ids);
  let current = draft;
  for (const key of keys) {
    const result = await saveDraftStep(prisma, current, key, steps[key], { complete: true, now });
    if (!result.ok) throw new Error(`Steget ${key} godkändes inte: ${result.error.message}`);
    current = await prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
  }
  return current;
}

/** A new draft with every step completed, ready to submit. */
export async function createCompleteDraft(
  prisma: PrismaClient,
  ids: ReferenceIds,
  now = new Date(),
  expiryDays = 90,
) {
  const { draft, resumeCode } = await createDraft(prisma, { now, expiryDays });
  return { draft: await completeSteps(prisma, draft, ids, ALL_STEPS, now), resumeCode };
}

/**
 * A complete draft written straight into the table (what saveDraftStep would have stored), for tests that need
 * many drafts quickly. Returns the row and its resume code.
 */
export async function insertCompleteDraft(
  prisma: PrismaClient,
  ids: ReferenceIds,
  now = new Date(),
  expiryDays = 90,
) {
  const resumeCode = generateCode();
  const draft = await prisma.draft.create({
    data: {
      resumeCodeHash: hashCode(resumeCode),
      submissionKey: randomUUID(),
      data: { ...validSteps(ids), completed: ALL_STEPS } as object,
      delEttDoneAt: now,
      expiresAt: draftExpiresAt(now, expiryDays),
    },
  });
  return { draft, resumeCode };
}

/** Submits a draft that has not been submitted before: the result that carries the follow-up code. */
export async function submitNewReport(db: PrismaClient, draft: Draft, now: Date): Promise<FirstSubmitResult> {
  const result = await submitReport(db, draft, now);
  if (result.wasAlreadySubmitted) throw new Error("The draft had already been submitted.");
  return result;
}
