import * as z from "zod";
import { CaseStatus, EscalationLevel, RedactionState, Role } from "@/generated/prisma/enums";
import type { AuditValue } from "@/lib/audit/audit-diff";
import type { Permission } from "@/lib/auth/roles";
import { OVERDUE_LABELS } from "@/lib/cases/overdue";
import { id } from "@/lib/validation/fields";

/**
 * Every audit event in one place: what its row's data holds, how the audit log names it, how a case's timeline
 * says it, where the audit log's search lists it, and whether a loggkontroll samples it. A row's data holds
 * identifiers and old → new values only, never report text: the schemas below are what writeAudit accepts.
 */

/** The audit log search's groups of events, in the order the search lists them. */
export const AUDIT_EVENT_GROUPS = [
  "Åtkomst och inloggning",
  "Ärenden",
  "Arbetsgruppen",
  "Rapportering",
  "Administration",
  "Gallring",
  "Loggkontroll",
] as const;
export type AuditEventGroup = (typeof AUDIT_EVENT_GROUPS)[number];

interface AuditEventDefinition {
  /** The event's name in the audit log and its CSV export. */
  label: string;
  /** What happened, said from the actor's side, on a case's timeline. */
  phrase: string;
  group: AuditEventGroup;
  /**
   * Which loggkontroll samples it: "staff" (the default: staff's reads of case data, refusals and exports) or
   * "security" (failed sign-ins and anonymous refusals, their own choice); false for neither.
   */
  sampled: "staff" | "security" | false;
  /** The row's data; events without data have an empty object and store none. */
  data: z.ZodType<Readonly<Record<string, AuditValue | undefined>>>;
}

const ZAuditValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Optional `<field>From` and `<field>To` for each field, as auditDiff records a change. */
type ChangeShape<F extends string> = {
  [K in F as `${K}From` | `${K}To`]: z.ZodOptional<typeof ZAuditValue>;
};
function changes<const F extends string>(...fields: F[]): ChangeShape<F> {
  return Object.fromEntries(
    fields.flatMap((field) => [
      [`${field}From`, ZAuditValue.optional()],
      [`${field}To`, ZAuditValue.optional()],
    ]),
  ) as ChangeShape<F>;
}

const PERMISSIONS = [
  "case:read",
  "case:write",
  "anonymised:read",
  "admin:manage",
  "audit:read",
] as const satisfies readonly Permission[];
// Fails to compile when a permission is added without being listed above.
const everyPermission: Exclude<Permission, (typeof PERMISSIONS)[number]> extends never ? true : never = true;
void everyPermission;

const none = z.strictObject({});
/** What an anonymous client was refused, as counted per window instead of one audit row each. */
export const ANONYMOUS_REFUSAL_KINDS = [
  "staff_page",
  "follow_up_code",
  "partner_link",
  "sign_in",
  /** Over an hourly cap: drafts, partner links, replies. */
  "capped",
  /** A partner link or receipt to a domain the organisations don't allow. */
  "mail_domain",
] as const;
export type AnonymousRefusalKind = (typeof ANONYMOUS_REFUSAL_KINDS)[number];
const count = z.number().int().nonnegative();
const privilegedKind = z.enum(["ACCOUNT_ACTIVATION", "ROLE_CHANGE", "PASSWORD_RESET", "TWO_FACTOR_RESET"]);
/** Ids joined with commas, sorted: the lists a classification moved between. */
const idList = z.string().regex(/^([^,\s]+(,[^,\s]+)*)?$/);
const reference = z.string().min(1).max(40);
const ZCaseStatus = z.enum(CaseStatus);
const referenceChange = z.enum(["created", "updated", "deactivated", "reactivated"]);
const activeChange = { isActiveFrom: z.boolean().optional(), isActiveTo: z.boolean().optional() };

export const AUDIT_EVENTS = {
  // Åtkomst och inloggning
  CASE_VIEWED: {
    label: "Ärende läst",
    phrase: "Öppnade ärendet",
    group: "Åtkomst och inloggning",
    sampled: "staff",
    data: none,
  },
  CASE_PRINTED: {
    label: "Ärende utskrivet",
    phrase: "Skrev ut ärendet",
    group: "Åtkomst och inloggning",
    sampled: "staff",
    data: none,
  },
  ACCESS_REFUSED: {
    label: "Åtkomst nekad",
    phrase: "Nekades åtkomst",
    group: "Åtkomst och inloggning",
    sampled: "staff",
    data: z.strictObject({
      permission: z.enum(PERMISSIONS),
      /** The id asked for when no case has it (cut to 40 characters). */
      requestedId: z.string().max(40).optional(),
    }),
  },
  SIGN_IN: {
    label: "Inloggning",
    phrase: "Loggade in",
    group: "Åtkomst och inloggning",
    sampled: false,
    /** How: with our password (older rows have no method) or through the organisation's single sign-on. */
    data: z.strictObject({ method: z.enum(["password", "sso"]).optional() }),
  },
  SIGN_IN_FAILED: {
    label: "Misslyckad inloggning",
    phrase: "Misslyckad inloggning",
    group: "Åtkomst och inloggning",
    sampled: "security",
    data: z.strictObject({
      reason: z.enum([
        "rate_limited",
        "wrong_password",
        "inactive",
        "unknown_user",
        "wrong_code",
        "code_rate_limited",
        /** The account signs in only through single sign-on. */
        "sso_only",
        /** Password sign-in is turned off for the whole instance (PASSWORD_SIGN_IN=false). */
        "password_sign_in_off",
        /** The provider says the e-mail address is not verified, or sent none. */
        "email_not_verified",
        /** Our second factor is needed and the provider's MFA is not trusted (OIDC_TRUSTED_MFA=false). */
        "second_factor_not_trusted",
      ]),
      method: z.enum(["password", "sso"]).optional(),
    }),
  },
  TWO_FACTOR_ENABLED: {
    label: "Tvåstegsverifiering aktiverad",
    phrase: "Aktiverade tvåstegsverifiering",
    group: "Åtkomst och inloggning",
    sampled: false,
    data: none,
  },
  RECOVERY_CODE_USED: {
    label: "Reservkod använd",
    phrase: "Loggade in med en reservkod",
    group: "Åtkomst och inloggning",
    sampled: "security",
    data: z.strictObject({ remaining: count }),
  },
  SESSION_ENDED: {
    label: "Session avslutad",
    phrase: "Avslutade en av sina sessioner",
    group: "Åtkomst och inloggning",
    sampled: false,
    data: z.strictObject({ sessionId: id }),
  },
  SIGN_OUT: {
    label: "Utloggning",
    phrase: "Loggade ut",
    group: "Åtkomst och inloggning",
    sampled: false,
    data: none,
  },
  OUTBOX_VIEWED: {
    label: "Utkorgen läst",
    phrase: "Läste utkorgen",
    group: "Åtkomst och inloggning",
    sampled: "staff",
    data: z.strictObject({ page: z.number().int().positive(), shown: count }),
  },

  ANONYMISED_CASE_VIEWED: {
    label: "Avidentifierad brist läst",
    phrase: "Läste den avidentifierade versionen",
    group: "Åtkomst och inloggning",
    sampled: "staff",
    data: none,
  },
  ANONYMISED_EXPORTED: {
    label: "Avidentifierade uppgifter exporterade",
    phrase: "Exporterade arbetsgruppens statistik eller årsrapport",
    group: "Åtkomst och inloggning",
    sampled: "staff",
    // Which year, which file, and how many brister it holds.
    data: z.strictObject({
      year: z.number().int().min(2000).max(2100),
      /** docx: the annual report; utskrift: its print view (saved as PDF from the browser). */
      format: z.enum(["xlsx", "csv-brister", "csv-statistik", "docx", "utskrift"]),
      cases: count,
    }),
  },

  // Ärenden
  CASE_REGISTERED: {
    label: "Ärende registrerat",
    phrase: "Registrerade diarienummer",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({
      diarienummerFrom: z.string().max(60).nullable(),
      diarienummerTo: z.string().min(1).max(60),
      statusFrom: ZCaseStatus,
      statusTo: ZCaseStatus,
    }),
  },
  CASE_STATUS_CHANGED: {
    label: "Status ändrad",
    phrase: "Ändrade status",
    group: "Ärenden",
    sampled: false,
    // The reason stays on the case: it is staff's own wording about the case.
    data: z.strictObject({ from: ZCaseStatus, to: ZCaseStatus }),
  },
  CASE_ASSIGNED: {
    label: "Handläggare ändrad",
    phrase: "Ändrade handläggare",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({ from: id.nullable(), to: id.nullable() }),
  },
  CASE_CLASSIFIED: {
    label: "Kategorier och områden ändrade",
    phrase: "Ändrade kategorier och områden",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({
      categoriesFrom: idList,
      categoriesTo: idList,
      areasFrom: idList,
      areasTo: idList,
    }),
  },
  CASE_NOTE_ADDED: {
    label: "Intern anteckning",
    phrase: "Skrev en intern anteckning",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({ noteId: id }),
  },
  CASE_MESSAGE_SENT: {
    label: "Meddelande till rapportör",
    phrase: "Skickade meddelande till rapportören",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({ messageId: id }),
  },
  CASE_ESCALATED: {
    label: "Ärende lyft vidare",
    phrase: "Lyfte ärendet vidare",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({ level: z.enum(EscalationLevel), escalationId: id }),
  },
  CASE_ANONYMISED: {
    label: "Ärende avidentifierat (text)",
    phrase: "Sparade avidentifierad text",
    group: "Ärenden",
    sampled: false,
    // That it happened, never the text.
    data: z.strictObject({ isRevision: z.boolean() }),
  },
  ANONYMISED_CASE_SAVED: {
    label: "Avidentifiering sparad",
    phrase: "Sparade avidentifieringen",
    group: "Ärenden",
    sampled: false,
    // Counts and choices, never the text.
    data: z.strictObject({
      state: z.enum(RedactionState),
      isRevision: z.boolean(),
      /** The record was approved before this save, which sent it back for approval. */
      wasApproved: z.boolean(),
      sections: count,
      dismissedFindings: count,
      ageGroupWithheld: z.boolean(),
      organisationWithheld: z.boolean(),
    }),
  },
  ANONYMISED_CASE_APPROVED: {
    label: "Avidentifiering godkänd",
    phrase: "Godkände avidentifieringen",
    group: "Ärenden",
    sampled: false,
    // Who redacted it, so both pairs of eyes are in the row; whether four eyes applied at the time.
    data: z.strictObject({ redactedById: id, fourEyes: z.boolean() }),
  },
  REMINDER_SENT: {
    label: "Påminnelse skickad",
    phrase: "Skickade påminnelse",
    group: "Ärenden",
    sampled: false,
    data: z.strictObject({
      /** The overdue reasons, joined with commas. */
      reasons: z
        .string()
        .refine((value) => value.split(",").every((reason) => Object.hasOwn(OVERDUE_LABELS, reason))),
    }),
  },

  // Arbetsgruppen
  CASE_REVIEW_SAVED: {
    label: "Arbetsgruppens analys sparad",
    phrase: "Sparade arbetsgruppens analys",
    group: "Arbetsgruppen",
    sampled: false,
    // The categories and flags the arbetsgrupp settled on, never its comment.
    data: z.strictObject({
      year: z.number().int(),
      /** A saved analysis was changed (categoriesFrom then holds what it had). */
      isRevision: z.boolean(),
      categoriesFrom: idList.nullable(),
      categoriesTo: idList,
      isReportExample: z.boolean(),
      isFocusCase: z.boolean(),
    }),
  },
  ANNUAL_REPORT_SAVED: {
    label: "Årsrapportens text sparad",
    phrase: "Sparade årsrapportens text",
    group: "Arbetsgruppen",
    sampled: false,
    // Which year's report; the text is in its versions, never here.
    data: z.strictObject({ year: z.number().int().min(2000).max(2100) }),
  },

  // Rapportering
  DRAFT_CREATED: {
    label: "Utkast påbörjat",
    phrase: "Påbörjade ett utkast",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ draftId: id }),
  },
  DRAFT_RESUMED: {
    label: "Utkast återupptaget",
    phrase: "Fortsatte på utkastet",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ draftId: id }),
  },
  DEL_ETT_COMPLETED: {
    label: "Del ett klar",
    phrase: "Gjorde klart del ett",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ draftId: id }),
  },
  PARTNER_LINK_CREATED: {
    label: "Länk till samverkanspart skapad",
    phrase: "Skickade en länk till samverkansparten",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ partnerLinkId: id }),
  },
  PARTNER_LINK_OPENED: {
    label: "Länk till samverkanspart öppnad",
    phrase: "Öppnade länken till del ett",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ partnerLinkId: id }),
  },
  PARTNER_LINK_REFUSED: {
    label: "Länk till samverkanspart nekad",
    phrase: "Försökte öppna en länk som inte gäller",
    group: "Rapportering",
    sampled: "security",
    // Null when the token matched no link.
    data: z.strictObject({ partnerLinkId: id.nullable() }),
  },
  PARTNER_COMMENT_ADDED: {
    label: "Kommentar från samverkanspart",
    phrase: "Lämnade en kommentar",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ partnerLinkId: id }),
  },
  REPORT_SUBMITTED: {
    label: "Rapport inskickad",
    phrase: "Skickade in rapporten",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ reference }),
  },
  REPORT_RESUBMIT_IGNORED: {
    label: "Upprepad inskickning ignorerad",
    phrase: "Skickade in rapporten igen (ingen ny rapport eller uppföljningskod skapades)",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ reference }),
  },
  FOLLOW_UP_VIEWED: {
    label: "Uppföljning läst av rapportör",
    phrase: "Läste status och återkoppling med uppföljningskoden",
    group: "Rapportering",
    sampled: false,
    data: none,
  },
  FOLLOW_UP_REFUSED: {
    label: "Uppföljning nekad",
    phrase: "Angav fel uppföljningskod",
    group: "Rapportering",
    sampled: "security",
    data: none,
  },
  ANONYMOUS_REFUSALS: {
    label: "Nekade anonyma försök (sammanräknade)",
    phrase: "Nekades upprepade gånger",
    group: "Åtkomst och inloggning",
    sampled: "security",
    // One row per kind, client and window instead of one per refusal (lib/audit/anonymous-refusals.ts).
    data: z.strictObject({
      kind: z.enum(ANONYMOUS_REFUSAL_KINDS),
      count: z.number().int().positive(),
      from: z.iso.datetime(),
      to: z.iso.datetime(),
      /** The hashed client key; null when no trusted proxy says who the client was. */
      client: z.string().min(1).max(64).nullable(),
    }),
  },
  FOLLOW_UP_REPLY: {
    label: "Svar från rapportör",
    phrase: "Svarade samordnarna",
    group: "Rapportering",
    sampled: false,
    data: z.strictObject({ messageId: id }),
  },

  // Administration
  USER_CREATED: {
    label: "Användare skapad",
    phrase: "Skapade en användare",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ userId: id, role: z.enum(Role) }),
  },
  USER_UPDATED: {
    label: "Användare ändrad",
    phrase: "Ändrade en användare",
    group: "Administration",
    sampled: false,
    data: z.union([
      z.strictObject({ userId: id, roleFrom: z.enum(Role), roleTo: z.enum(Role) }),
      z.strictObject({ userId: id, isActiveFrom: z.boolean(), isActiveTo: z.boolean() }),
      z.strictObject({ userId: id, ssoOnlyFrom: z.boolean(), ssoOnlyTo: z.boolean() }),
    ]),
  },
  USER_DEACTIVATED: {
    label: "Användare avaktiverad",
    phrase: "Inaktiverade en användare",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ userId: id, isActiveFrom: z.boolean(), isActiveTo: z.boolean() }),
  },
  USER_PASSWORD_RESET: {
    label: "Lösenord återställt",
    phrase: "Återställde ett lösenord",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ userId: id }),
  },
  USER_PASSWORD_LINK_SENT: {
    label: "Länk för att välja lösenord skickad",
    phrase: "Tillät lösenordsinloggning igen och skickade en länk för att välja lösenord",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ userId: id }),
  },
  USER_PASSWORD_CHOSEN: {
    label: "Lösenord valt via länk",
    phrase: "Valde ett lösenord via länken från en administratör",
    group: "Åtkomst och inloggning",
    sampled: false,
    data: z.strictObject({ userId: id }),
  },
  USER_SESSIONS_ENDED: {
    label: "Användarens sessioner avslutade",
    phrase: "Avslutade alla sessioner för en användare",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ userId: id }),
  },
  PRIVILEGED_CHANGE_REQUESTED: {
    label: "Behörighetsändring begärd",
    phrase: "Begärde en behörighetsändring som en annan administratör ska godkänna",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ requestId: id, kind: privilegedKind, userId: id }),
  },
  PRIVILEGED_CHANGE_APPROVED: {
    label: "Behörighetsändring godkänd",
    phrase: "Godkände en annan administratörs behörighetsändring",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ requestId: id, kind: privilegedKind, userId: id }),
  },
  PRIVILEGED_CHANGE_UNAPPROVED: {
    label: "Behörighetsändring utan godkännande",
    phrase: "Gjorde en behörighetsändring utan en andra administratör",
    group: "Administration",
    // In every loggkontroll's population, and listed apart on its page.
    sampled: "security",
    data: z.strictObject({ kind: privilegedKind, userId: id }),
  },
  TWO_FACTOR_RESET: {
    label: "Tvåstegsverifiering återställd",
    phrase: "Återställde en användares tvåstegsverifiering",
    group: "Administration",
    sampled: false,
    data: z.strictObject({ userId: id }),
  },
  ORGANISATION_CHANGED: {
    label: "Organisation ändrad",
    phrase: "Ändrade en organisation",
    group: "Administration",
    sampled: false,
    data: z.strictObject({
      organisationId: id,
      change: referenceChange,
      ...changes("name", "huvudman", "sortOrder", "emailDomains"),
      ...activeChange,
    }),
  },
  AREA_CHANGED: {
    label: "Område ändrat",
    phrase: "Ändrade ett område",
    group: "Administration",
    sampled: false,
    data: z.strictObject({
      areaId: id,
      change: referenceChange,
      ...changes("code", "name", "sortOrder"),
      ...activeChange,
    }),
  },
  CATEGORY_CHANGED: {
    label: "Kategori ändrad",
    phrase: "Ändrade en kategori",
    group: "Administration",
    sampled: false,
    data: z.union([
      z.strictObject({
        categoryId: id,
        /** The category's year, on changes to an existing category. */
        year: z.number().int().optional(),
        change: referenceChange,
        ...changes("year", "name", "sortOrder"),
        ...activeChange,
      }),
      z.strictObject({
        change: z.literal("copied"),
        fromYear: z.number().int(),
        toYear: z.number().int(),
        created: count,
      }),
    ]),
  },
  SETTINGS_CHANGED: {
    label: "Inställningar ändrade",
    phrase: "Ändrade inställningar",
    group: "Administration",
    sampled: false,
    // The setting's key and its changed fields as auditDiff records them; long texts only as `<field>Changed`.
    data: z.object({ key: z.string().min(1).max(40) }).catchall(ZAuditValue),
  },

  // Gallring
  CASE_ERASED: {
    label: "Ärende gallrat",
    phrase: "Gallrade originaltexten och kontaktuppgifterna",
    group: "Gallring",
    sampled: false,
    // The reference (kept on the case too) and when the case was closed; never what was erased.
    data: z.strictObject({ reference, closedAt: z.iso.datetime() }),
  },
  RETENTION_RUN: {
    label: "Gallring körd",
    phrase: "Körde gallring",
    group: "Gallring",
    sampled: false,
    // Counts only: which cases were erased is in their own CASE_ERASED rows.
    data: z.strictObject({
      trigger: z.enum(["schedule", "manual", "script"]),
      years: z.number().int().positive(),
      erased: count,
      /** Cases whose retention period is over but which a legal hold keeps. */
      held: count,
      failed: count,
      followUpCodes: count,
      drafts: count,
      outboxMails: count,
    }),
  },
  LEGAL_HOLD_SET: {
    label: "Rättsligt skäl att spara satt",
    phrase: "Satte ett rättsligt skäl att spara ärendet",
    group: "Gallring",
    sampled: false,
    // The reason stays on the case: it is staff's own wording.
    data: z.strictObject({ isChange: z.boolean() }),
  },
  LEGAL_HOLD_LIFTED: {
    label: "Rättsligt skäl att spara hävt",
    phrase: "Hävde det rättsliga skälet att spara ärendet",
    group: "Gallring",
    sampled: false,
    // Why it was lifted is the internal note it refers to.
    data: z.strictObject({ noteId: id }),
  },

  // Loggkontroll
  AUDIT_EXPORTED: {
    label: "Logg exporterad",
    phrase: "Exporterade loggen",
    group: "Loggkontroll",
    sampled: "staff",
    // The export's search (null where not narrowed) and how many rows it gave.
    data: z.strictObject({
      rows: count,
      action: z.string().max(40).nullable(),
      userId: z.string().max(40).nullable(),
      reference: z.string().max(40).nullable(),
      from: z.iso.date().nullable(),
      to: z.iso.date().nullable(),
    }),
  },
  AUDIT_REVIEW_STARTED: {
    label: "Loggkontroll påbörjad",
    phrase: "Påbörjade en loggkontroll",
    group: "Loggkontroll",
    sampled: false,
    data: z.strictObject({
      reviewId: id,
      from: z.iso.date(),
      to: z.iso.date(),
      population: count,
      sampled: count,
      /** Which events were sampled; absent on reviews from before the choice existed (staff access). */
      events: z.enum(["staff", "security"]).optional(),
    }),
  },
  AUDIT_REVIEW_COMPLETED: {
    label: "Loggkontroll avslutad",
    phrase: "Avslutade en loggkontroll",
    group: "Loggkontroll",
    sampled: false,
    // The conclusion stays on the review.
    data: z.strictObject({ reviewId: id }),
  },
} satisfies Record<string, AuditEventDefinition>;

type AuditEvents = typeof AUDIT_EVENTS;
export type TAuditAction = keyof AuditEvents;

export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENTS) as [TAuditAction, ...TAuditAction[]];
export const ZAuditAction = z.enum(AUDIT_ACTIONS);

/** The data a row of the event holds. */
export type AuditData<E extends TAuditAction> = z.output<AuditEvents[E]["data"]>;
/** The data a writer gives for the event. */
export type AuditDataInput<E extends TAuditAction> = z.input<AuditEvents[E]["data"]>;

/** The events whose rows hold no data. */
export type AuditActionWithoutData = {
  [E in TAuditAction]: AuditEvents[E]["data"] extends { shape: infer Shape }
    ? [keyof Shape] extends [never]
      ? E
      : never
    : never;
}[TAuditAction];

/** An event with its data: narrow on `action` to get that event's data. */
export type AuditEvent = { [E in TAuditAction]: { action: E; data: AuditData<E> } }[TAuditAction];

/**
 * An audit row as read back: a known event whose data matches its schema, or, for a row that doesn't (written
 * before the schema changed, or an event no longer in the registry), the action and the data as stored.
 */
export type ParsedAuditRow =
  (AuditEvent & { known: true }) | { known: false; action: string; data: Record<string, unknown> | null };

export function isAuditAction(action: string): action is TAuditAction {
  return Object.hasOwn(AUDIT_EVENTS, action);
}

/** The event's name in the audit log; an unknown action shows as its code. */
export function auditEventLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_EVENTS[action].label : action;
}

/** The event as a case's timeline says it; an unknown action shows as its code. */
export function auditEventPhrase(action: string): string {
  return isAuditAction(action) ? AUDIT_EVENTS[action].phrase : action;
}

/** The audit log search's groups with their events, in registry order. */
export const AUDIT_EVENTS_BY_GROUP: readonly { group: AuditEventGroup; actions: readonly TAuditAction[] }[] =
  AUDIT_EVENT_GROUPS.map((group) => ({
    group,
    actions: AUDIT_ACTIONS.filter((action) => AUDIT_EVENTS[action].group === group),
  }));

/** The schema of an event's data, for checking what a writer gives. */
export function auditDataSchema(action: TAuditAction): AuditEventDefinition["data"] {
  return AUDIT_EVENTS[action].data;
}

function storedData(data: unknown): Record<string, unknown> | null {
  if (data === null || data === undefined) return null;
  if (typeof data === "object" && !Array.isArray(data)) return data as Record<string, unknown>;
  return { value: data };
}

/** Reads an audit row against the registry; never throws, so every row can still be shown. */
export function parseAuditRow(row: { action: string; data: unknown }): ParsedAuditRow {
  if (isAuditAction(row.action)) {
    const parsed = auditDataSchema(row.action).safeParse(row.data ?? {});
    if (parsed.success) return { known: true, action: row.action, data: parsed.data } as ParsedAuditRow;
  }
  return { known: false, action: row.action, data: storedData(row.data) };
}
