/**
 * The e-mail address an OpenID Connect provider vouches for, lower-cased, or null. `email_verified: false` is
 * refused; a provider that sends no `email_verified` at all (Microsoft Entra ID among them: its `email` claim is
 * the address the organisation's directory holds) is trusted, since only the instance's own provider is configured.
 */
export function ssoEmail(claims: { email?: unknown; email_verified?: unknown } | undefined): string | null {
  if (!claims || typeof claims.email !== "string") return null;
  const verified = claims.email_verified;
  if (verified === false || verified === "false") return null;
  const email = claims.email.trim().toLowerCase();
  return email.includes("@") ? email : null;
}
