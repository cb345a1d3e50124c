/** Numbers as the Swedish UI and the exports show them. */

const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

/** "Not applicable", e.g. the share of a year without brister or the median of no values. */
export const NOT_APPLICABLE = "–";

/** 0.25 as "25 %" (with a no-break space, as Swedish writes it); null as "–". */
export function formatShare(share: number | null): string {
  return share === null ? NOT_APPLICABLE : percent.format(share);
}

/** 4.5 as "4,5"; null as "–". */
export function formatDays(days: number | null): string {
  return days === null ? NOT_APPLICABLE : decimal.format(days);
}
