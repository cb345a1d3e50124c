import type { TAuditAction } from "@/lib/audit/audit-actions";

/** What each audit action means, in the words the audit log and its CSV export show. */
export const AUDIT_ACTION_LABELS: Record<TAuditAction, string> = {
  DRAFT_CREATED: "Utkast påbörjat",
  DRAFT_RESUMED: "Utkast återupptaget",
  DEL_ETT_COMPLETED: "Del ett klar",
  PARTNER_LINK_CREATED: "Länk till samverkanspart skapad",
  PARTNER_LINK_OPENED: "Länk till samverkanspart öppnad",
  PARTNER_LINK_REFUSED: "Länk till samverkanspart nekad",
  PARTNER_COMMENT_ADDED: "Kommentar från samverkanspart",
  REPORT_SUBMITTED: "Rapport inskickad",
  REPORT_RESUBMIT_IGNORED: "Upprepad inskickning ignorerad",
  FOLLOW_UP_VIEWED: "Uppföljning läst av rapportör",
  FOLLOW_UP_REFUSED: "Uppföljning nekad",
  FOLLOW_UP_REPLY: "Svar från rapportör",
  SIGN_IN: "Inloggning",
  SIGN_IN_FAILED: "Misslyckad inloggning",
  SIGN_OUT: "Utloggning",
  ACCESS_REFUSED: "Åtkomst nekad",
  CASE_VIEWED: "Ärende läst",
  CASE_PRINTED: "Ärende utskrivet",
  CASE_STATUS_CHANGED: "Status ändrad",
  CASE_REGISTERED: "Ärende registrerat",
  CASE_ASSIGNED: "Handläggare ändrad",
  CASE_CLASSIFIED: "Kategorier och områden ändrade",
  CASE_NOTE_ADDED: "Intern anteckning",
  CASE_MESSAGE_SENT: "Meddelande till rapportör",
  CASE_ESCALATED: "Ärende lyft vidare",
  CASE_ANONYMISED: "Ärende avidentifierat (text)",
  REMINDER_SENT: "Påminnelse skickad",
  USER_CREATED: "Användare skapad",
  USER_UPDATED: "Användare ändrad",
  USER_DEACTIVATED: "Användare avaktiverad",
  USER_PASSWORD_RESET: "Lösenord återställt",
  ORGANISATION_CHANGED: "Organisation ändrad",
  AREA_CHANGED: "Område ändrat",
  CATEGORY_CHANGED: "Kategori ändrad",
  SETTINGS_CHANGED: "Inställningar ändrade",
  AUDIT_EXPORTED: "Logg exporterad",
  AUDIT_REVIEW_STARTED: "Loggkontroll påbörjad",
  AUDIT_REVIEW_COMPLETED: "Loggkontroll avslutad",
  OUTBOX_VIEWED: "Utkorgen läst",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action as TAuditAction] ?? action;
}
