import type { TCaseFilters } from "@/lib/cases/schemas";

const KEYS = ["status", "ar", "organisation", "part", "omrade", "kategori", "handlaggare", "sok"] as const;

/** The inbox URL for a filter state: only what differs from the defaults, so links stay short and shareable. */
export function inboxHref(filters: TCaseFilters, changes: Partial<TCaseFilters> = {}): string {
  const next = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = next[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (next.sortering !== "nyast") params.set("sortering", next.sortering);
  if (next.sida > 1) params.set("sida", String(next.sida));
  const query = params.toString();
  return query ? `/inkorg?${query}` : "/inkorg";
}

/** Whether any filter narrows the list (sorting and page do not). */
export function hasActiveFilters(filters: TCaseFilters): boolean {
  return KEYS.some((key) => filters[key] !== undefined && filters[key] !== "");
}

/** How many filters narrow the list, shown on the phone's "Filtrera" button. */
export function activeFilterCount(filters: TCaseFilters): number {
  return KEYS.filter((key) => filters[key] !== undefined && filters[key] !== "").length;
}
