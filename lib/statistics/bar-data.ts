import type { BarDatum } from "./bar-chart-layout";
import type { PublishedRow } from "./publish";

/**
 * Chart and table rows from a published breakdown. A hidden count whose value was removed becomes a withheld
 * bar; when the value was kept (coordinators), the bar is drawn to scale but hatched, and the text shows both the
 * exact count and what the arbetsgrupp sees: "2 (<3)".
 */
export function barDataFromRows(rows: readonly PublishedRow[]): BarDatum[] {
  return rows.map((row) => {
    const { count, share } = row;
    const revealed = count.suppressed && count.value !== null;
    return {
      label: row.label,
      value: count.value,
      display: revealed ? `${count.value} (${count.display})` : count.display,
      ...(count.suppressed ? { suppressed: true } : {}),
      shareDisplay: share.display,
    };
  });
}
