import * as z from "zod";
import type { Draft, Huvudman, PrismaClient, Report } from "@/generated/prisma/client";
import { createDraft, saveDraftStep } from "@/lib/reports/drafts";
import { addPartnerComment, createPartnerLink, openPartnerLink } from "@/lib/reports/partner-links";
import type { TReportSubmissionInput } from "@/lib/reports/schemas";
import { submitReport, type FirstSubmitResult } from "@/lib/reports/submit-report";
import { WIZARD_STEPS, type StepKey } from "@/lib/reports/wizard-steps";
import { REPORT_SCENARIOS, REPORTER_FIRST_NAMES, REPORTER_LAST_NAMES } from "./report-scenarios";
import { scenarioIn, type OrganisationRef, type ReportScenario } from "./scenario-builder";

export { REPORT_SCENARIOS } from "./report-scenarios";
export type { ReportScenario } from "./scenario-builder";

/**
 * Realistic, fictional answers for every wizard step, and reports made through the real domain functions
 * (createDraft → saveDraftStep → submitReport), so whatever the factory makes, a reporter could have made.
 * Deterministic: the same `index` and `now` give the same answers.
 */

export type StepAnswers = TReportSubmissionInput;

export type StepOverrides = { [K in StepKey]?: Partial<StepAnswers[K]> };

interface LookupOrganisation {
  id: string;
  name: string;
  huvudman: Huvudman;
}

/** The active reference data the answers point at; load it once and reuse it for many reports. */
export interface ReferenceLookup {
  organisations: LookupOrganisation[];
  areas: Array<{ id: string; code: string }>;
}

export async function loadReferenceLookup(db: PrismaClient): Promise<ReferenceLookup> {
  const [organisations, areas] = await Promise.all([
    db.organisation.findMany({
      where: { isActive: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, huvudman: true },
    }),
    db.area.findMany({
      where: { isActive: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true },
    }),
  ]);
  if (organisations.length === 0 || areas.length === 0) {
    throw new Error("Inga organisationer eller områden i databasen: kör ensureReferenceData först.");
  }
  return { organisations, areas };
}

export interface AnswerOptions {
  now: Date;
  /** Picks the scenario (index modulo 10), the kommun, the reporter's name and the dates. */
  index?: number;
  scenario?: ReportScenario | string;
  overrides?: StepOverrides;
  /** Days from the event to `now` (the dialogue and the measures' target dates follow); varies with index by default. */
  eventDaysBefore?: number;
}

const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The step schemas compare dates with the wall clock, not with the `now` given to the domain functions. */
function notAfterToday(date: Date): Date {
  const today = new Date();
  return date.getTime() > today.getTime() ? today : date;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(kommun|stad)\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function mailDomain(org: LookupOrganisation): string {
  if (org.huvudman === "REGION") return "skane.example";
  return `${slug(org.name) || "kommun"}.example`;
}

export function resolveScenario(options: Pick<AnswerOptions, "scenario" | "index">): ReportScenario {
  if (typeof options.scenario === "object") return options.scenario;
  if (typeof options.scenario === "string") return scenarioIn(REPORT_SCENARIOS, options.scenario);
  return REPORT_SCENARIOS[(options.index ?? 0) % REPORT_SCENARIOS.length]!;
}

class OrganisationPicker {
  private readonly kommuner: LookupOrganisation[];

  constructor(
    private readonly lookup: ReferenceLookup,
    private readonly index: number,
  ) {
    this.kommuner = lookup.organisations.filter((o) => o.huvudman === "KOMMUN");
  }

  pick(ref: OrganisationRef): LookupOrganisation {
    if (ref === "kommun" || ref === "annan kommun") {
      const pool = this.kommuner.length > 0 ? this.kommuner : this.lookup.organisations;
      const offset = ref === "annan kommun" ? 3 : 0;
      return pool[(this.index + offset) % pool.length]!;
    }
    // Administrators may rename or retire defaults: fall back to any organisation under the same huvudman.
    return (
      this.lookup.organisations.find((o) => o.name === ref) ??
      this.lookup.organisations.find((o) => o.huvudman === "REGION") ??
      this.lookup.organisations[0]!
    );
  }
}

export function reporterIdentity(index: number) {
  const first = REPORTER_FIRST_NAMES[index % REPORTER_FIRST_NAMES.length]!;
  const last = REPORTER_LAST_NAMES[(index * 5 + 2) % REPORTER_LAST_NAMES.length]!;
  return { first, last, name: `${first} ${last}` };
}

/** Answers for all five steps; override any field per step. */
export function buildReportAnswers(lookup: ReferenceLookup, options: AnswerOptions): StepAnswers {
  const index = options.index ?? 0;
  const scenario = resolveScenario(options);
  const orgs = new OrganisationPicker(lookup, index);
  const reporterOrg = orgs.pick(scenario.reporterOrganisation);
  const identity = reporterIdentity(index);

  const eventDay = notAfterToday(addDays(options.now, -(options.eventDaysBefore ?? 10 + ((index * 7) % 35))));
  const latestDialogue = notAfterToday(addDays(options.now, -1));
  const dialogueDay = new Date(
    Math.max(
      eventDay.getTime(),
      Math.min(addDays(eventDay, 5 + (index % 7)).getTime(), latestDialogue.getTime()),
    ),
  );
  const byMonth = index % 4 === 3;

  const partnerIds = [...new Set(scenario.partners.map((ref) => orgs.pick(ref).id))].filter(
    (id) => id !== reporterOrg.id,
  );
  const areaIds = scenario.areaCodes
    .map((code) => lookup.areas.find((a) => a.code === code)?.id)
    .filter((id): id is string => Boolean(id));

  const dialogue = scenario.dialogue;
  const answers: StepAnswers = {
    reporter: {
      reporterName: identity.name,
      reporterEmail: `${slug(identity.first)}.${slug(identity.last)}@${mailDomain(reporterOrg)}`,
      // Numbers in the range the Swedish telecom regulator reserves for fiction (070-174 06 05 to 070-174 06 99).
      reporterPhone: index % 3 === 2 ? "" : `070-174 06 ${String(5 + (index % 95)).padStart(2, "0")}`,
      organisationId: reporterOrg.id,
      unit: scenario.unit,
      reporterRole: scenario.reporterRole,
      hasConsultedChef: index % 9 === 8 ? "nej" : "ja",
    },
    partner: {
      partnerOrganisationIds: partnerIds,
      partnerOther:
        partnerIds.length === 0 || scenario.partnerOther ? (scenario.partnerOther ?? "Övrig aktör") : "",
    },
    event: {
      eventTiming: byMonth ? "manad" : "datum",
      eventDate: byMonth ? "" : isoDay(eventDay),
      eventMonth: byMonth ? isoDay(eventDay).slice(0, 7) : "",
      areaIds: areaIds.length > 0 ? areaIds : [lookup.areas[0]!.id],
      ageGroup: scenario.ageGroup,
    },
    description: { description: scenario.description, actionsTaken: scenario.actionsTaken },
    delTva: dialogue.held
      ? {
          dialogueHeld: "ja",
          dialogueDate: isoDay(dialogueDay),
          participants: dialogue.participants.map((p) => ({
            organisation: orgs.pick(p.organisation).name,
            role: p.role,
          })),
          measures: dialogue.measures.map((m) => ({
            description: m.description,
            responsibleParty: m.responsibleParty,
            targetDate: m.targetInDays === undefined ? "" : isoDay(addDays(dialogueDay, m.targetInDays)),
          })),
          isSolved: dialogue.isSolved,
          needsEscalation: scenario.escalationComment ? "ja" : "nej",
          escalationComment: scenario.escalationComment ?? "",
          noDialogueReason: "",
        }
      : {
          dialogueHeld: "nej",
          dialogueDate: "",
          participants: [],
          measures: [],
          isSolved: "",
          needsEscalation: scenario.escalationComment ? "ja" : "nej",
          escalationComment: scenario.escalationComment ?? "",
          noDialogueReason: dialogue.reason,
        },
  };
  const overrides = options.overrides ?? {};
  return {
    reporter: { ...answers.reporter, ...overrides.reporter },
    partner: { ...answers.partner, ...overrides.partner },
    event: { ...answers.event, ...overrides.event },
    description: { ...answers.description, ...overrides.description },
    delTva: { ...answers.delTva, ...overrides.delTva },
  };
}

export interface DraftOptions extends AnswerOptions {
  /** Steps to complete, in wizard order; all five by default. */
  steps?: readonly StepKey[];
  expiryDays?: number;
  /** Leave a samverkanspart comment through a partner link once del ett is done (default: if the scenario has one). */
  withPartnerComment?: boolean;
  lookup?: ReferenceLookup;
}

let nextIndex = 0;

/**
 * A draft with the given steps completed through saveDraftStep, re-reading the draft after each step
 * as the wizard does between requests.
 */
export async function createDraftThroughSteps(db: PrismaClient, options: DraftOptions) {
  const index = options.index ?? nextIndex++;
  const lookup = options.lookup ?? (await loadReferenceLookup(db));
  const scenario = resolveScenario({ ...options, index });
  const answers = buildReportAnswers(lookup, { ...options, index, scenario });
  const steps = options.steps ?? WIZARD_STEPS.map((s) => s.key);
  const { now } = options;

  const { draft: created, resumeCode } = await createDraft(db, { now, expiryDays: options.expiryDays ?? 90 });
  let draft: Draft = created;
  // saveDraftStep reads the stored draft itself, so it is read back only where the draft's own fields matter: before
  // a partner link (del ett done) and at the end.
  const reread = () => db.draft.findUniqueOrThrow({ where: { id: draft.id } });
  for (const key of WIZARD_STEPS.map((s) => s.key).filter((k) => steps.includes(k))) {
    if (key === "delTva" && (options.withPartnerComment ?? Boolean(scenario.partnerComment))) {
      draft = await reread();
      await leavePartnerComment(db, draft, scenario, answers, now);
    }
    const result = await saveDraftStep(db, draft, key, answers[key], { complete: true, now });
    if (!result.ok) {
      throw new Error(
        `Steget ${key} godkändes inte: ${JSON.stringify(z.flattenError(result.error).fieldErrors)}`,
      );
    }
  }
  draft = await reread();
  return { draft, resumeCode, answers, scenario, index };
}

async function leavePartnerComment(
  db: PrismaClient,
  draft: Draft,
  scenario: ReportScenario,
  answers: StepAnswers,
  now: Date,
) {
  const partnerId = answers.partner.partnerOrganisationIds[0];
  const partner = partnerId ? await db.organisation.findUnique({ where: { id: partnerId } }) : null;
  const organisation = partner?.name ?? answers.partner.partnerOther ?? "Samverkanspart";
  const { token } = await createPartnerLink(db, draft, {
    email: `samverkanspart@${partner ? mailDomain(partner) : "partner.example"}`,
    now,
    validDays: 14,
  });
  const link = await openPartnerLink(db, token, now);
  await addPartnerComment(
    db,
    link,
    {
      organisation,
      role: scenario.partnerComment?.role ?? "Enhetschef",
      comment:
        scenario.partnerComment?.comment ?? "Vi känner igen beskrivningen och deltar gärna i en dialog.",
    },
    now,
  );
}

export interface SubmittedReport extends FirstSubmitResult {
  report: Report;
  resumeCode: string;
  draftId: string;
  answers: StepAnswers;
  scenario: ReportScenario;
  index: number;
}

/** A report submitted through the real wizard functions at `now` (which also decides its reference year). */
export async function createSubmittedReport(
  db: PrismaClient,
  options: Omit<DraftOptions, "steps">,
): Promise<SubmittedReport> {
  const { draft, resumeCode, answers, scenario, index } = await createDraftThroughSteps(db, options);
  const result = await submitReport(db, draft, options.now);
  if (result.wasAlreadySubmitted) throw new Error("The factory's draft had already been submitted.");
  const report = await db.report.findUniqueOrThrow({ where: { id: result.reportId } });
  return { ...result, report, resumeCode, draftId: draft.id, answers, scenario, index };
}
