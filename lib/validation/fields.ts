import { z } from "zod";
import { isRealDate } from "@/lib/dates";

/**
 * Field schemas shared by the forms of every subject. The browser sends raw form values (strings), so a schema may
 * transform them (e.g. "30" → 30); the domain functions take the parsed output.
 */

export const id = z.string().min(1).max(40);

export function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Required text with a length range; an empty field gets only "Fyll i …", not also the minimum-length message. */
export const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .min(min, { error: `${capitalise(label)} behöver vara minst ${min} tecken.` })
    .max(max, { error: `${capitalise(label)} får vara högst ${max} tecken.` });

/** A whole number typed into a text field. */
export const integer = (label: string, min: number, max: number) =>
  z
    .string({ error: `Fyll i ${label}.` })
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
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .toLowerCase()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." }));

/** A required YYYY-MM-DD that names a real day. */
export const isoDate = (label: string) =>
  z
    .string({ error: `Fyll i ${label}.` })
    .trim()
    .min(1, { error: `Fyll i ${label}.`, abort: true })
    .refine(isRealDate, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.` });

export const year = integer("året", 2000, 2100);

/** A page number read from the URL: anything odd becomes page 1. */
export const pageNumber = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);
