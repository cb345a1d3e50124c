import * as z from "zod/mini";
// The Swedish locale alone: `z.locales.sv()` would put every one of zod's locales in the browser's bundle.
import swedishLocale from "zod/v4/locales/sv.js";

// zod's messages in Swedish, in the browser and on the server alike: every schema file imports this through
// lib/validation/text.ts. zod's own Swedish locale names types in English ("förväntat string, fick number") and
// uses symbols ("<=20"), so the issues a user can meet get our wording and the locale covers the rest. They are set
// as zod's custom error map, not its locale: the classic API sets its English locale when it is first imported,
// which on the server may well be after this file.

const TYPE_NAMES: Record<string, string> = {
  string: "en text",
  number: "ett tal",
  int: "ett heltal",
  bigint: "ett heltal",
  boolean: "ja eller nej",
  date: "ett datum",
  array: "en lista",
  object: "ett formulär",
  record: "ett formulär",
  enum: "ett av alternativen",
  literal: "ett av alternativen",
};

type Issue = Parameters<NonNullable<z.core.$ZodConfig["localeError"]>>[0];

export function swedishMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Fyll i fältet.";
      return `Fel slags värde: här behövs ${TYPE_NAMES[issue.expected] ?? "ett annat värde"}.`;
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Högst ${max} tecken.`;
      if (issue.origin === "array" || issue.origin === "set") return `Högst ${max} i listan.`;
      return `Värdet får vara högst ${max}.`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "Fyll i fältet." : `Minst ${min} tecken.`;
      if (issue.origin === "array" || issue.origin === "set") return `Välj minst ${min}.`;
      return `Värdet måste vara minst ${min}.`;
    }
    case "invalid_value":
      return "Välj ett av alternativen.";
    case "invalid_format":
      return issue.format === "email"
        ? "Skriv e-postadressen som namn@exempel.se."
        : "Värdet har fel format.";
    case "not_multiple_of":
      return "Värdet har fel format.";
    case "unrecognized_keys":
      return "Formuläret innehåller fält som inte hör dit.";
    case "invalid_key":
    case "invalid_element":
    case "invalid_union":
    case "custom":
      return "Värdet är inte giltigt.";
    default:
      return undefined;
  }
}

const localeMessage = swedishLocale().localeError;
z.config({ customError: (issue) => swedishMessage(issue) ?? localeMessage?.(issue) });
