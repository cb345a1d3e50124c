import type { CaseStatus, EscalationLevel, PrismaClient } from "@/generated/prisma/client";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import type { Actor } from "@/lib/auth/assert-permission";
import { saveCaseReview } from "@/lib/reviews/save-case-review";
import { ZSaveCaseReview } from "@/lib/reviews/schemas";
import { asOf, handleCase, type CaseDates, type CaseHandlers } from "./case-history";
import { scenarioByKey } from "./demo-scenarios";
import { createSubmittedReport, loadReferenceLookup, type ReferenceLookup } from "./report-factory";

/**
 * Two years of fictional brister as the demo shows them: 2025 reviewed by the arbetsgrupp and written up in the
 * annual report (29 anonymised brister, as in the 2025 report, with kommunikation, rutiner and SIP the most common
 * causes), and 2026 at every stage of handling, partly reviewed. Each brist is submitted through the wizard's
 * functions and handled through the coordinators' operations on its own dates (see case-history.ts).
 */

type SolvedOverride = "JA" | "DELVIS" | "NEJ";

export interface DemoBrist {
  /** Submission day, "MM-DD" in the plan's year (moved to the next weekday). */
  day: string;
  scenario: string;
  status: CaseStatus;
  solved?: SolvedOverride;
  /** The arbetsgrupp's categories when they differ from the coordinators'. */
  reviewCategories?: string[];
  example?: boolean;
  focus?: boolean;
  organisationWithheld?: boolean;
  /** A second report of a brist already reported: rejected as a duplicate. */
  duplicate?: boolean;
}

export interface DemoYear {
  year: number;
  brister: DemoBrist[];
  /** The arbetsgrupp's meetings: the anonymised brister are reviewed in order, `perMeeting` a time. */
  reviewMeetings: string[];
  perMeeting: number;
  /** How many of the year's anonymised brister the group has reviewed (all when omitted). */
  reviewed?: number;
}

const AVSLUTAD = "AVSLUTAD" as const;
const AVIDENTIFIERAD = "AVIDENTIFIERAD" as const;

export const DEMO_2025: DemoYear = {
  year: 2025,
  reviewMeetings: ["2026-01-20", "2026-02-03", "2026-02-17"],
  perMeeting: 10,
  brister: [
    { day: "01-14", scenario: "sip-uteblev", status: AVSLUTAD, example: true },
    { day: "01-22", scenario: "utskrivning-fredag", status: AVSLUTAD, focus: true, example: true },
    { day: "01-29", scenario: "ingen-ersattare", status: AVSLUTAD },
    { day: "02-05", scenario: "orosanmalan-utan-aterkoppling", status: AVSLUTAD },
    { day: "02-12", scenario: "lakemedelslista-saknades", status: AVSLUTAD, focus: true },
    { day: "02-26", scenario: "sip-behovs-inte", status: AVSLUTAD },
    { day: "03-05", scenario: "korta-telefontider", status: AVSLUTAD, example: true },
    { day: "03-13", scenario: "bostadslos-ansvarig-kommun", status: AVSLUTAD, focus: true },
    { day: "03-25", scenario: "sip-kallelse-obesvarad", status: AVSLUTAD },
    { day: "04-02", scenario: "tonaring-efter-bup", status: AVSLUTAD },
    {
      day: "04-16",
      scenario: "villkor-drogfrihet",
      status: AVSLUTAD,
      reviewCategories: ["förståelse för varandras uppdrag", "bristande helhetssyn"],
    },
    { day: "04-24", scenario: "boendestod-aterstartades-inte", status: AVSLUTAD, example: true },
    { day: "05-07", scenario: "en-vag-in-hanvisning", status: AVSLUTAD },
    { day: "05-14", scenario: "boendestod-aterstartades-inte", status: "AVVISAD", duplicate: true },
    { day: "05-27", scenario: "sip-kallelse-fel-mottagare", status: AVSLUTAD },
    { day: "06-04", scenario: "lpt-utskrivning-utan-boende", status: AVSLUTAD, focus: true },
    { day: "06-17", scenario: "hemskickad-fran-akuten-nattetid", status: AVSLUTAD },
    { day: "07-08", scenario: "sip-utan-uppfoljning", status: AVSLUTAD },
    {
      day: "08-19",
      scenario: "information-fastnade-hos-samtycke",
      status: AVSLUTAD,
      reviewCategories: ["kommunikation", "rutiner"],
    },
    { day: "08-28", scenario: "kostnadsfraga-infor-individen", status: AVSLUTAD },
    { day: "09-03", scenario: "overgang-till-vuxen", status: AVIDENTIFIERAD },
    { day: "09-16", scenario: "saknad-behorighet-mina-planer", status: AVSLUTAD, focus: true },
    { day: "09-24", scenario: "sip-representant-kande-inte-barnet", status: AVSLUTAD },
    { day: "10-01", scenario: "hvb-medicinering-avbrot", status: AVSLUTAD },
    { day: "10-14", scenario: "lvm-utan-planering", status: AVIDENTIFIERAD },
    { day: "10-23", scenario: "kunskap-om-psykos-pa-boende", status: AVSLUTAD },
    { day: "11-04", scenario: "vardcentral-nekade-hembesok", status: AVIDENTIFIERAD },
    { day: "11-13", scenario: "sip-uteblev", status: AVSLUTAD, solved: "DELVIS", organisationWithheld: true },
    { day: "11-25", scenario: "utskrivning-fredag", status: AVIDENTIFIERAD, solved: "NEJ" },
    { day: "12-09", scenario: "sip-kallelse-obesvarad", status: AVIDENTIFIERAD },
  ],
};

export const DEMO_2026: DemoYear = {
  year: 2026,
  reviewMeetings: ["2026-09-22", "2026-11-17"],
  perMeeting: 6,
  reviewed: 12,
  brister: [
    { day: "01-13", scenario: "saknad-behorighet-mina-planer", status: AVSLUTAD },
    { day: "01-21", scenario: "sip-uteblev", status: AVSLUTAD, solved: "DELVIS" },
    { day: "01-28", scenario: "lakemedelslista-saknades", status: AVSLUTAD, focus: true },
    { day: "02-04", scenario: "korta-telefontider", status: AVSLUTAD, solved: "NEJ" },
    { day: "02-17", scenario: "hemskickad-fran-akuten-nattetid", status: AVSLUTAD, focus: true },
    { day: "02-25", scenario: "sip-kallelse-fel-mottagare", status: AVIDENTIFIERAD },
    { day: "03-04", scenario: "utskrivning-fredag", status: AVSLUTAD, example: true },
    { day: "03-12", scenario: "en-vag-in-hanvisning", status: AVSLUTAD },
    { day: "03-24", scenario: "boendestod-aterstartades-inte", status: AVSLUTAD },
    { day: "04-08", scenario: "villkor-drogfrihet", status: AVSLUTAD },
    { day: "04-21", scenario: "sip-kallelse-obesvarad", status: AVSLUTAD },
    { day: "04-29", scenario: "kunskap-om-psykos-pa-boende", status: AVIDENTIFIERAD },
    { day: "05-06", scenario: "lpt-utskrivning-utan-boende", status: AVSLUTAD },
    { day: "05-19", scenario: "orosanmalan-utan-aterkoppling", status: AVSLUTAD },
    { day: "05-27", scenario: "sip-behovs-inte", status: AVSLUTAD },
    { day: "06-09", scenario: "tonaring-efter-bup", status: AVIDENTIFIERAD },
    { day: "06-16", scenario: "tonaring-efter-bup", status: "AVVISAD", duplicate: true },
    { day: "06-23", scenario: "ingen-ersattare", status: AVSLUTAD },
    { day: "08-18", scenario: "hvb-medicinering-avbrot", status: AVIDENTIFIERAD },
    { day: "08-26", scenario: "saknad-behorighet-mina-planer", status: AVIDENTIFIERAD, solved: "DELVIS" },
    { day: "09-02", scenario: "sip-utan-uppfoljning", status: "ATERKOPPLAD" },
    { day: "09-15", scenario: "bostadslos-ansvarig-kommun", status: "ATERKOPPLAD" },
    { day: "09-23", scenario: "information-fastnade-hos-samtycke", status: AVIDENTIFIERAD },
    { day: "10-06", scenario: "lvm-utan-planering", status: "ATERKOPPLAD" },
    { day: "10-14", scenario: "utskrivning-fredag", status: "UNDER_HANDLAGGNING" },
    { day: "10-27", scenario: "sip-representant-kande-inte-barnet", status: "ATERKOPPLAD" },
    { day: "11-04", scenario: "vardcentral-nekade-hembesok", status: "UNDER_HANDLAGGNING" },
    { day: "11-11", scenario: "overgang-till-vuxen", status: "REGISTRERAD" },
    { day: "11-18", scenario: "lakemedelslista-saknades", status: "INKOMMEN" },
    { day: "11-24", scenario: "kostnadsfraga-infor-individen", status: "INKOMMEN" },
  ],
};

export const DEMO_YEARS: readonly DemoYear[] = [DEMO_2025, DEMO_2026];

/** The arbetsgrupp's short comments on the underlying causes, per story: no identifying details. */
const REVIEW_COMMENTS: Record<string, string> = {
  "sip-uteblev":
    "Kallelsen bevakades inte under frånvaro. Ersättarrutin saknades och ingen återkoppling gavs när parten uteblev.",
  "sip-kallelse-obesvarad":
    "Kallelser i Mina planer bevakas av en enskild handläggare. Funktionsbrevlåda och daglig bevakning behövs.",
  "sip-behovs-inte":
    "Överenskommelsen om SIP var inte känd. Parten bedömde behovet utifrån sitt eget uppdrag.",
  "utskrivning-fredag":
    "Utskrivning inför helg utan att insatserna var på plats. Utskrivningsklar registrerades inte i Mina planer.",
  "ingen-ersattare": "Ingen ersättare och inget frånvarobesked med annan kontaktväg. Återkommande brist.",
  "bostadslos-ansvarig-kommun":
    "Oklart ansvar mellan kommuner för en person utan bostad. Frågan behöver lösas på övergripande nivå.",
  "tonaring-efter-bup": "Planeringen inför utskrivning startade för sent och skolan var inte med.",
  "sip-representant-kande-inte-barnet":
    "Deltagaren på SIP saknade kännedom om barnet och mandat att besluta.",
  "villkor-drogfrihet":
    "Villkor om drogfrihet stängde båda dörrarna. Samsjuklighet kräver en gemensam syn på ansvaret.",
  "kostnadsfraga-infor-individen":
    "Kostnadsfrågan togs inför individen i stället för mellan cheferna i förväg.",
  "lakemedelslista-saknades":
    "Informationsöverföringen vid utskrivning brast. Läkemedelslistan ingick inte i meddelandet.",
  "lpt-utskrivning-utan-boende":
    "Inskrivningsmeddelande uteblev och boendefrågan lyftes inte under vårdtiden.",
  "orosanmalan-utan-aterkoppling":
    "Anmälaren fick ingen bekräftelse. Rutin för återkoppling till anmälaren saknas.",
  "en-vag-in-hanvisning":
    "Hänvisningar utan att mottagaren kontaktades. Familjen fick bära samordningen själv.",
  "boendestod-aterstartades-inte":
    "Pausade insatser fanns inte med i utskrivningsplanen. Ingen bekräftade att stödet startade igen.",
  "sip-utan-uppfoljning": "SIP utan datum för uppföljning och utan ansvarig för att kalla.",
  "lvm-utan-planering": "Utskrivningen ändrades utan att socialtjänsten och beroendevården fick veta det.",
  "hemskickad-fran-akuten-nattetid":
    "Ingen kontakt med hemtjänsten före hemgång nattetid. Bemötandet när kommunen hörde av sig brast.",
  "korta-telefontider": "Samverkanspartner kom inte fram. Direktnummer för samverkan saknades.",
  "information-fastnade-hos-samtycke":
    "Samtycket fanns men var inte känt på boendet. Rutinen för att sprida samtycken följdes inte.",
  "overgang-till-vuxen": "Ingen gemensam rutin för övergången från barn- till vuxenverksamheterna.",
  "hvb-medicinering-avbrot": "Placeringen planerades utan att behandlande vårdgivare informerades.",
  "vardcentral-nekade-hembesok": "Olika syn på ansvaret för hembesök. Individens behov kom i andra hand.",
  "kunskap-om-psykos-pa-boende": "Tidiga tecken uppmärksammades inte. Krisplanen var inte känd på boendet.",
  "saknad-behorighet-mina-planer":
    "Behörighet i Mina planer saknades för en ny medarbetare och ingen annan bevakade ärendet.",
  "sip-kallelse-fel-mottagare": "Kallelsen blev liggande hos fel enhet i stället för att skickas vidare.",
};

const FEEDBACK = [
  "Tack för din rapport. Bristen har tagits upp med berörda chefer hos båda parter, och de överenskomna åtgärderna följs upp på nästa lokala samverkansmöte.",
  "Tack för att du rapporterade. Vi har haft kontakt med samverkansparten, som bekräftar bilden och har påbörjat de åtgärder ni kom överens om. Bristen tas med i arbetsgruppens årliga genomgång.",
  "Tack för din rapport. Ärendet har diskuterats med enhetscheferna hos båda huvudmännen. Åtgärderna följs upp om två månader, och du får höra av oss om något ändras.",
  "Tack för rapporten. Vi har lyft frågan med samverkanspartens ledning, som ser över sina rutiner. Bristen kommer också att tas upp i delregionalt samråd i samband med årsrapporten.",
];

const DUPLICATE = {
  reason: "Samma händelse finns redan rapporterad i ett annat ärende.",
  message:
    "Tack för din rapport. Samma händelse har redan rapporterats av en annan verksamhet och hanteras i det ärendet. Din rapport avslutas därför utan vidare åtgärd.",
};

const ESCALATION_OUTCOMES: Record<EscalationLevel, string> = {
  LOKAL: "Tas upp i den lokala samverkansgruppen, som utser en arbetsgrupp för en gemensam rutin.",
  DELREGIONAL: "Lyfts till delregionalt samråd för beslut om ansvarsfördelningen.",
};

const DAY_MS = 86_400_000;

function weekday(date: Date): Date {
  const day = new Date(date);
  const weekdayNumber = day.getUTCDay();
  if (weekdayNumber === 0 || weekdayNumber === 6)
    day.setUTCDate(day.getUTCDate() + (weekdayNumber === 6 ? 2 : 1));
  return day;
}

/** A weekday `days` after `from`, at an office hour that varies with `seed`. */
function later(from: Date, days: number, seed: number): Date {
  const day = weekday(new Date(from.getTime() + days * DAY_MS));
  day.setUTCHours(7 + (seed % 8), (seed * 13) % 60, 0, 0);
  return day.getTime() > from.getTime() ? day : new Date(from.getTime() + 20 * 60_000);
}

export function submittedAtOf(year: number, brist: DemoBrist, index: number): Date {
  const day = weekday(new Date(`${year}-${brist.day}T00:00:00Z`));
  day.setUTCHours(7 + (index % 8), (index * 17) % 60, 0, 0);
  return day;
}

/** The dates of a case's steps, spread the way a coordinator's weeks go. */
export function caseDates(submittedAt: Date, index: number): CaseDates {
  const registeredAt = later(submittedAt, 1 + (index % 4), index);
  const classifiedAt = later(registeredAt, index % 3, index + 1);
  const feedbackAt = later(classifiedAt, 6 + ((index * 5) % 17), index + 2);
  const redactedAt = later(feedbackAt, 2 + ((index * 3) % 9), index + 3);
  const approvedAt = later(redactedAt, index % 3, index + 4);
  return {
    registeredAt,
    classifiedAt,
    escalatedAt: later(classifiedAt, 3, index + 5),
    feedbackAt,
    redactedAt,
    approvedAt,
    closedAt: later(approvedAt, 1 + ((index * 7) % 19), index + 6),
  };
}

function diarienummer(year: number, sequence: number): string {
  return `SOF ${year}/${100 + sequence * 7 + (sequence % 5)}`;
}

export interface DemoPeople extends CaseHandlers {
  /** The arbetsgrupp member who records the group's reviews. */
  reviewer: Actor;
}

export interface SeededYear {
  year: number;
  reports: number;
  anonymised: number;
  reviewed: number;
  /** A case with återkoppling, for the follow-up code shown at the start. */
  withFeedback?: { reference: string; followUpCode: string };
}

/**
 * One demo year: every brist submitted at its date, handled up to its status (or as far as `now` allows), the
 * anonymised ones reviewed by the arbetsgrupp at its meetings. `firstIndex` varies reporters and kommuner across
 * years.
 */
export async function seedDemoYear(
  db: PrismaClient,
  plan: DemoYear,
  options: {
    now: Date;
    people: DemoPeople;
    firstIndex?: number;
    lookup?: ReferenceLookup;
    allow?: readonly string[];
  },
): Promise<SeededYear> {
  const { people } = options;
  // Every step lies in the past, also when `now` is given as later than the clock.
  const until = new Date(Math.min(options.now.getTime(), Date.now() - 60_000));
  const lookup = options.lookup ?? (await loadReferenceLookup(db));
  const allow = options.allow ?? (await detectorAllowList(db));
  const categories = await db.category.findMany({
    where: { year: plan.year },
    select: { id: true, name: true },
  });
  const categoryIds = (names: readonly string[]) =>
    names.map((name) => {
      const found = categories.find((category) => category.name === name);
      if (!found) throw new Error(`Kategorin ${name} saknas för ${plan.year}.`);
      return found.id;
    });

  const seeded: SeededYear = { year: plan.year, reports: 0, anonymised: 0, reviewed: 0 };
  const toReview: Array<{ reportId: string; brist: DemoBrist; approvedAt: Date; categories: string[] }> = [];

  for (const [position, brist] of plan.brister.entries()) {
    const index = (options.firstIndex ?? 0) + position;
    const submittedAt = submittedAtOf(plan.year, brist, index);
    if (submittedAt.getTime() > until.getTime()) continue;
    const scenario = scenarioByKey(brist.scenario);
    const submitted = await asOf(submittedAt, () =>
      createSubmittedReport(db, {
        now: submittedAt,
        index,
        scenario,
        lookup,
        // Most brister are reported within a few weeks.
        eventDaysBefore: 3 + ((index * 5) % 19),
        overrides:
          brist.solved && scenario.dialogue.held ? { delTva: { isSolved: brist.solved } } : undefined,
      }),
    );
    seeded.reports++;
    const { report } = submitted;
    const dates = caseDates(submittedAt, index);
    const escalationLevel: EscalationLevel = index % 2 === 0 ? "LOKAL" : "DELREGIONAL";
    const reached = await handleCase(
      db,
      people,
      report.id,
      {
        status: brist.status,
        dates,
        diarienummer: diarienummer(report.year, report.sequence),
        categoryIds: categoryIds(scenario.categories),
        feedback: FEEDBACK[index % FEEDBACK.length]!,
        escalation: report.needsEscalation
          ? { level: escalationLevel, outcome: ESCALATION_OUTCOMES[escalationLevel] }
          : undefined,
        rejection: brist.duplicate ? DUPLICATE : undefined,
        organisationWithheld: brist.organisationWithheld,
        allow,
      },
      until,
    );
    if (reached === "ATERKOPPLAD" && !seeded.withFeedback) {
      seeded.withFeedback = { reference: submitted.reference, followUpCode: submitted.followUpCode };
    }
    if (reached === "AVIDENTIFIERAD" || reached === "AVSLUTAD") {
      seeded.anonymised++;
      toReview.push({
        reportId: report.id,
        brist,
        approvedAt: dates.approvedAt,
        categories: brist.reviewCategories ?? scenario.categories,
      });
    }
  }

  const reviewing = toReview.slice(0, plan.reviewed ?? toReview.length);
  for (const [position, review] of reviewing.entries()) {
    const meeting =
      plan.reviewMeetings[Math.min(Math.floor(position / plan.perMeeting), plan.reviewMeetings.length - 1)]!;
    const meetingAt = new Date(`${meeting}T12:${String(10 + ((position * 7) % 45)).padStart(2, "0")}:00Z`);
    const reviewedAt = new Date(Math.max(meetingAt.getTime(), review.approvedAt.getTime() + DAY_MS));
    if (reviewedAt.getTime() > until.getTime()) continue;
    const input = ZSaveCaseReview.parse({
      reportId: review.reportId,
      version: "",
      categoryIds: categoryIds(review.categories),
      comment: REVIEW_COMMENTS[review.brist.scenario] ?? "",
      isReportExample: review.brist.example ?? false,
      isFocusCase: review.brist.focus ?? false,
    });
    await asOf(reviewedAt, () => saveCaseReview(db, people.reviewer, input));
    seeded.reviewed++;
  }
  return seeded;
}
