import * as z from "zod";

/** The first code from the authenticator app, confirming enrolment. */
export const ZConfirmTotp = z.object({
  code: z
    .string({ error: "Fyll i koden från appen." })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(
      z
        .string()
        .min(1, { error: "Fyll i koden från appen.", abort: true })
        .regex(/^\d{6}$/, { error: "Koden har sex siffror." }),
    ),
});
export type TConfirmTotp = z.output<typeof ZConfirmTotp>;
