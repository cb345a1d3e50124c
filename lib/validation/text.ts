import * as z from "zod/mini";
import "@/lib/validation/zod-swedish";

/**
 * The text rules every form shares, in zod's tree-shakable API (`zod/mini`): the report wizard's schemas, which the
 * browser runs too, are built from these, and so is lib/validation/fields.ts for the other forms. A classic
 * `z.object` takes these schemas as fields.
 */

// C0 control characters but tab, newline and carriage return (NUL among them), DEL, and UTF-16 halves without
// their pair: PostgreSQL refuses NUL and unpaired surrogates (22P05, 22021), and none of them is text anyone typed.
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(UNWANTED, "");
}

/**
 * The same for values kept as typed (a wizard step's autosave): every string and key cleaned, nesting cut off
 * below `depth` levels, which no form of ours reaches.
 */
export function cleanDeep(value: unknown, depth = 8): unknown {
  if (typeof value === "string") return cleanText(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth <= 0) return undefined;
  if (Array.isArray(value)) return value.map((item) => cleanDeep(item, depth - 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [cleanText(key), cleanDeep(item, depth - 1)]),
  );
}

export function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The one text schema: every text field of every schema starts here (or at its classic twin in fields.ts), so the
 * unwanted characters are gone before any length check or database write. Further checks go in `.check(…)`.
 */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).check(z.overwrite(cleanText));

/** Required text with a length range; an empty field gets only "Fyll i …", not also the minimum-length message. */
export const requiredText = (label: string, min: number, max: number) =>
  text({ error: `Fyll i ${label}.` }).check(
    z.trim(),
    z.minLength(1, { error: `Fyll i ${label}.`, abort: true }),
    z.minLength(min, { error: `${capitalise(label)} behöver vara minst ${min} tecken.` }),
    z.maxLength(max, { error: `${capitalise(label)} får vara högst ${max} tecken.` }),
  );
