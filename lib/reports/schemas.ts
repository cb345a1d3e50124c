import { z } from "zod";
import { detectIdentifiers, isStrongIdentifier } from "@/lib/anonymise/detect-identifiers";
import { isRealDate, swedishToday } from "@/lib/dates";
import { requiredText } from "@/lib/validation/fields";

// One schema per wizard step, shared by react-hook-form in the browser and the server actions.

/** The message for strong identifiers (names, dates and ages are only warned about), or null when there are none. */
function identifierMessage(value: string): string | null {
  const strong = detectIdentifiers(value).filter(isStrongIdentifier);
  if (strong.length === 0) return null;
  const kinds = [...new Set(strong.map((hit) => hit.kind))];
  return `Ta bort uppgifter som kan identifiera personen (${kinds.join(", ")}). Beskriv utan personnummer, telefonnummer, e-post eller adress.`;
}

function refuseIdentifiers(value: string, ctx: z.RefinementCtx) {
  const message = identifierMessage(value);
  if (message) ctx.addIssue({ code: "custom", message });
}

/** Free text about the event: strong identifiers are refused, so they never reach the coordinators' registry. */
const freeText = (label: string, min: number, max: number) =>
  requiredText(label, min, max).superRefine(refuseIdentifiers);

/** Free text that may be left empty, with the same refusal of strong identifiers. */
const optionalFreeText = (maxMessage: string, max: number) =>
  z.string().trim().max(max, { error: maxMessage }).superRefine(refuseIdentifiers);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-(0[1-9]|1[0-2])$/;

const NO_SUCH_DATE = "Datumet finns inte.";

/** Why a typed date is refused: the format message, "Datumet finns inte." (2026-02-30), or null when it is fine. */
function dateProblem(value: string, formatMessage: string): string | null {
  if (!isoDate.test(value)) return formatMessage;
  return isRealDate(value) ? null : NO_SUCH_DATE;
}

const yesNo = z.enum(["ja", "nej"], { error: "Välj ja eller nej." });

export const ZReporterStep = z.object({
  reporterName: requiredText("ditt namn", 2, 120),
  reporterEmail: z
    .string()
    .trim()
    .min(1, { error: "Fyll i din e-postadress." })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." })),
  reporterPhone: z
    .string()
    .trim()
    .max(30, { error: "Telefonnumret får vara högst 30 tecken." })
    .refine((v) => v === "" || /^\+?[\d\s()-]{6,}$/.test(v), {
      error: "Skriv telefonnumret med siffror, till exempel 070-174 06 50.",
    }),
  organisationId: z.string().min(1, { error: "Välj din organisation." }),
  unit: requiredText("enhet eller verksamhet", 2, 160),
  reporterRole: requiredText("din roll", 2, 120),
  hasConsultedChef: yesNo,
});

export const ZPartnerStep = z
  .object({
    partnerOrganisationIds: z.array(z.string().min(1)).max(10, { error: "Välj högst tio samverkansparter." }),
    partnerOther: z.string().trim().max(160, { error: "Övrig aktör får vara högst 160 tecken." }),
  })
  .refine((v) => v.partnerOrganisationIds.length > 0 || v.partnerOther.length > 0, {
    error: "Välj minst en samverkanspart eller skriv en övrig aktör.",
    path: ["partnerOrganisationIds"],
  });

export const ZEventStep = z
  .object({
    eventTiming: z.enum(["datum", "manad"], { error: "Välj om du anger datum eller månad." }),
    eventDate: z.string().trim(),
    eventMonth: z.string().trim(),
    areaIds: z.array(z.string().min(1)).min(1, { error: "Välj minst ett område." }),
    ageGroup: z.enum(["", "BARN", "VUXEN", "ALDRE"], { error: "Välj en åldersgrupp eller lämna tomt." }),
  })
  .superRefine((v, ctx) => {
    const today = swedishToday();
    if (v.eventTiming === "datum") {
      const problem = dateProblem(v.eventDate, "Ange ett datum som ÅÅÅÅ-MM-DD.");
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["eventDate"], message: problem });
      } else if (v.eventDate > today) {
        ctx.addIssue({ code: "custom", path: ["eventDate"], message: "Datumet kan inte ligga i framtiden." });
      }
    }
    if (v.eventTiming === "manad") {
      if (!isoMonth.test(v.eventMonth)) {
        ctx.addIssue({ code: "custom", path: ["eventMonth"], message: "Ange månaden som ÅÅÅÅ-MM." });
      } else if (v.eventMonth > today.slice(0, 7)) {
        ctx.addIssue({
          code: "custom",
          path: ["eventMonth"],
          message: "Månaden kan inte ligga i framtiden.",
        });
      }
    }
  });

export const ZDescriptionStep = z.object({
  description: freeText("beskrivningen av händelsen", 20, 6000),
  actionsTaken: freeText("vilka åtgärder ni vidtagit", 10, 6000),
});

export const ZMeasure = z.object({
  description: freeText("åtgärden", 5, 1000),
  responsibleParty: requiredText("vem som ansvarar", 2, 160),
  targetDate: z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const problem = v === "" ? null : dateProblem(v, "Ange måldatum som ÅÅÅÅ-MM-DD.");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export const ZParticipant = z.object({
  organisation: requiredText("organisation", 2, 160),
  role: requiredText("roll", 2, 120),
});

function addEntryIssues(ctx: z.RefinementCtx, field: string, entries: unknown[], schema: z.ZodType) {
  entries.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", path: [field, index, ...issue.path], message: issue.message });
    }
  });
}

export const ZDelTvaStep = z
  .object({
    dialogueHeld: yesNo,
    dialogueDate: z.string().trim(),
    // Entries are checked in superRefine, and only when a dialogue was held: empty rows left behind
    // after answering "nej" must not block sending.
    participants: z.array(z.object({ organisation: z.string(), role: z.string() })).max(20),
    measures: z
      .array(z.object({ description: z.string(), responsibleParty: z.string(), targetDate: z.string() }))
      .max(20),
    isSolved: z.enum(["", "JA", "DELVIS", "NEJ"]),
    needsEscalation: yesNo,
    escalationComment: optionalFreeText("Kommentaren får vara högst 2000 tecken.", 2000),
    // Checked for identifiers in superRefine, and only when no dialogue was held: only then is it kept.
    noDialogueReason: z.string().trim().max(2000, { error: "Förklaringen får vara högst 2000 tecken." }),
  })
  .superRefine((v, ctx) => {
    if (v.dialogueHeld === "ja") {
      const problem = dateProblem(v.dialogueDate, "Ange datum för dialogen som ÅÅÅÅ-MM-DD.");
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["dialogueDate"], message: problem });
      } else if (v.dialogueDate > swedishToday()) {
        ctx.addIssue({
          code: "custom",
          path: ["dialogueDate"],
          message: "Dialogen kan inte ha skett i framtiden.",
        });
      }
      addEntryIssues(ctx, "participants", v.participants, ZParticipant);
      addEntryIssues(ctx, "measures", v.measures, ZMeasure);
      if (v.participants.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["participants"],
          message: "Lägg till minst en part som deltog.",
        });
      }
      if (v.measures.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["measures"],
          message: "Lägg till minst en åtgärd ni kom överens om.",
        });
      }
      if (v.isSolved === "") {
        ctx.addIssue({ code: "custom", path: ["isSolved"], message: "Välj om bristen är löst." });
      }
    } else if (v.noDialogueReason.length < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["noDialogueReason"],
        message: "Beskriv med minst 10 tecken varför ingen dialog kunde hållas.",
      });
    } else {
      const message = identifierMessage(v.noDialogueReason);
      if (message) ctx.addIssue({ code: "custom", path: ["noDialogueReason"], message });
    }
  });

export const ZReportSubmission = z.object({
  reporter: ZReporterStep,
  partner: ZPartnerStep,
  event: ZEventStep,
  description: ZDescriptionStep,
  delTva: ZDelTvaStep,
});

export type TReporterStep = z.infer<typeof ZReporterStep>;
export type TPartnerStep = z.infer<typeof ZPartnerStep>;
export type TEventStep = z.infer<typeof ZEventStep>;
export type TDescriptionStep = z.infer<typeof ZDescriptionStep>;
export type TDelTvaStep = z.infer<typeof ZDelTvaStep>;
export type TReportSubmission = z.infer<typeof ZReportSubmission>;

export const ZPartnerComment = z.object({
  organisation: requiredText("din organisation", 2, 160),
  role: requiredText("din roll", 2, 120),
  comment: freeText("kommentaren", 5, 4000),
});
export type TPartnerComment = z.infer<typeof ZPartnerComment>;

export const ZFollowUpCode = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "Fyll i din uppföljningskod." })
    .transform((v) => v.toUpperCase().replace(/[^A-Z0-9]/g, ""))
    .refine((v) => v.length >= 20, { error: "Koden är för kort. Kontrollera att du skrivit av hela koden." }),
});

/** The resume code typed on /rapportera/fortsatt, or taken from the link's "#kod=" fragment. */
export const ZResumeCode = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "Fyll i din kod." })
    .min(20, { error: "Skriv av hela koden, den har 26 tecken." })
    .max(80, { error: "Skriv av hela koden, den har 26 tecken." }),
});

export const ZPartnerLinkRequest = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Fyll i samverkanspartens e-postadress." })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." })),
});
