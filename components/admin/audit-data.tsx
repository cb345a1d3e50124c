/** An audit row's details (ids and old → new values) as a compact list. */
export function AuditData({ data }: { data: Record<string, unknown> | null }) {
  const entries = Object.entries(data ?? {});
  if (entries.length === 0) return <span className="text-slate-700">–</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-mono text-slate-700">{key}</dt>
          <dd className="break-all font-mono">{value === null ? "–" : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
