import * as z from "zod";
import { isRealDate } from "@/lib/dates";
import "@/lib/validation/zod-swedish";

/**
 * Field schemas shared by the forms of every subject. The browser sends raw form values (strings), so a schema may
 * transform them (e.g. "30" → 30); the domain functions take the parsed output.
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

/**
 * The one text schema: every text field of every schema starts here, so the unwanted characters are gone before
 * any length check or database write. It stays a ZodString, so `.trim().max(…)` chain as usual.
 */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanText);

export const id = text().min(1).max(40);

export function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Required text with a length range; an empty field gets only "Fyll i …", not also the minimum-length message. */
export const requiredText = (label: string, min: number, max: number) =>
  text({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .min(min, { error: `${capitalise(label)} behöver vara minst ${min} tecken.` })
    .max(max, { error: `${capitalise(label)} får vara högst ${max} tecken.` });

/** A whole number typed into a text field. */
export const integer = (label: string, min: number, max: number) =>
  text({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .regex(/^\d+$/, {
      error: `Skriv ${label} som ett heltal, till exempel ${Math.max(min, 10)}.`,
      abort: true,
    })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${capitalise(label)} måste vara minst ${min}.` })
        .max(max, { error: `${capitalise(label)} får vara högst ${max}.` }),
    );

export const email = (label: string) =>
  text({ error: `Fyll i ${label}.` })
    .trim()
    .toLowerCase()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." }));

/** A required YYYY-MM-DD that names a real day. */
export const isoDate = (label: string) =>
  text({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .refine(isRealDate, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.` });

export const year = integer("året", 2000, 2100);

/** A page number read from the URL: anything odd becomes page 1. */
export const pageNumber = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);
