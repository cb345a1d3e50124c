import { SECOND_FACTOR_NEEDED, SIGN_IN_WAIT } from "@/lib/auth/schemas";

/**
 * What the sign-in says when next-auth refuses, by its error code: the same words whether the form asked from
 * JavaScript or posted the page and came back to /logga-in?error=….
 */
export const SIGN_IN_REFUSED = "Fel e-postadress eller lösenord. Kontrollera dem och försök igen.";
/** This client must wait after its own wrong passwords: told apart, so the person waits rather than retypes. */
export const SIGN_IN_WAIT_MESSAGE =
  "För många felaktiga inloggningsförsök från din anslutning. Vänta en kvart och försök sedan igen. Har du glömt lösenordet kan en administratör ge dig ett nytt.";
export const CODE_REFUSED =
  "Koden stämmer inte, har redan använts eller så har du försökt för många gånger. Vänta på nästa kod och försök igen.";
const PAGE_EXPIRED = "Sidan hann bli för gammal. Fyll i uppgifterna igen och logga in.";
const SSO_NO_ACCOUNT =
  "Det finns inget aktivt konto i Brister i samverkan med den e-postadressen. Konton skapas av en administratör: kontakta din administratör om du ska ha ett.";
const SSO_FAILED =
  "Inloggningen via organisationens konto gick inte att slutföra. Försök igen om en stund. Kontakta din administratör om det inte fungerar.";

/** The message for next-auth's `error` on /logga-in (or `csrf=true`), null when there is nothing to say. */
export function signInPageMessage(params: { error?: string; csrf?: string }): string | null {
  if (params.csrf) return PAGE_EXPIRED;
  if (!params.error) return null;
  if (params.error === "CredentialsSignin") return SIGN_IN_REFUSED;
  if (params.error === SIGN_IN_WAIT) return SIGN_IN_WAIT_MESSAGE;
  // The password was right: the page asks for the code, with no error of its own.
  if (params.error === SECOND_FACTOR_NEEDED) return null;
  if (params.error === "AccessDenied") return SSO_NO_ACCOUNT;
  return SSO_FAILED;
}
