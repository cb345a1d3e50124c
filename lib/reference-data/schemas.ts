import * as z from "zod";
import { parseEmailDomains } from "@/lib/reference-data/email-domains";
import { id, integer, requiredText, year, text } from "@/lib/validation/fields";

const sortOrder = integer("sorteringen", 0, 100_000);

export const ZHuvudman = z.enum(["KOMMUN", "REGION", "OVRIG"], { error: "Välj huvudman." });

/** Typed as one line ("skane.se, helsingborg.se"), stored as a sorted list. */
const emailDomains = z
  .string({ error: "Skriv e-postdomänerna med komma emellan." })
  .max(2000, { error: "Listan får vara högst 2 000 tecken." })
  .transform((text, ctx) => {
    const { domains, invalid } = parseEmailDomains(text);
    if (invalid.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `Det här är inte e-postdomäner: ${invalid.slice(0, 5).join(", ")}. Skriv till exempel skane.se.`,
      });
      return z.NEVER;
    }
    if (domains.length > 50) {
      ctx.addIssue({ code: "custom", message: "Ange högst 50 e-postdomäner." });
      return z.NEVER;
    }
    return domains;
  });

export const ZCreateOrganisation = z.object({
  name: requiredText("namnet", 2, 200),
  huvudman: ZHuvudman,
  sortOrder,
  emailDomains,
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
