import { z } from "zod";
import { pageNumber, text } from "@/lib/validation/fields";

export const ZOutboxPage = z.object({
  sida: pageNumber,
});
