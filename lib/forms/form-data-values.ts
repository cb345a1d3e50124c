import { DATE_PART_SUFFIXES } from "@/lib/forms/date-part-names";
import { joinDateParts } from "@/lib/validation/date-parts";

/**
 * The names a posted form uses, so a form that works without JavaScript sends what react-hook-form would hold:
 *
 * - a dotted name is a path: "measures.0.description", "identifierConfirmations.description"; a numeric segment
 *   makes an array, kept in index order without gaps;
 * - a date typed as dag, månad and år (components/ui/date-input.tsx) is posted as "<name>:dag", "<name>:manad" and
 *   "<name>:ar" and becomes the one string the schemas read ("2026-3-27"; "2026-03" without a day);
 * - a checkbox group is named in `lists`: its values become an array, an empty one when nothing is ticked;
 * - a name starting with "$" (Next.js's own fields) or "_" (the form's control fields, such as the button pressed)
 *   is not a value.
 *
 * Every value is a string as typed (files are ignored); the schema validates and normalises afterwards.
 */
type Tree = Record<string, unknown>;

export function formDataValues(
  formData: FormData,
  options: { lists?: readonly string[] } = {},
): Record<string, unknown> {
  const lists = new Set(options.lists ?? []);
  const values: Tree = {};
  const dates = new Map<string, { day?: string; month?: string; year?: string }>();

  for (const list of lists) setPath(values, list, []);
  for (const [name, entry] of formData.entries()) {
    if (typeof entry !== "string" || name.startsWith("$") || name.startsWith("_")) continue;
    const datePart = datePartOf(name);
    if (datePart) {
      const parts = dates.get(datePart.name) ?? {};
      parts[datePart.part] = entry;
      dates.set(datePart.name, parts);
    } else if (lists.has(name)) {
      (getPath(values, name) as unknown[]).push(entry);
    } else {
      setPath(values, name, entry);
    }
  }
  for (const [name, parts] of dates) {
    const hasDay = parts.day !== undefined;
    setPath(
      values,
      name,
      joinDateParts({ day: parts.day ?? "", month: parts.month ?? "", year: parts.year ?? "" }, hasDay),
    );
  }
  return compactArrays(values) as Record<string, unknown>;
}

function datePartOf(name: string): { name: string; part: "day" | "month" | "year" } | null {
  for (const [part, suffix] of Object.entries(DATE_PART_SUFFIXES)) {
    if (name.endsWith(suffix)) {
      return { name: name.slice(0, -suffix.length), part: part as "day" | "month" | "year" };
    }
  }
  return null;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);
// A posted name never reaches the prototype.
const isUnsafe = (segment: string) =>
  segment === "__proto__" || segment === "constructor" || segment === "prototype";

function setPath(root: Tree, name: string, value: unknown) {
  const segments = name.split(".");
  if (segments.some((segment) => segment === "" || isUnsafe(segment))) return;
  let node: Tree = root;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next !== "object" || next === null) {
      node[segment] = isIndex(segments[i + 1]!) ? [] : {};
    }
    node = node[segment] as Tree;
  });
}

function getPath(root: Tree, name: string): unknown {
  return name.split(".").reduce<unknown>((node, segment) => (node as Tree | undefined)?.[segment], root);
}

/** Arrays filled by index ("measures.3.…" after a removed row) lose their holes. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compactArrays);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compactArrays(item)]));
  }
  return value;
}
