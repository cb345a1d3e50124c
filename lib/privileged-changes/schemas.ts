import * as z from "zod";
import { id } from "@/lib/validation/fields";

export const ZChangeRequestRef = z.object({ requestId: id });
export type TChangeRequestRef = z.output<typeof ZChangeRequestRef>;
