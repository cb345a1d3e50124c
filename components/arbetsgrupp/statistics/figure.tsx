import { formatDays, formatShare } from "@/lib/statistics/format";
import type { PublishedCell, PublishedDuration } from "@/lib/statistics/publish";
import { hiddenMarker } from "@/lib/statistics/statistics-view";

/**
 * A figure as the page shows it: what the arbetsgrupp may see ("12", "<3", "–"); for a coordinator, a hidden
 * figure's exact value with, on a line of its own, what the arbetsgrupp sees instead.
 */
export function Figure({ cell, kind = "count" }: { cell: PublishedCell; kind?: "count" | "share" }) {
  const marker = hiddenMarker(cell, cell.value);
  if (marker === null) return <>{cell.display}</>;
  return <Exact value={kind === "share" ? formatShare(cell.value) : String(cell.value)} marker={marker} />;
}

/** A median as the page shows it (see `Figure`). */
export function DurationFigure({ duration }: { duration: PublishedDuration }) {
  const marker = hiddenMarker(duration, duration.median);
  if (marker === null) return <>{duration.display}</>;
  return <Exact value={formatDays(duration.median)} marker={marker} />;
}

function Exact({ value, marker }: { value: string; marker: string }) {
  return (
    <>
      <span className="font-semibold">{value}</span>{" "}
      <span className="block text-xs text-slate-800">{marker}</span>
    </>
  );
}

/** Tints a table cell that a coordinator sees exactly but the arbetsgrupp does not. */
export function hiddenCellClass(cell: PublishedCell | null): string {
  return cell && hiddenMarker(cell, cell.value) !== null ? " bg-amber-50" : "";
}
