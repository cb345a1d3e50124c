/**
 * Pure: an address with only its first letters and the top-level domain left ("anna@halsa.se" → "a…@h…a.se"),
 * so the outbox shows that a mail went out without showing to whom.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "…";
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const name = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  const maskedName = name.length > 1 ? `${name[0]}…${name[name.length - 1]}` : `${name}…`;
  return `${local[0]}…@${maskedName}${tld}`;
}
