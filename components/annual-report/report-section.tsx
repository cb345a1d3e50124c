import type { ReactNode } from "react";

/**
 * One part of the annual report in the editor: its heading, what the group writes, and beside it (under it on a
 * narrow screen) what the report fills in by itself. `wide` goes under both, full width (a chart with its table).
 */
export function ReportSection({
  id,
  heading,
  level = 2,
  panel,
  wide,
  children,
}: {
  id: string;
  heading: string;
  level?: 2 | 3;
  panel: ReactNode;
  wide?: ReactNode;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={`${id}-rubrik`}
      className={level === 2 ? "mb-10 border-t-2 border-slate-300 pt-6" : "mb-8"}
    >
      <Heading
        id={`${id}-rubrik`}
        className={level === 2 ? "mb-4 text-2xl font-bold" : "mb-3 text-xl font-bold"}
      >
        {heading}
      </Heading>
      <div className={panel ? "grid gap-x-6 gap-y-2 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : undefined}>
        <div className="min-w-0">{children}</div>
        {panel ? (
          <div className="min-w-0 self-start rounded border border-slate-400 bg-slate-50 p-4 text-sm">
            {panel}
          </div>
        ) : null}
      </div>
      {wide ? <div className="mt-4 min-w-0">{wide}</div> : null}
    </section>
  );
}
