import { z } from "zod";

// Here rather than beside the hashing in lib/auth/passwords.ts: forms in the browser use it, and that file pulls in
// the native argon2 module.
export const ZPassword = z
  .string()
  .min(12, { error: "Lösenordet måste ha minst 12 tecken." })
  .max(200, { error: "Lösenordet får ha högst 200 tecken." });

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
