import { z } from "zod";
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
});
export type TSignIn = z.output<typeof ZSignIn>;
