import type { Huvudman, SolvedState } from "@/generated/prisma/enums";

/**
 * The arbetsgrupp's filters over one year's brister, kept in the URL (`/arbetsgrupp?ar=2026&kategori=…`) so a view
 * can be bookmarked, shared and carried into the meeting mode. Pure: read by pages, links and tests alike.
 */

export type SolvedFilter = SolvedState | "OKANT";
export type YesNo = "ja" | "nej";

export interface ReviewFilters {
  /** A category id of the year (the group's categories once reviewed, else the coordinators'). */
  kategori?: string;
  /** An area id. */
  omrade?: string;
  /** The reporting organisation's huvudman. */
  huvudman?: Huvudman;
  lost?: SolvedFilter;
  /** Whether the brist needs escalation. */
  lyft?: YesNo;
  /** Whether the arbetsgrupp has saved its analysis. */
  granskad?: YesNo;
}

/** What a brist must tell about itself to be filtered. */
export interface ReviewFilterable {
  categoryIds: readonly string[];
  areaIds: readonly string[];
  reporterHuvudman: Huvudman | null;
  solved: SolvedState | null;
  escalated: boolean;
  reviewed: boolean;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** The URL's keys in the order links write them. */
export const FILTER_KEYS = ["kategori", "omrade", "huvudman", "lost", "lyft", "granskad"] as const;

const HUVUDMAN_VALUES: Record<string, Huvudman> = { kommun: "KOMMUN", region: "REGION", ovrig: "OVRIG" };
const SOLVED_VALUES: Record<string, SolvedFilter> = {
  ja: "JA",
  delvis: "DELVIS",
  nej: "NEJ",
  okant: "OKANT",
};
const ID = /^[A-Za-z0-9_-]{1,40}$/;

/** The single value of a parameter; a repeated one counts as its first. */
function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

function yesNo(value: string | undefined): YesNo | undefined {
  return value === "ja" || value === "nej" ? value : undefined;
}

/** The filters in the URL; anything unknown or malformed is left out rather than refused. */
export function parseReviewFilters(params: SearchParams): ReviewFilters {
  const filters: ReviewFilters = {};
  const kategori = single(params.kategori);
  if (kategori && ID.test(kategori)) filters.kategori = kategori;
  const omrade = single(params.omrade);
  if (omrade && ID.test(omrade)) filters.omrade = omrade;
  const huvudman = HUVUDMAN_VALUES[single(params.huvudman)?.toLowerCase() ?? ""];
  if (huvudman) filters.huvudman = huvudman;
  const lost = SOLVED_VALUES[single(params.lost)?.toLowerCase() ?? ""];
  if (lost) filters.lost = lost;
  const lyft = yesNo(single(params.lyft)?.toLowerCase());
  if (lyft) filters.lyft = lyft;
  const granskad = yesNo(single(params.granskad)?.toLowerCase());
  if (granskad) filters.granskad = granskad;
  return filters;
}

/** "2026" → 2026; anything but a year from 2000 to 2100 → undefined. */
export function parseYear(value: string | string[] | undefined): number | undefined {
  const text = single(value);
  const year = text && /^\d{4}$/.test(text) ? Number(text) : undefined;
  return year && year >= 2000 && year <= 2100 ? year : undefined;
}

/** The position in the meeting mode ("?nr=3"), 1-based; anything else → 1. */
export function parsePosition(value: string | string[] | undefined): number {
  const text = single(value);
  return text && /^\d{1,5}$/.test(text) && Number(text) >= 1 ? Number(text) : 1;
}

/** The value a filter has in the URL. */
function urlValue(key: (typeof FILTER_KEYS)[number], filters: ReviewFilters): string | undefined {
  const value = filters[key];
  if (!value) return undefined;
  return key === "huvudman" || key === "lost" ? value.toLowerCase() : value;
}

/** The filters as URL parameters, in a fixed order, leaving out those not set. */
export function filterParams(filters: ReviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = urlValue(key, filters);
    if (value) params.set(key, value);
  }
  return params;
}

export function hasActiveFilters(filters: ReviewFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}

/** The list of a year with the filters: "/arbetsgrupp?ar=2026&kategori=…". */
export function reviewListHref(year: number, filters: ReviewFilters = {}): string {
  return `/arbetsgrupp?${new URLSearchParams([["ar", String(year)], ...filterParams(filters)])}`;
}

/** The meeting mode at a position with the filters: "/arbetsgrupp/granskning/2026?nr=3&kategori=…". */
export function meetingHref(year: number, filters: ReviewFilters, position: number): string {
  return `/arbetsgrupp/granskning/${year}?${new URLSearchParams([["nr", String(position)], ...filterParams(filters)])}`;
}

/**
 * One brist's page. With filters or coming from the meeting mode, they ride along so that the way back returns to
 * the same view; without them the address is the plain "/arbetsgrupp/<id>".
 */
export function reviewCaseHref(
  reportId: string,
  filters: ReviewFilters = {},
  meetingPosition?: number,
): string {
  const params = filterParams(filters);
  if (meetingPosition) params.set("granskning", String(meetingPosition));
  const query = params.toString();
  return `/arbetsgrupp/${encodeURIComponent(reportId)}${query ? `?${query}` : ""}`;
}

/** Whether a brist passes every filter set. */
export function matchesReviewFilters(item: ReviewFilterable, filters: ReviewFilters): boolean {
  if (filters.kategori && !item.categoryIds.includes(filters.kategori)) return false;
  if (filters.omrade && !item.areaIds.includes(filters.omrade)) return false;
  if (filters.huvudman && item.reporterHuvudman !== filters.huvudman) return false;
  if (filters.lost && (item.solved ?? "OKANT") !== filters.lost) return false;
  if (filters.lyft && item.escalated !== (filters.lyft === "ja")) return false;
  if (filters.granskad && item.reviewed !== (filters.granskad === "ja")) return false;
  return true;
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The categories and areas the year's brister have, alphabetically: what the filters offer. */
export function reviewFilterOptions(
  items: readonly {
    categories: readonly { id: string; name: string }[];
    areas: readonly { id: string; name: string }[];
  }[],
): { categories: FilterOption[]; areas: FilterOption[] } {
  const collect = (pick: (item: (typeof items)[number]) => readonly { id: string; name: string }[]) => {
    const byId = new Map<string, string>();
    for (const item of items) for (const ref of pick(item)) byId.set(ref.id, ref.name);
    return [...byId]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, "sv"));
  };
  return { categories: collect((item) => item.categories), areas: collect((item) => item.areas) };
}

/** The filters without a category or area the year's brister do not have (an old link, another year's id). */
export function withKnownOptions(
  filters: ReviewFilters,
  options: { categories: readonly FilterOption[]; areas: readonly FilterOption[] },
): ReviewFilters {
  const known = { ...filters };
  if (known.kategori && !options.categories.some((o) => o.value === known.kategori)) delete known.kategori;
  if (known.omrade && !options.areas.some((o) => o.value === known.omrade)) delete known.omrade;
  return known;
}
