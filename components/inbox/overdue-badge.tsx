import { OVERDUE_LABELS, type OverdueReason } from "@/lib/cases/overdue";

/** The inbox's marker for a brist that is overdue, as a list item on a card or a block in the table's cell. */
export function OverdueBadge({
  reason,
  as: Tag,
  className,
}: {
  reason: OverdueReason;
  as: "li" | "span";
  className?: string;
}) {
  return (
    <Tag
      className={[className, "rounded border-2 border-red-700 px-2 py-0.5 text-xs font-semibold text-red-800"]
        .filter(Boolean)
        .join(" ")}
    >
      <span className="sr-only">Försenad: </span>
      <span aria-hidden="true">⚠ </span>
      {OVERDUE_LABELS[reason]}
    </Tag>
  );
}
