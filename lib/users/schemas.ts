import * as z from "zod";
import { id, text } from "@/lib/validation/fields";

// Here rather than beside the hashing in lib/auth/passwords.ts: forms in the browser use it, and that file pulls in
// the native argon2 module. The check against common and breached passwords runs where a new password is hashed
// (hashNewPassword), on the server: its lists are too large for the browser.
export const ZPassword = text()
  .min(12, { error: "Lösenordet måste ha minst 12 tecken." })
  .max(200, { error: "Lösenordet får ha högst 200 tecken." });

export const ZRole = z.enum(["SAMORDNARE", "ARBETSGRUPP", "ADMIN"], { error: "Välj en roll." });

export const ZCreateUser = z.object({
  name: text().trim().min(2, { error: "Fyll i namn." }).max(120, { error: "Högst 120 tecken." }),
  email: text()
    .trim()
    .toLowerCase()
    .min(1, { error: "Fyll i e-postadress." })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." })),
  role: ZRole,
  password: ZPassword,
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

const samePasswords = (values: { password: string; passwordConfirm: string }) =>
  values.password === values.passwordConfirm;
const PASSWORDS_DIFFER = {
  error: "Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.",
  path: ["passwordConfirm"],
};

export const ZInviteUser = z
  .object({
    name: ZCreateUser.shape.name,
    email: ZCreateUser.shape.email,
    role: ZRole,
    password: ZPassword,
    passwordConfirm: text(),
  })
  .refine(samePasswords, PASSWORDS_DIFFER);
export type TInviteUser = z.output<typeof ZInviteUser>;

export const ZChangeUserRole = z.object({ userId: id, role: ZRole });
export type TChangeUserRole = z.output<typeof ZChangeUserRole>;

export const ZUserRef = z.object({ userId: id });
export type TUserRef = z.output<typeof ZUserRef>;

export const ZResetUserPassword = z
  .object({ userId: id, password: ZPassword, passwordConfirm: text() })
  .refine(samePasswords, PASSWORDS_DIFFER);
export type TResetUserPassword = z.output<typeof ZResetUserPassword>;

/** The token of a link to choose a password (see lib/users/password-link.ts) and the password typed twice. */
export const ZChoosePassword = z
  .object({
    token: text().min(1, { error: "Länken är ofullständig. Öppna den igen från mejlet." }),
    password: ZPassword,
    passwordConfirm: text(),
  })
  .refine(samePasswords, PASSWORDS_DIFFER);
export type TChoosePassword = z.output<typeof ZChoosePassword>;
