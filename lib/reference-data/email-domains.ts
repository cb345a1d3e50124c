/**
 * Partner links and receipts go only to e-mail domains an administrator allows for the organisations involved,
 * so nobody can use the service to send mail in its name to any address. A domain allows its subdomains too
 * (`skane.se` allows `namn@vard.skane.se`).
 */

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domains as an administrator types them ("skane.se, @helsingborg.se"), cleaned, unique and sorted. */
export function parseEmailDomains(text: string): { domains: string[]; invalid: string[] } {
  const entries = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  const domains = [...new Set(entries.filter((entry) => DOMAIN.test(entry)))].sort();
  return { domains, invalid: entries.filter((entry) => !DOMAIN.test(entry)) };
}

export function isAllowedEmail(email: string, domains: readonly string[]): boolean {
  const domain = email.trim().toLowerCase().split("@").pop() ?? "";
  return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

/** The refusal, naming the allowed domains, or saying that none are. */
export function emailDomainRefusal(what: "länken" | "kvittot", domains: readonly string[]): string {
  if (domains.length === 0) {
    return `Vi kan inte skicka ${what} med e-post: ingen e-postdomän är tillåten för organisationerna i rapporten. Kontakta samordnarna.`;
  }
  const listed = domains.map((domain) => `@${domain}`);
  const names =
    listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(", ")} eller ${listed[listed.length - 1]}`;
  return `Vi kan bara skicka ${what} till e-postadresser som slutar på ${names}. Använd en jobbadress.`;
}
