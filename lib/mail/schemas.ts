import * as z from "zod";
import { pageNumber } from "@/lib/validation/fields";

export const ZOutboxPage = z.object({
  sida: pageNumber,
});
