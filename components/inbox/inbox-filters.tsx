import { FilterForm, type FilterField } from "@/components/ui/filter-form";
import type { inboxFilterOptions } from "@/lib/cases/inbox-filter-options";
import { CASE_FLOW, STATUS_LABELS } from "@/lib/cases/status-transitions";
import type { TCaseFilters } from "@/lib/cases/schemas";

type Options = Awaited<ReturnType<typeof inboxFilterOptions>>;

const SORT_OPTIONS = [
  { value: "nyast", label: "Nyast först" },
  { value: "aldst", label: "Äldst först" },
  { value: "referens", label: "Referensnummer" },
  { value: "status", label: "Status" },
];
const STATUS_OPTIONS = [...CASE_FLOW, "AVVISAD" as const].map((s) => ({ value: s, label: STATUS_LABELS[s] }));

function inboxFields(options: Options): FilterField[] {
  const years = options.years.map((year) => ({ value: String(year), label: String(year) }));
  const coordinators = [{ value: "ingen", label: "Ingen handläggare" }, ...options.coordinators];
  const organisations = options.organisationGroups;
  return [
    { id: "status", label: "Status", emptyLabel: "Alla statusar", options: STATUS_OPTIONS },
    { id: "ar", label: "År", emptyLabel: "Alla år", options: years },
    {
      id: "organisation",
      label: "Rapporterande organisation",
      emptyLabel: "Alla organisationer",
      groups: organisations,
    },
    { id: "part", label: "Samverkanspart", emptyLabel: "Alla samverkansparter", groups: organisations },
    { id: "omrade", label: "Område", emptyLabel: "Alla områden", options: options.areas },
    { id: "kategori", label: "Kategori", emptyLabel: "Alla kategorier", groups: options.categoryGroups },
    { id: "handlaggare", label: "Handläggare", emptyLabel: "Alla handläggare", options: coordinators },
    { id: "sortering", label: "Sortering", options: SORT_OPTIONS },
  ];
}

/** The filter state lands in the URL, so a view can be bookmarked and shared. */
export function InboxFilters({ filters, options }: { filters: TCaseFilters; options: Options }) {
  return (
    <FilterForm
      action="/inkorg"
      heading="Filtrera och sök"
      fields={inboxFields(options)}
      values={filters}
      clearHref="/inkorg"
    >
      <div className="mb-4">
        <label htmlFor="filter-sok" className="block font-semibold">
          Sök i rapporttext och referenser
        </label>
        <p id="filter-sok-hint" className="text-sm text-slate-700">
          Söker i beskrivning, åtgärder, samverkansparts kommentar, referensnummer och diarienummer.
        </p>
        <input
          id="filter-sok"
          name="sok"
          type="search"
          defaultValue={filters.sok ?? ""}
          aria-describedby="filter-sok-hint"
          className="mt-1 block w-full rounded border-2 border-slate-600 px-3 py-2"
        />
      </div>
    </FilterForm>
  );
}
