import { formatDateTime } from "@/lib/dates";
import type { TimelineItem } from "@/lib/cases/case-timeline";

const BOX = {
  event: "border-slate-300",
  note: "border-amber-700 bg-amber-50",
  messageOut: "border-brand-700 bg-brand-50",
  messageIn: "border-green-800 bg-green-50",
} as const;

function heading(item: TimelineItem): string {
  if (item.kind === "note") return "Intern anteckning";
  if (item.kind === "message")
    return item.fromReporter ? "Svar från rapportören" : "Meddelande till rapportören";
  return item.count > 1 ? `${item.text}, ${item.count} gånger i följd` : item.text;
}

/** Everything that happened to the case, oldest first, newest last. */
export function CaseTimeline({ items }: { items: TimelineItem[] }) {
  return (
    <section aria-labelledby="tidslinje-rubrik" className="mb-8">
      <h2 id="tidslinje-rubrik" className="mb-3 text-2xl font-bold">
        Tidslinje
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        Äldst först. Meddelanden, interna anteckningar och alla händelser i loggen.
      </p>
      <ol className="space-y-2">
        {items.map((item) => {
          const box =
            item.kind === "event"
              ? BOX.event
              : item.kind === "note"
                ? BOX.note
                : item.fromReporter
                  ? BOX.messageIn
                  : BOX.messageOut;
          return (
            <li
              key={`${item.kind}-${item.id}`}
              className={`print-avoid-break rounded border-l-4 border p-3 ${box}`}
            >
              <p className="text-sm text-slate-800">
                {item.kind === "event" && item.count > 1 ? "Senast " : null}
                <time dateTime={item.at.toISOString()}>{formatDateTime(item.at)}</time>
                {" · "}
                {item.actor}
              </p>
              <p className={item.kind === "event" ? "" : "font-semibold"}>{heading(item)}</p>
              {item.kind === "event" && item.detail ? <p className="text-sm">{item.detail}</p> : null}
              {item.kind !== "event" ? (
                <p className="mt-1 whitespace-pre-wrap break-words">{item.body}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
