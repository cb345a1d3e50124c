import { z } from "zod";
import { ZPassword } from "@/lib/auth/passwords";

export const ZRole = z.enum(["SAMORDNARE", "ARBETSGRUPP", "ADMIN"], { error: "Välj en roll." });

export const ZCreateUser = z.object({
  name: z.string().trim().min(2, { error: "Fyll i namn." }).max(120, { error: "Högst 120 tecken." }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "Fyll i e-postadress." })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." })),
  role: ZRole,
  password: ZPassword,
});
export type TCreateUser = z.infer<typeof ZCreateUser>;
