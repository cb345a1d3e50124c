import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_LOG_WITHOUT_ACCOUNT, type TAuditLogFilters } from "@/lib/audit/schemas";
import { AUDIT_EVENTS_BY_GROUP, auditEventLabel } from "@/lib/audit/events";

/** The event choices, grouped as the registry groups them. */
const ACTION_GROUPS = AUDIT_EVENTS_BY_GROUP.map(({ group, actions }) => ({
  label: group,
  options: actions.map((action) => ({ value: action, label: auditEventLabel(action) })),
}));

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
          groups={ACTION_GROUPS}
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
