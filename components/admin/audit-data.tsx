import type { ParsedAuditRow } from "@/lib/audit/events";

function shown(value: unknown): string {
  if (value === null || value === undefined) return "–";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * An audit row's details (ids and old → new values) as a compact list. A row whose data doesn't match its event's
 * schema (an older row) is listed as stored.
 */
export function AuditData({ event }: { event: ParsedAuditRow }) {
  const entries = Object.entries(event.data ?? {});
  if (entries.length === 0) return <span className="text-slate-700">–</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-mono text-slate-700">{key}</dt>
          <dd className="break-all font-mono">{shown(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
