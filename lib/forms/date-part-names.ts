/**
 * How a date typed as dag, månad and år (components/ui/date-input.tsx) is posted without JavaScript:
 * "<name>:dag", "<name>:manad" and "<name>:ar". lib/forms/form-data-values.ts joins them again.
 */
export const DATE_PART_SUFFIXES = { day: ":dag", month: ":manad", year: ":ar" } as const;
