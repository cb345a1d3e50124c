import { FilterForm, type FilterField } from "@/components/ui/filter-form";
import type { FilterOption, ReviewFilters } from "@/lib/reviews/filters";

const HUVUDMAN_OPTIONS = [
  { value: "kommun", label: "Kommun" },
  { value: "region", label: "Region" },
  { value: "ovrig", label: "Övrig aktör" },
];
const SOLVED_OPTIONS = [
  { value: "ja", label: "Löst" },
  { value: "delvis", label: "Delvis löst" },
  { value: "nej", label: "Inte löst" },
  { value: "okant", label: "Okänt" },
];
const ESCALATED_OPTIONS = [
  { value: "ja", label: "Behöver lyftas vidare" },
  { value: "nej", label: "Behöver inte lyftas vidare" },
];
const REVIEWED_OPTIONS = [
  { value: "nej", label: "Inte granskade" },
  { value: "ja", label: "Granskade" },
];

function reviewFields(options: { categories: FilterOption[]; areas: FilterOption[] }): FilterField[] {
  return [
    { id: "kategori", label: "Kategori", emptyLabel: "Alla kategorier", options: options.categories },
    { id: "omrade", label: "Område", emptyLabel: "Alla områden", options: options.areas },
    {
      id: "huvudman",
      label: "Rapporterande huvudman",
      emptyLabel: "Alla huvudmän",
      options: HUVUDMAN_OPTIONS,
    },
    { id: "lost", label: "Är bristen löst", emptyLabel: "Alla", options: SOLVED_OPTIONS },
    { id: "lyft", label: "Lyfts vidare", emptyLabel: "Alla", options: ESCALATED_OPTIONS },
    { id: "granskad", label: "Arbetsgruppens granskning", emptyLabel: "Alla", options: REVIEWED_OPTIONS },
  ];
}

/** The filters land in the URL, so a view can be shared and carried into the meeting mode. */
export function ReviewFiltersForm({
  year,
  filters,
  options,
}: {
  year: number;
  filters: ReviewFilters;
  options: { categories: FilterOption[]; areas: FilterOption[] };
}) {
  // The URL spells huvudman and lost in lower case.
  const values = { ...filters, huvudman: filters.huvudman?.toLowerCase(), lost: filters.lost?.toLowerCase() };
  return (
    <FilterForm
      action="/arbetsgrupp"
      heading={<>Filtrera bristerna {year}</>}
      fields={reviewFields(options)}
      values={values}
      clearHref={`/arbetsgrupp?ar=${year}`}
      className="mb-6"
    >
      <input type="hidden" name="ar" value={year} />
    </FilterForm>
  );
}
