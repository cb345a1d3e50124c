import * as z from "zod";
import { id } from "@/lib/validation/fields";

export const ZSessionRef = z.object({ sessionId: id });
export type TSessionRef = z.output<typeof ZSessionRef>;
