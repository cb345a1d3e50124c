export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  id: string;
  label: string;
  defaultValue?: string | number;
  /** The first option, meaning "no filter"; omitted for selects that always have a value (sorting). */
  emptyLabel?: string;
  options?: FilterOption[];
  groups?: { label: string; options: FilterOption[] }[];
}

/** A labelled select inside a GET filter form (the inbox, the arbetsgrupp's review): its name is the URL parameter. */
export function FilterSelect({
  id,
  label,
  defaultValue,
  emptyLabel,
  options = [],
  groups = [],
}: FilterSelectProps) {
  return (
    <div>
      <label htmlFor={`filter-${id}`} className="block font-semibold">
        {label}
      </label>
      <select
        id={`filter-${id}`}
        name={id}
        defaultValue={defaultValue === undefined ? "" : String(defaultValue)}
        className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2"
      >
        {emptyLabel ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
