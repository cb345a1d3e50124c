import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/audit-action-labels";
import { AUDIT_LOG_WITHOUT_ACCOUNT, type TAuditLogFilters } from "@/lib/audit/schemas";
import type { TAuditAction } from "@/lib/audit/audit-actions";

const ACTION_GROUPS: { label: string; actions: TAuditAction[] }[] = [
  {
    label: "Åtkomst och inloggning",
    actions: [
      "CASE_VIEWED",
      "CASE_PRINTED",
      "ACCESS_REFUSED",
      "SIGN_IN",
      "SIGN_IN_FAILED",
      "SIGN_OUT",
      "OUTBOX_VIEWED",
    ],
  },
  {
    label: "Ärendehandläggning",
    actions: [
      "CASE_REGISTERED",
      "CASE_STATUS_CHANGED",
      "CASE_ASSIGNED",
      "CASE_CLASSIFIED",
      "CASE_NOTE_ADDED",
      "CASE_MESSAGE_SENT",
      "CASE_ESCALATED",
      "REMINDER_SENT",
    ],
  },
  {
    label: "Rapportering",
    actions: [
      "DRAFT_CREATED",
      "DRAFT_RESUMED",
      "DEL_ETT_COMPLETED",
      "PARTNER_LINK_CREATED",
      "PARTNER_LINK_OPENED",
      "PARTNER_LINK_REFUSED",
      "PARTNER_COMMENT_ADDED",
      "REPORT_SUBMITTED",
      "REPORT_RESUBMIT_IGNORED",
      "FOLLOW_UP_VIEWED",
      "FOLLOW_UP_REFUSED",
      "FOLLOW_UP_REPLY",
    ],
  },
  {
    label: "Administration och logg",
    actions: [
      "USER_CREATED",
      "USER_UPDATED",
      "USER_DEACTIVATED",
      "USER_PASSWORD_RESET",
      "ORGANISATION_CHANGED",
      "AREA_CHANGED",
      "CATEGORY_CHANGED",
      "SETTINGS_CHANGED",
      "AUDIT_EXPORTED",
      "AUDIT_REVIEW_STARTED",
      "AUDIT_REVIEW_COMPLETED",
    ],
  },
];

interface AuditLogFiltersProps {
  filters: TAuditLogFilters;
  users: { id: string; name: string; isActive: boolean }[];
}

/** The audit log search as a plain GET form: the search lives in the URL and works without JavaScript. */
export function AuditLogFilters({ filters, users }: AuditLogFiltersProps) {
  return (
    <form
      method="get"
      action="/admin/logg"
      aria-labelledby="sok-rubrik"
      className="mb-6 rounded border border-slate-400 p-4"
    >
      <h2 id="sok-rubrik" className="mb-3 text-xl font-semibold">
        Sök i loggen
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <SelectField
          id="handelse"
          name="handelse"
          label="Händelse"
          placeholder="Alla händelser"
          defaultValue={filters.handelse ?? ""}
          groups={ACTION_GROUPS.map((group) => ({
            label: group.label,
            options: group.actions.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
          }))}
        />
        <SelectField
          id="anvandare"
          name="anvandare"
          label="Utförd av"
          placeholder="Alla"
          defaultValue={filters.anvandare ?? ""}
          groups={[
            {
              label: "Personal",
              options: users.map((user) => ({
                value: user.id,
                label: user.isActive ? user.name : `${user.name} (inaktiv)`,
              })),
            },
            {
              label: "Utan konto",
              options: [
                { value: AUDIT_LOG_WITHOUT_ACCOUNT, label: "Rapportör, samverkanspart, system eller okänd" },
              ],
            },
          ]}
        />
        <TextField
          id="arende"
          name="arende"
          label="Ärende"
          hint="Referensnummer, till exempel BIS-2026-0042."
          defaultValue={filters.arende ?? ""}
          autoComplete="off"
        />
        <div />
        <TextField
          id="fran"
          name="fran"
          label="Från och med"
          hint="ÅÅÅÅ-MM-DD"
          inputMode="numeric"
          defaultValue={filters.fran ?? ""}
          autoComplete="off"
        />
        <TextField
          id="till"
          name="till"
          label="Till och med"
          hint="ÅÅÅÅ-MM-DD"
          inputMode="numeric"
          defaultValue={filters.till ?? ""}
          autoComplete="off"
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Sök</Button>
        <Link href="/admin/logg" className="text-brand-900 underline">
          Rensa sökningen
        </Link>
      </div>
    </form>
  );
}
