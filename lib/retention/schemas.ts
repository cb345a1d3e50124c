import * as z from "zod";
import { id, text } from "@/lib/validation/fields";

/** Why a case must be kept past its retention period: an inquiry, a legal proceeding, a request for the records. */
export const ZSetLegalHold = z.object({
  reportId: id,
  reason: text()
    .trim()
    .min(1, { error: "Skriv det rättsliga skälet att spara ärendet.", abort: true })
    .min(5, { error: "Skälet behöver vara minst 5 tecken." })
    .max(1000, { error: "Skälet får vara högst 1000 tecken." }),
});
export type TSetLegalHold = z.infer<typeof ZSetLegalHold>;

/** Why the legal hold no longer applies; kept as an internal note on the case. */
export const ZLiftLegalHold = z.object({
  reportId: id,
  reason: text()
    .trim()
    .min(1, { error: "Skriv varför skälet inte gäller längre.", abort: true })
    .min(5, { error: "Skälet behöver vara minst 5 tecken." })
    .max(1000, { error: "Skälet får vara högst 1000 tecken." }),
});
export type TLiftLegalHold = z.infer<typeof ZLiftLegalHold>;

/** "Kör gallring nu" sends nothing but the click. */
export const ZRunRetention = z.object({});
