import { FilterActions, FilterSelect } from "@/components/ui/filter-select";
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

/** A plain GET form: the filter state lands in the URL, so a view can be bookmarked and shared. */
export function InboxFilters({ filters, options }: { filters: TCaseFilters; options: Options }) {
  return (
    <form
      method="get"
      action="/inkorg"
      role="search"
      aria-labelledby="filter-rubrik"
      className="rounded border border-slate-400 p-4"
    >
      <h2 id="filter-rubrik" className="mb-3 text-xl font-semibold">
        Filtrera och sök
      </h2>
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
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect
          id="status"
          label="Status"
          emptyLabel="Alla statusar"
          defaultValue={filters.status}
          options={STATUS_OPTIONS}
        />
        <FilterSelect
          id="ar"
          label="År"
          emptyLabel="Alla år"
          defaultValue={filters.ar}
          options={options.years.map((year) => ({ value: String(year), label: String(year) }))}
        />
        <FilterSelect
          id="organisation"
          label="Rapporterande organisation"
          emptyLabel="Alla organisationer"
          defaultValue={filters.organisation}
          groups={options.organisationGroups}
        />
        <FilterSelect
          id="part"
          label="Samverkanspart"
          emptyLabel="Alla samverkansparter"
          defaultValue={filters.part}
          groups={options.organisationGroups}
        />
        <FilterSelect
          id="omrade"
          label="Område"
          emptyLabel="Alla områden"
          defaultValue={filters.omrade}
          options={options.areas}
        />
        <FilterSelect
          id="kategori"
          label="Kategori"
          emptyLabel="Alla kategorier"
          defaultValue={filters.kategori}
          groups={options.categoryGroups}
        />
        <FilterSelect
          id="handlaggare"
          label="Handläggare"
          emptyLabel="Alla handläggare"
          defaultValue={filters.handlaggare}
          options={[{ value: "ingen", label: "Ingen handläggare" }, ...options.coordinators]}
        />
        <FilterSelect
          id="sortering"
          label="Sortering"
          defaultValue={filters.sortering}
          options={SORT_OPTIONS}
        />
      </div>
      <FilterActions clearHref={"/inkorg"} />
    </form>
  );
}
