import * as z from "zod";
import { text } from "@/lib/validation/fields";

/** Staff sign-in: the form checks it in the browser, the credentials provider parses it again. */
export const ZSignIn = z.object({
  email: text({ error: "Fyll i din e-postadress." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Fyll i din e-postadress.", abort: true })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." })),
  password: text({ error: "Fyll i ditt lösenord." })
    .min(1, { error: "Fyll i ditt lösenord." })
    .max(200, { error: "Lösenordet får ha högst 200 tecken." }),
  /** The second step: a six-digit code from the app or a recovery code; empty on the first step. */
  code: z
    .string()
    .trim()
    .max(40, { error: "Koden är för lång." })
    .optional()
    .transform((v) => v || undefined),
});
export type TSignIn = z.output<typeof ZSignIn>;

/** What the sign-in answers when the password was right and a code from the app is needed too. */
export const SECOND_FACTOR_NEEDED = "second-factor-needed";
/** Thrown by the sign-in when this client must wait after its own wrong passwords, so the form can say so. */
export const SIGN_IN_WAIT = "sign-in-wait";
