import * as z from "zod";
import { brandColourProblem } from "@/lib/settings/colour-contrast";
import { email, integer, isoDate, requiredText, text } from "@/lib/validation/fields";

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The most steps the routine takes; the form stops offering more at this. */
export const MAX_ROUTINE_STEPS = 10;

export const ZInstanceSettingsForm = z.object({
  serviceName: requiredText("tjänstens namn", 2, 120),
  samradName: requiredText("samrådets namn", 2, 200),
  hostOrganisation: requiredText("värdorganisationen", 2, 200),
  coordinatorRoles: text()
    .refine((text) => lines(text).length > 0, { error: "Skriv minst en samordnarroll." })
    .refine((text) => lines(text).length <= 10, { error: "Högst 10 samordnarroller." })
    .refine((text) => lines(text).every((line) => line.length >= 2 && line.length <= 200), {
      error: "Varje roll ska vara 2–200 tecken.",
    })
    .transform(lines),
  coordinatorMailboxes: text()
    .superRefine((text, ctx) => {
      const all = lines(text);
      if (all.length > 20) ctx.addIssue({ code: "custom", message: "Högst 20 adresser." });
      const invalid = all.findIndex((line) => !z.email().safeParse(line).success);
      if (invalid >= 0) {
        ctx.addIssue({
          code: "custom",
          message: `Rad ${invalid + 1} är inte en e-postadress. Skriv en adress per rad, till exempel samordnare@kommun.se.`,
        });
      }
    })
    .transform((text) => lines(text).map((line) => line.toLowerCase())),
  accessibilityContactEmail: email("e-postadressen för tillgänglighetsfrågor"),
  contactEmail: email("tjänstens funktionsbrevlåda"),
  dataProtectionOfficerEmail: email("dataskyddsombudets e-postadress"),
  brandColour: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === "" || brandColourProblem(value) === null, {
      // The message names the measured ratio; zod 4 takes a function for a message built from the input.
      error: (issue) => brandColourProblem(String(issue.input)) ?? "Välj en mörkare färg.",
    }),
  accessibilityKnownIssues: z
    .string()
    .refine((text) => lines(text).length <= 20, { error: "Högst 20 kända brister." })
    .refine((text) => lines(text).every((line) => line.length >= 2 && line.length <= 1000), {
      error: "Varje brist ska vara 2–1000 tecken.",
    })
    .transform(lines),
  accessibilityReviewedOn: isoDate("datumet då redogörelsen granskades"),
  routineSteps: z
    .array(
      z.object({
        title: requiredText("stegets rubrik", 2, 200),
        text: requiredText("stegets text", 2, 2000),
      }),
    )
    .min(1, { error: "Rutinen behöver minst ett steg." })
    .max(MAX_ROUTINE_STEPS, { error: `Rutinen får ha högst ${MAX_ROUTINE_STEPS} steg.` }),
});

export const ZReminderSettingsForm = z.object({
  noFeedbackDays: integer("antalet dagar utan återkoppling", 1, 365),
  delTvaMissingDays: integer("antalet dagar utan del två", 1, 365),
});

export const ZRetentionSettingsForm = z.object({
  draftExpiryDays: integer("antalet dagar för utkast", 1, 730),
  partnerLinkDays: integer("antalet dagar för länken till samverkansparten", 1, 90),
  caseRetentionYears: integer("antalet år innan ärendets text gallras", 1, 50),
});

export const ZFourEyesSettingsForm = z.object({
  mode: z.enum(["auto", "on", "off"], { error: "Välj när fyra ögon gäller." }),
});

export const ZStatisticsSettingsForm = z.object({
  suppressionThreshold: integer("gränsen för små antal", 1, 10),
});

/** The largest logo accepted, in bytes (before base64). */
export const MAX_LOGO_BYTES = 200 * 1024;

/** The logo as the browser read it from the file: base64 of a PNG. The server checks the bytes themselves again. */
export const ZInstanceLogoForm = z.object({
  png: z
    .string()
    .min(1, { error: "Välj en PNG-bild." })
    .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, { error: "Logotypen får vara högst 200 kB." }),
});

export const ZRemoveInstanceLogo = z.object({});
