import { createElement, useId, type ReactNode } from "react";
import {
  WITHHELD_NOTE,
  barChartTree,
  type BarChartInput,
  type BarDatum,
  type SvgNode,
} from "@/lib/statistics/bar-chart-layout";
import { rootAttributes } from "@/lib/statistics/bar-chart-svg";
import { ChartTable } from "./chart-table";

export interface BarChartProps {
  /** The chart's accessible name; also the table caption unless `caption` is given. */
  title: string;
  /** Said before the values in the chart's accessible text (its <desc>). */
  summary?: string;
  rows: readonly BarDatum[];
  /** The value of a full-length bar; default the largest value shown. */
  max?: number;
  /** Header of the table's label column, e.g. "Kategori". */
  labelHeader: string;
  valueHeader?: string;
  /** Header of the share column; shown when given and the rows have shares. */
  shareHeader?: string;
  caption?: ReactNode;
  /** The explanation of "<3" and "–" (e.g. a published breakdown's note); a short default when bars are hatched. */
  note?: string | null;
  /** Prefix of the SVG's ids; default one generated per chart. */
  id?: string;
}

/**
 * A horizontal bar chart with its data table beside it (below it on a narrow screen). Server-rendered SVG, the
 * same as `barChartSvg` draws for the Word report.
 */
export function BarChart({
  title,
  summary,
  rows,
  max,
  labelHeader,
  valueHeader,
  shareHeader,
  caption,
  note,
  id,
}: BarChartProps) {
  const generated = `stapeldiagram-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const hatched = rows.some((row) => row.value === null || row.suppressed);
  return (
    <div className="mb-8 flex flex-wrap items-start gap-x-8 gap-y-4">
      <div className="w-full max-w-xl">
        <BarChartSvg input={{ title, summary, rows, max }} id={id ?? generated} />
      </div>
      <ChartTable
        caption={caption ?? title}
        labelHeader={labelHeader}
        valueHeader={valueHeader}
        shareHeader={shareHeader}
        rows={rows}
        note={note ?? (hatched ? WITHHELD_NOTE : null)}
      />
    </div>
  );
}

/** The chart's SVG alone, 100 % wide: for a page that lays out the table itself. */
export function BarChartSvg({ input, id }: { input: BarChartInput; id: string }) {
  const tree = barChartTree(input, id);
  return toReact({ ...tree, attrs: rootAttributes(tree, false) });
}

function toReact(node: SvgNode | string, key?: number): ReactNode {
  if (typeof node === "string") return node;
  const props: Record<string, string | number | undefined> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[reactProp(name)] = value;
  return createElement(node.tag, props, ...node.children.map((child, i) => toReact(child, i)));
}

/** "stroke-width" as React's strokeWidth, "class" as className; aria-* stay as they are. */
function reactProp(name: string): string {
  if (name === "class") return "className";
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
