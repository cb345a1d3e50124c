// Errors that mean the database could not be reached (as opposed to a query that failed): connection refused or
// lost, timeouts, the server shutting down. Prisma's codes, the driver's and PostgreSQL's own.
const UNREACHABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "57P01",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
]);

export const SERVICE_UNAVAILABLE =
  "Tjänsten är tillfälligt otillgänglig och inget sparades. Felet ligger hos oss; det du skrev finns kvar. Försök igen om en stund";

/** Whether the error, or one it wraps, says the database is out of reach. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
  if (error instanceof Error && /Can't reach database server|Connection terminated/i.test(error.message))
    return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnreachable(inner, depth + 1))) return true;
  return isDatabaseUnreachable(cause, depth + 1);
}
