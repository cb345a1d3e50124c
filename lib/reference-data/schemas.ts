import { z } from "zod";
import { id, integer, requiredText, year, text } from "@/lib/validation/fields";

const sortOrder = integer("sorteringen", 0, 100_000);

export const ZHuvudman = z.enum(["KOMMUN", "REGION", "OVRIG"], { error: "Välj huvudman." });

export const ZCreateOrganisation = z.object({
  name: requiredText("namnet", 2, 200),
  huvudman: ZHuvudman,
  sortOrder,
});
export type TCreateOrganisation = z.output<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = ZCreateOrganisation.extend({ id });
export type TUpdateOrganisation = z.output<typeof ZUpdateOrganisation>;

export const ZCreateArea = z.object({
  code: text({ error: "Fyll i koden." })
    .trim()
    .toUpperCase()
    .min(1, { error: "Fyll i koden.", abort: true })
    .regex(/^[A-ZÅÄÖ0-9_]{2,40}$/, {
      error: "Koden får bara ha bokstäver, siffror och understreck (2–40 tecken), till exempel BARN_UNGA.",
    }),
  name: requiredText("namnet", 2, 200),
  sortOrder,
});
export type TCreateArea = z.output<typeof ZCreateArea>;

/** The code is the area's stable identifier (defaults are tracked by it), so it cannot change. */
export const ZUpdateArea = z.object({ id, name: requiredText("namnet", 2, 200), sortOrder });
export type TUpdateArea = z.output<typeof ZUpdateArea>;

export const ZCreateCategory = z.object({ year, name: requiredText("namnet", 2, 200), sortOrder });
export type TCreateCategory = z.output<typeof ZCreateCategory>;

export const ZUpdateCategory = z.object({ id, name: requiredText("namnet", 2, 200), sortOrder });
export type TUpdateCategory = z.output<typeof ZUpdateCategory>;

export const ZCopyCategories = z
  .object({ fromYear: year, toYear: integer("det nya året", 2000, 2100) })
  .refine((values) => values.fromYear !== values.toYear, {
    error: "Välj ett annat år än det du kopierar från.",
    path: ["toYear"],
  });
export type TCopyCategories = z.output<typeof ZCopyCategories>;

/** Deactivating or reactivating an organisation, area or category. */
export const ZSetActive = z.object({ id, isActive: z.boolean() });
export type TSetActive = z.output<typeof ZSetActive>;
