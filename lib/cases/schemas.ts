import * as z from "zod";
import { isRealDate, swedishToday } from "@/lib/dates";
import { id, text } from "@/lib/validation/fields";

export const ZCaseStatus = z.enum([
  "INKOMMEN",
  "REGISTRERAD",
  "UNDER_HANDLAGGNING",
  "ATERKOPPLAD",
  "AVIDENTIFIERAD",
  "AVSLUTAD",
  "AVVISAD",
]);

/** What the coordinator fills in on the status form; the message goes to the reporter and only with a rejection. */
export const ZChangeStatusFields = z.object({
  reportId: id,
  to: z.enum(ZCaseStatus.options, { error: "Välj ny status." }),
  reason: text().trim().max(1000, { error: "Skälet får vara högst 1000 tecken." }),
  message: text().trim().max(4000, { error: "Meddelandet får vara högst 4000 tecken." }),
});
export type TChangeStatusFields = z.infer<typeof ZChangeStatusFields>;

/** What the action parses: the fields plus the status the coordinator saw, so a change made meanwhile is refused. */
export const ZChangeStatus = ZChangeStatusFields.extend({ from: ZCaseStatus });

export const ZRegisterCase = z.object({
  reportId: id,
  diarienummer: text()
    .trim()
    .min(1, { error: "Fyll i diarienummer." })
    .max(60, { error: "Diarienumret får vara högst 60 tecken." }),
});

export const ZAssignCase = z.object({ reportId: id, assigneeId: text().max(40) });

export const ZClassifyCase = z.object({
  reportId: id,
  categoryIds: z.array(id).max(30),
  areaIds: z.array(id).min(1, { error: "Välj minst ett område." }).max(30),
});

export const ZAddNote = z.object({
  reportId: id,
  body: text().trim().min(1, { error: "Skriv anteckningen." }).max(4000, { error: "Högst 4000 tecken." }),
});

export const ZSendMessage = z.object({
  reportId: id,
  body: text().trim().min(1, { error: "Skriv meddelandet." }).max(4000, { error: "Högst 4000 tecken." }),
});

export const ZReporterReply = z.object({
  body: text().trim().min(1, { error: "Skriv ditt svar." }).max(4000, { error: "Högst 4000 tecken." }),
});

export const ZEscalateCase = z.object({
  reportId: id,
  level: z.enum(["LOKAL", "DELREGIONAL"], { error: "Välj nivå." }),
  raisedOn: text()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ange datum som ÅÅÅÅ-MM-DD.", abort: true })
    .refine(isRealDate, { error: "Datumet finns inte.", abort: true })
    .refine((day) => day <= swedishToday(), { error: "Datumet kan inte ligga i framtiden." }),
  outcome: text().trim().max(2000, { error: "Högst 2000 tecken." }),
});

export const CASE_SORTS = ["nyast", "aldst", "referens", "status"] as const;

/** The inbox's filter state, read from the URL so a view can be bookmarked and shared. */
export const ZCaseFilters = z.object({
  status: ZCaseStatus.optional().catch(undefined),
  ar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  organisation: text().max(40).optional().catch(undefined),
  part: text().max(40).optional().catch(undefined),
  omrade: text().max(40).optional().catch(undefined),
  kategori: text().max(40).optional().catch(undefined),
  handlaggare: text().max(40).optional().catch(undefined),
  sok: text().trim().max(200).optional().catch(undefined),
  sortering: z.enum(CASE_SORTS).default("nyast").catch("nyast"),
  sida: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TCaseFilters = z.infer<typeof ZCaseFilters>;
