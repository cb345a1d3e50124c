import { FilterActions, FilterSelect } from "@/components/ui/filter-select";
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

/** A plain GET form: the filters land in the URL, so a view can be shared and carried into the meeting mode. */
export function ReviewFiltersForm({
  year,
  filters,
  options,
}: {
  year: number;
  filters: ReviewFilters;
  options: { categories: FilterOption[]; areas: FilterOption[] };
}) {
  return (
    <form
      method="get"
      action="/arbetsgrupp"
      role="search"
      aria-labelledby="filter-rubrik"
      className="mb-6 rounded border border-slate-400 p-4"
    >
      <h2 id="filter-rubrik" className="mb-3 text-xl font-semibold">
        Filtrera bristerna {year}
      </h2>
      <input type="hidden" name="ar" value={year} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect
          id="kategori"
          label="Kategori"
          emptyLabel="Alla kategorier"
          defaultValue={filters.kategori}
          options={options.categories}
        />
        <FilterSelect
          id="omrade"
          label="Område"
          emptyLabel="Alla områden"
          defaultValue={filters.omrade}
          options={options.areas}
        />
        <FilterSelect
          id="huvudman"
          label="Rapporterande huvudman"
          emptyLabel="Alla huvudmän"
          defaultValue={filters.huvudman?.toLowerCase()}
          options={HUVUDMAN_OPTIONS}
        />
        <FilterSelect
          id="lost"
          label="Är bristen löst"
          emptyLabel="Alla"
          defaultValue={filters.lost?.toLowerCase()}
          options={SOLVED_OPTIONS}
        />
        <FilterSelect
          id="lyft"
          label="Lyfts vidare"
          emptyLabel="Alla"
          defaultValue={filters.lyft}
          options={ESCALATED_OPTIONS}
        />
        <FilterSelect
          id="granskad"
          label="Arbetsgruppens granskning"
          emptyLabel="Alla"
          defaultValue={filters.granskad}
          options={REVIEWED_OPTIONS}
        />
      </div>
      <FilterActions clearHref={`/arbetsgrupp?ar=${year}`} />
    </form>
  );
}
