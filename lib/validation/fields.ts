import * as z from "zod";
import { isRealDate } from "@/lib/dates";
import { capitalise, cleanText } from "@/lib/validation/text";

export { capitalise, cleanDeep, cleanText, requiredText } from "@/lib/validation/text";

/**
 * Field schemas shared by the forms of every subject, in zod's classic API; the text rules themselves are in
 * lib/validation/text.ts. The browser sends raw form values (strings), so a schema may transform them (e.g. "30" →
 * 30); the domain functions take the parsed output.
 */

/**
 * The one text schema: every text field of every schema starts here, so the unwanted characters are gone before
 * any length check or database write. It stays a ZodString, so `.trim().max(…)` chain as usual; text.ts has the same
 * rule for `zod/mini` schemas.
 */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanText);

export const id = text().min(1).max(40);

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
