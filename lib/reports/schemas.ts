import * as z from "zod/mini";
import type { IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import { swedishToday } from "@/lib/dates";
import { ZConfirmedKinds, pruneConfirmations } from "@/lib/reports/identifier-confirmations";
import {
  blankBlockedText,
  blockedMessage,
  blockingHitsIn,
  confirmationMessage,
  findingsIn,
  isConfirmed,
} from "@/lib/reports/identifier-findings";
import { checkDateParts } from "@/lib/validation/date-parts";
import { requiredText, text } from "@/lib/validation/text";

// One schema per wizard step, shared by react-hook-form in the browser and the server actions. They are written in
// zod's tree-shakable API (`zod/mini`), so the browser's wizard gets zod's core without the classic methods.
//
// Details that can identify the individual (lib/reports/identifier-findings.ts): a personnummer or
// samordningsnummer is refused in every text. Other findings in a free-text field (a name, an exact date, an age,
// a phone number, …) are accepted only when the reporter has ticked that the field's details are needed: the
// field's entry in `identifierConfirmations` must list every kind found. The browser has the light detector, so
// these rules use it; the server checks the blocking kinds again with the full one (lib/reports/blocked-text.ts).

/** Refuses a personnummer or samordningsnummer; `where` names the field in the message ("beskrivningen"). */
const refuseBlocked = (where?: string) =>
  z.superRefine((value: string, ctx) => {
    const hits = blockingHitsIn(value);
    if (hits.length > 0) ctx.addIssue({ code: "custom", message: blockedMessage(hits, where) });
  });

/** Free text about the event: a personnummer is refused; other findings need the field's confirmation. */
const freeText = (label: string, min: number, max: number, where: string) =>
  requiredText(label, min, max).check(refuseBlocked(where));

/** Free text that may be left empty, with the same rules. */
const optionalFreeText = (maxMessage: string, max: number, where: string) =>
  text().check(z.trim(), z.maxLength(max, { error: maxMessage }), refuseBlocked(where));

/** A short answer (a role, a unit, an organisation): no personnummer there either. */
const shortText = (label: string, min: number, max: number) =>
  requiredText(label, min, max).check(refuseBlocked());

/** The schema's output passed through `fn`: what `.transform(fn)` is in zod's classic API. */
const transformed = <A extends z.core.SomeType, O>(schema: A, fn: (value: z.output<A>) => O) =>
  z.pipe(schema, z.transform(fn));

/** Per free-text field, the kinds of finding the reporter confirmed as needed (never the text). */
function confirmationsOf<F extends string>(...fields: F[]) {
  const shape = Object.fromEntries(fields.map((field) => [field, z.optional(ZConfirmedKinds)])) as Record<
    F,
    z.ZodMiniOptional<typeof ZConfirmedKinds>
  >;
  // Every field is optional, so an empty object is a valid value; TypeScript can't see that for a generic F.
  return z._default(z.object(shape), {} as never);
}

/**
 * The values with the field confirmations pruned to the kinds still found in each text, and left out when nothing
 * is kept: that is what is stored.
 */
function withKeptConfirmations<T extends { identifierConfirmations: object }, F extends string>(
  values: T,
  texts: Record<F, string>,
): Omit<T, "identifierConfirmations"> & { identifierConfirmations?: Partial<Record<F, IdentifierKind[]>> } {
  const { identifierConfirmations, ...rest } = values;
  const kept = pruneConfirmations(texts, identifierConfirmations as Partial<Record<F, IdentifierKind[]>>);
  return Object.keys(kept).length > 0 ? { ...rest, identifierConfirmations: kept } : rest;
}

/** The confirmation rule: every kind found in the text (other than the blocking ones) must be confirmed. */
function requireConfirmation(
  ctx: z.core.$RefinementCtx,
  text: unknown,
  confirmed: readonly unknown[] | undefined,
  path: PropertyKey[],
  where: string,
) {
  if (typeof text !== "string") return;
  const kinds = findingsIn(text).confirmableKinds;
  if (!isConfirmed(kinds, confirmed)) {
    const unconfirmed = kinds.filter((kind) => !confirmed?.includes(kind));
    ctx.addIssue({ code: "custom", path, message: confirmationMessage(where, unconfirmed) });
  }
}

/** How the messages name each free-text field: "Ta bort personnumret ur beskrivningen." */
const WHERE = {
  description: "beskrivningen",
  actionsTaken: "åtgärderna ni vidtagit",
  measure: "åtgärden",
  noDialogueReason: "förklaringen",
  escalationComment: "kommentaren om att lyfta vidare",
  partnerComment: "kommentaren",
} as const;

/** The normalised date when the typed one passes, else the typed value (the issue is reported by the refinement). */
function normalisedDate(value: string, options: Parameters<typeof checkDateParts>[1]): string {
  const checked = checkDateParts(value, options);
  return checked.ok ? checked.value : value;
}

const yesNo = z.enum(["ja", "nej"], { error: "Välj ja eller nej." });

const EVENT_DATE = { emptyMessage: "Fyll i datumet då det hände." };
const EVENT_MONTH = { hasDay: false, emptyMessage: "Fyll i månaden då det hände." };
const DIALOGUE_DATE = { emptyMessage: "Fyll i datumet för dialogen." };
const TARGET_DATE = { emptyMessage: "" };

export const ZReporterStep = z.object({
  reporterName: shortText("ditt namn", 2, 120),
  reporterEmail: z.pipe(
    text().check(z.trim(), z.minLength(1, { error: "Fyll i din e-postadress." })),
    z.email({ error: "Skriv e-postadressen som namn@exempel.se." }),
  ),
  reporterPhone: text().check(
    z.trim(),
    z.maxLength(30, { error: "Telefonnumret får vara högst 30 tecken." }),
    z.refine((v: string) => v === "" || /^\+?[\d\s()-]{6,}$/.test(v), {
      error: "Skriv telefonnumret med siffror, till exempel 070-174 06 50.",
    }),
    refuseBlocked(),
  ),
  organisationId: text().check(z.minLength(1, { error: "Välj din organisation." })),
  unit: shortText("enhet eller verksamhet", 2, 160),
  reporterRole: shortText("din roll", 2, 120),
  hasConsultedChef: yesNo,
});

export const ZPartnerStep = z
  .object({
    partnerOrganisationIds: z
      .array(text().check(z.minLength(1)))
      .check(z.maxLength(10, { error: "Välj högst tio samverkansparter." })),
    partnerOther: text().check(
      z.trim(),
      z.maxLength(160, { error: "Övrig aktör får vara högst 160 tecken." }),
      refuseBlocked(),
    ),
  })
  .check(
    z.refine((v) => v.partnerOrganisationIds.length > 0 || v.partnerOther.length > 0, {
      error: "Välj minst en samverkanspart eller skriv en övrig aktör.",
      path: ["partnerOrganisationIds"],
    }),
  );

export const ZEventStep = transformed(
  z
    .object({
      eventTiming: z.enum(["datum", "manad"], { error: "Välj om du vet datumet eller bara månaden." }),
      eventDate: text().check(z.trim()),
      eventMonth: text().check(z.trim()),
      areaIds: z
        .array(text().check(z.minLength(1)))
        .check(z.minLength(1, { error: "Välj minst ett område." })),
      // "" is the answer "Vill inte ange": it must be chosen like the others, never be the default.
      ageGroup: z.enum(["", "BARN", "VUXEN", "ALDRE"], {
        error: "Välj en åldersgrupp eller ”Vill inte ange”.",
      }),
    })
    .check(
      z.superRefine((v, ctx) => {
        const today = swedishToday();
        if (v.eventTiming === "datum") {
          const checked = checkDateParts(v.eventDate, { ...EVENT_DATE, today });
          if (!checked.ok) ctx.addIssue({ code: "custom", path: ["eventDate"], message: checked.message });
        }
        if (v.eventTiming === "manad") {
          const checked = checkDateParts(v.eventMonth, { ...EVENT_MONTH, today });
          if (!checked.ok) ctx.addIssue({ code: "custom", path: ["eventMonth"], message: checked.message });
        }
      }),
    ),
  // The date or month not chosen is stored as typed, except that a personnummer typed there never is.
  (v) => {
    const kept = blankBlockedText(v);
    return v.eventTiming === "datum"
      ? { ...kept, eventDate: normalisedDate(kept.eventDate, EVENT_DATE) }
      : { ...kept, eventMonth: normalisedDate(kept.eventMonth, EVENT_MONTH) };
  },
);
export const ZDescriptionStep = transformed(
  z
    .object({
      description: freeText("beskrivningen av händelsen", 20, 6000, WHERE.description),
      actionsTaken: freeText("vilka åtgärder ni vidtagit", 10, 6000, WHERE.actionsTaken),
      identifierConfirmations: confirmationsOf("description", "actionsTaken"),
    })
    .check(
      z.superRefine((v, ctx) => {
        for (const field of ["description", "actionsTaken"] as const) {
          requireConfirmation(
            ctx,
            v[field],
            v.identifierConfirmations[field],
            ["identifierConfirmations", field],
            WHERE[field],
          );
        }
      }),
    ),
  (v) => withKeptConfirmations(v, { description: v.description, actionsTaken: v.actionsTaken }),
);

export const ZMeasure = transformed(
  z
    .object({
      description: freeText("åtgärden", 5, 1000, WHERE.measure),
      responsibleParty: shortText("vem som ansvarar", 2, 160),
      targetDate: transformed(
        text().check(
          z.trim(),
          z.superRefine((v: string, ctx) => {
            const checked = v === "" ? null : checkDateParts(v, TARGET_DATE);
            if (checked && !checked.ok) ctx.addIssue({ code: "custom", message: checked.message });
          }),
        ),
        (v) => (v === "" ? v : normalisedDate(v, TARGET_DATE)),
      ),
      identifierConfirmations: confirmationsOf("description"),
    })
    .check(
      z.superRefine((v, ctx) => {
        requireConfirmation(
          ctx,
          v.description,
          v.identifierConfirmations.description,
          ["identifierConfirmations", "description"],
          WHERE.measure,
        );
      }),
    ),
  (v) => withKeptConfirmations(v, { description: v.description }),
);

export const ZParticipant = z.object({
  organisation: shortText("organisation", 2, 160),
  role: shortText("roll", 2, 120),
});

function addEntryIssues(
  ctx: z.core.$RefinementCtx,
  field: string,
  entries: unknown[],
  schema: z.core.$ZodType,
) {
  entries.forEach((entry, index) => {
    const result = z.safeParse(schema, entry);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", path: [field, index, ...issue.path], message: issue.message });
    }
  });
}

/** The most parties and measures del två takes; the form stops offering more rows at these. */
export const MAX_PARTICIPANTS = 20;
export const MAX_MEASURES = 20;

export const ZDelTvaStep = transformed(
  z
    .object({
      dialogueHeld: yesNo,
      dialogueDate: text().check(z.trim()),
      // Entries are checked in superRefine, and only when a dialogue was held: empty rows left behind
      // after answering "nej" must not block sending.
      participants: z
        .array(z.object({ organisation: text(), role: text() }))
        .check(z.maxLength(MAX_PARTICIPANTS, { error: `Ange högst ${MAX_PARTICIPANTS} parter.` })),
      measures: z
        .array(
          z.object({
            description: text(),
            responsibleParty: text(),
            targetDate: text(),
            identifierConfirmations: confirmationsOf("description"),
          }),
        )
        .check(z.maxLength(MAX_MEASURES, { error: `Ange högst ${MAX_MEASURES} åtgärder.` })),
      isSolved: z.enum(["", "JA", "DELVIS", "NEJ"]),
      needsEscalation: yesNo,
      escalationComment: optionalFreeText(
        "Kommentaren får vara högst 2000 tecken.",
        2000,
        WHERE.escalationComment,
      ),
      // Checked for identifiers in superRefine, and only when no dialogue was held: only then is it kept.
      noDialogueReason: text().check(
        z.trim(),
        z.maxLength(2000, { error: "Förklaringen får vara högst 2000 tecken." }),
      ),
      identifierConfirmations: confirmationsOf("noDialogueReason", "escalationComment"),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.dialogueHeld === "ja") {
          const checked = checkDateParts(v.dialogueDate, { ...DIALOGUE_DATE, today: swedishToday() });
          if (!checked.ok) ctx.addIssue({ code: "custom", path: ["dialogueDate"], message: checked.message });
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
          const hits = blockingHitsIn(v.noDialogueReason);
          if (hits.length > 0) {
            ctx.addIssue({
              code: "custom",
              path: ["noDialogueReason"],
              message: blockedMessage(hits, WHERE.noDialogueReason),
            });
          }
          requireConfirmation(
            ctx,
            v.noDialogueReason,
            v.identifierConfirmations.noDialogueReason,
            ["identifierConfirmations", "noDialogueReason"],
            WHERE.noDialogueReason,
          );
        }
        requireConfirmation(
          ctx,
          v.escalationComment,
          v.identifierConfirmations.escalationComment,
          ["identifierConfirmations", "escalationComment"],
          WHERE.escalationComment,
        );
      }),
    ),
  (v) => {
    // Answers the report does not keep (the lists after "nej", the reason after "ja") are stored as typed, so
    // switching back finds them, except that a personnummer typed there never is.
    const kept = blankBlockedText(v);
    return withKeptConfirmations(
      {
        ...kept,
        dialogueDate:
          v.dialogueHeld === "ja" ? normalisedDate(kept.dialogueDate, DIALOGUE_DATE) : kept.dialogueDate,
        measures: kept.measures.map((measure) =>
          withKeptConfirmations(
            {
              ...measure,
              targetDate: measure.targetDate === "" ? "" : normalisedDate(measure.targetDate, TARGET_DATE),
            },
            { description: measure.description },
          ),
        ),
      },
      { noDialogueReason: kept.noDialogueReason, escalationComment: kept.escalationComment },
    );
  },
);

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
/** Each step's answers as its form holds them, before parsing. */
export type TReportSubmissionInput = z.input<typeof ZReportSubmission>;

export const ZPartnerComment = transformed(
  z
    .object({
      organisation: shortText("din organisation", 2, 160),
      role: shortText("din roll", 2, 120),
      comment: freeText("kommentaren", 5, 4000, WHERE.partnerComment),
      identifierConfirmations: confirmationsOf("comment"),
    })
    .check(
      z.superRefine((v, ctx) => {
        requireConfirmation(
          ctx,
          v.comment,
          v.identifierConfirmations.comment,
          ["identifierConfirmations", "comment"],
          WHERE.partnerComment,
        );
      }),
    ),
  (v) => withKeptConfirmations(v, { comment: v.comment }),
);
export type TPartnerComment = z.infer<typeof ZPartnerComment>;

export const ZFollowUpCode = z.object({
  code: transformed(text().check(z.trim(), z.minLength(1, { error: "Fyll i din uppföljningskod." })), (v) =>
    v.toUpperCase().replace(/[^A-Z0-9]/g, ""),
  ).check(
    z.refine((v: string) => v.length >= 20, {
      error: "Koden är för kort. Kontrollera att du skrivit av hela koden.",
    }),
  ),
});

/** The resume code typed on /rapportera/fortsatt, or taken from the link's "#kod=" fragment. */
export const ZResumeCode = z.object({
  code: text().check(
    z.trim(),
    z.minLength(1, { error: "Fyll i din kod." }),
    z.minLength(20, { error: "Skriv av hela koden, den har 26 tecken." }),
    z.maxLength(80, { error: "Skriv av hela koden, den har 26 tecken." }),
  ),
});

export const ZPartnerLinkRequest = z.object({
  email: z.pipe(
    text().check(z.trim(), z.minLength(1, { error: "Fyll i samverkanspartens e-postadress." })),
    z.email({ error: "Skriv e-postadressen som namn@exempel.se." }),
  ),
});
