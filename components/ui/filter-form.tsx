import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FilterSelect, type FilterSelectProps } from "@/components/ui/filter-select";

/** A select of the form; its value comes from `values` under its id. */
export type FilterField = Omit<FilterSelectProps, "defaultValue">;

interface FilterFormProps {
  action: string;
  heading: ReactNode;
  fields: FilterField[];
  /** The current filters by URL parameter, preselected in the fields. */
  values: Partial<Record<string, string | number>>;
  /** Where "Rensa filter" leads: the unfiltered list. */
  clearHref: string;
  className?: string;
  /** What stands between the heading and the selects (a search field, a hidden parameter). */
  children?: ReactNode;
}

/**
 * A plain GET filter form (the inbox, the arbetsgrupp's review): the filters land in the URL, so it works
 * without JavaScript and a view can be bookmarked and shared.
 */
export function FilterForm({
  action,
  heading,
  fields,
  values,
  clearHref,
  className,
  children,
}: FilterFormProps) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="filter-rubrik"
      className={[className, "rounded border border-slate-400 p-4"].filter(Boolean).join(" ")}
    >
      <h2 id="filter-rubrik" className="mb-3 text-xl font-semibold">
        {heading}
      </h2>
      {children}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((field) => (
          <FilterSelect key={field.id} {...field} defaultValue={values[field.id]} />
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">Visa brister</Button>
        <Link href={clearHref} className="text-brand-900 underline">
          Rensa filter
        </Link>
      </div>
    </form>
  );
}
