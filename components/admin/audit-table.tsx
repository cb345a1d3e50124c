import { AuditData } from "@/components/admin/audit-data";
import { auditEventLabel } from "@/lib/audit/events";
import { stockholmDateTime } from "@/lib/dates";
import type { AuditRow } from "@/lib/audit/describe-audit-rows";
import { ROLE_LABELS } from "@/lib/auth/roles";

/** Audit rows as a table: when, what, who (with role), which case, and the details. */
export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="p-2">
              Tid
            </th>
            <th scope="col" className="p-2">
              Händelse
            </th>
            <th scope="col" className="p-2">
              Utförd av
            </th>
            <th scope="col" className="p-2">
              Ärende
            </th>
            <th scope="col" className="p-2">
              Detaljer
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top">
              <td className="whitespace-nowrap p-2">{stockholmDateTime(row.createdAt)}</td>
              <td className="p-2">
                {auditEventLabel(row.event.action)}
                <span className="block font-mono text-xs text-slate-700">{row.event.action}</span>
              </td>
              <td className="p-2">
                {row.actorName}
                {row.actorRole ? (
                  <span className="block text-xs text-slate-700">{ROLE_LABELS[row.actorRole]}</span>
                ) : null}
              </td>
              <td className="whitespace-nowrap p-2">{row.reference ?? "–"}</td>
              <td className="p-2">
                <AuditData event={row.event} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
