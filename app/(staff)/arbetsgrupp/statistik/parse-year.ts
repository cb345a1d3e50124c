/** "2026" from the URL; null for anything that is not a year the service can hold. */
export function parseYear(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
