import { z } from "zod";
import { ZAuditAction } from "@/lib/audit/audit-actions";
import { ZCreateUser, ZPassword, ZRole } from "@/lib/users/schemas";

/**
 * One schema per admin form, used by react-hook-form in the browser and parsed again in the server action.
 * The browser sends the raw form values (strings), so a schema may transform them (e.g. "30" → 30); the domain
 * functions in lib/admin take the parsed output.
 */

const id = z.string().min(1).max(40);

const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .min(min, { error: `${capitalise(label)} behöver vara minst ${min} tecken.` })
    .max(max, { error: `${capitalise(label)} får vara högst ${max} tecken.` });

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A whole number typed into a text field. */
const integer = (label: string, min: number, max: number) =>
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .regex(/^\d+$/, {
      error: `Skriv ${label} som ett heltal, till exempel ${Math.max(min, 10)}.`,
      abort: true,
    })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${capitalise(label)} måste vara minst ${min}.` })
        .max(max, { error: `${capitalise(label)} får vara högst ${max}.` }),
    );

const email = (label: string) =>
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .toLowerCase()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." }));

const isoDate = (label: string) =>
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .refine(isRealDate, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.` });

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const year = integer("året", 2000, 2100);
const sortOrder = integer("sorteringen", 0, 100_000);

// Users

const samePasswords = (values: { password: string; passwordConfirm: string }) =>
  values.password === values.passwordConfirm;
const PASSWORDS_DIFFER = {
  error: "Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.",
  path: ["passwordConfirm"],
};

export const ZInviteUser = z
  .object({
    name: ZCreateUser.shape.name,
    email: ZCreateUser.shape.email,
    role: ZRole,
    password: ZPassword,
    passwordConfirm: z.string(),
  })
  .refine(samePasswords, PASSWORDS_DIFFER);
export type TInviteUser = z.output<typeof ZInviteUser>;

export const ZChangeUserRole = z.object({ userId: id, role: ZRole });
export type TChangeUserRole = z.output<typeof ZChangeUserRole>;

export const ZUserRef = z.object({ userId: id });
export type TUserRef = z.output<typeof ZUserRef>;

export const ZResetUserPassword = z
  .object({ userId: id, password: ZPassword, passwordConfirm: z.string() })
  .refine(samePasswords, PASSWORDS_DIFFER);
export type TResetUserPassword = z.output<typeof ZResetUserPassword>;

// Organisations, areas, categories

export const ZHuvudman = z.enum(["KOMMUN", "REGION", "OVRIG"], { error: "Välj huvudman." });

export const ZCreateOrganisation = z.object({
  name: requiredText("namnet", 2, 200),
  huvudman: ZHuvudman,
  sortOrder,
});
export type TCreateOrganisation = z.output<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = ZCreateOrganisation.extend({ id });
export type TUpdateOrganisation = z.output<typeof ZUpdateOrganisation>;

export const ZCreateArea = z.object({
  code: z
    .string({ error: "Fyll i koden." })
    .trim()
    .toUpperCase()
    .min(1, { error: "Fyll i koden.", abort: true })
    .regex(/^[A-ZÅÄÖ0-9_]{2,40}$/, {
      error: "Koden får bara ha bokstäver, siffror och understreck (2–40 tecken), till exempel BARN_UNGA.",
    }),
  name: requiredText("namnet", 2, 200),
  sortOrder,
});
export type TCreateArea = z.output<typeof ZCreateArea>;

/** The code is the area's stable identifier (defaults are tracked by it), so it cannot change. */
export const ZUpdateArea = z.object({ id, name: requiredText("namnet", 2, 200), sortOrder });
export type TUpdateArea = z.output<typeof ZUpdateArea>;

export const ZCreateCategory = z.object({ year, name: requiredText("namnet", 2, 200), sortOrder });
export type TCreateCategory = z.output<typeof ZCreateCategory>;

export const ZUpdateCategory = z.object({ id, name: requiredText("namnet", 2, 200), sortOrder });
export type TUpdateCategory = z.output<typeof ZUpdateCategory>;

export const ZCopyCategories = z
  .object({ fromYear: year, toYear: integer("det nya året", 2000, 2100) })
  .refine((values) => values.fromYear !== values.toYear, {
    error: "Välj ett annat år än det du kopierar från.",
    path: ["toYear"],
  });
export type TCopyCategories = z.output<typeof ZCopyCategories>;

/** Deactivating or reactivating an organisation, area or category. */
export const ZSetActive = z.object({ id, isActive: z.boolean() });
export type TSetActive = z.output<typeof ZSetActive>;

// Settings

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const ZInstanceSettingsForm = z.object({
  serviceName: requiredText("tjänstens namn", 2, 120),
  samradName: requiredText("samrådets namn", 2, 200),
  hostOrganisation: requiredText("värdorganisationen", 2, 200),
  coordinatorRoles: z
    .string()
    .refine((text) => lines(text).length > 0, { error: "Skriv minst en samordnarroll." })
    .refine((text) => lines(text).length <= 10, { error: "Högst 10 samordnarroller." })
    .refine((text) => lines(text).every((line) => line.length >= 2 && line.length <= 200), {
      error: "Varje roll ska vara 2–200 tecken.",
    })
    .transform(lines),
  coordinatorMailboxes: z
    .string()
    .superRefine((text, ctx) => {
      const all = lines(text);
      if (all.length > 20) ctx.addIssue({ code: "custom", message: "Högst 20 adresser." });
      const invalid = all.findIndex((line) => !z.email().safeParse(line).success);
      if (invalid >= 0) {
        ctx.addIssue({
          code: "custom",
          message: `Rad ${invalid + 1} är inte en e-postadress. Skriv en adress per rad, till exempel samordnare@kommun.se.`,
        });
      }
    })
    .transform((text) => lines(text).map((line) => line.toLowerCase())),
  accessibilityContactEmail: email("e-postadressen för tillgänglighetsfrågor"),
  routineSteps: z
    .array(
      z.object({
        title: requiredText("stegets rubrik", 2, 200),
        text: requiredText("stegets text", 2, 2000),
      }),
    )
    .min(1, { error: "Rutinen behöver minst ett steg." })
    .max(10, { error: "Rutinen får ha högst 10 steg." }),
});
export type TInstanceSettingsFormInput = z.input<typeof ZInstanceSettingsForm>;

export const ZReminderSettingsForm = z.object({
  noFeedbackDays: integer("antalet dagar utan återkoppling", 1, 365),
  delTvaMissingDays: integer("antalet dagar utan del två", 1, 365),
});

export const ZRetentionSettingsForm = z.object({
  draftExpiryDays: integer("antalet dagar för utkast", 1, 730),
  partnerLinkDays: integer("antalet dagar för länken till samverkansparten", 1, 90),
});

// Audit log

export const AUDIT_LOG_WITHOUT_ACCOUNT = "utan-konto";

/** The audit log's search, read from the URL so a search can be bookmarked and exported as it is. */
export const ZAuditLogFilters = z.object({
  handelse: ZAuditAction.optional().catch(undefined),
  anvandare: z.string().trim().max(40).optional().catch(undefined),
  arende: z.string().trim().max(40).optional().catch(undefined),
  fran: z.string().refine(isRealDate).optional().catch(undefined),
  till: z.string().refine(isRealDate).optional().catch(undefined),
  sida: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type TAuditLogFilters = z.output<typeof ZAuditLogFilters>;
export type TAuditLogSearch = Omit<TAuditLogFilters, "sida">;

/** The search without the page number: what an export and the page links carry. */
export function auditLogSearch(filters: TAuditLogFilters): TAuditLogSearch {
  return {
    handelse: filters.handelse,
    anvandare: filters.anvandare,
    arende: filters.arende,
    fran: filters.fran,
    till: filters.till,
  };
}

export const ZStartAuditReview = z
  .object({
    from: isoDate("första dagen"),
    to: isoDate("sista dagen"),
    sampleSize: integer("antalet händelser", 1, 100),
  })
  .refine((values) => !isRealDate(values.from) || !isRealDate(values.to) || values.from <= values.to, {
    error: "Sista dagen kan inte vara före första dagen.",
    path: ["to"],
  });
export type TStartAuditReview = z.output<typeof ZStartAuditReview>;

export const ZCompleteAuditReview = z.object({
  reviewId: id,
  conclusion: requiredText("slutsatsen", 2, 4000),
});
export type TCompleteAuditReview = z.output<typeof ZCompleteAuditReview>;

export const ZOutboxPage = z.object({
  sida: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
