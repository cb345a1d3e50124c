import { randomUUID } from "node:crypto";
import pino from "pino";

/**
 * The app's log: one JSON object per line on standard output (pino), for a log collector to read. Lines carry
 * what happened and where, never personal data: no request bodies, no error messages or stacks (database errors
 * quote the values that failed), no URLs with tokens.
 */
export const logger = pino(
  {
    base: undefined,
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  // Through process.stdout, not straight to its file descriptor, so a test can read the lines.
  { write: (line: string) => process.stdout.write(line) },
);

/** The parts of an error that are safe to log: its class and code (a Prisma or PostgreSQL code), nothing else. */
export function errorFields(error: unknown): { name: string; code?: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const causeCode = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  const safeCode = [code, causeCode].find((c) => typeof c === "string" && /^[A-Za-z0-9_]{1,40}$/.test(c));
  return safeCode ? { name, code: safeCode as string } : { name };
}

/**
 * Logs an unexpected error without personal data: the error's class and code, never its message or stack.
 * Returns a reference the user can quote to support; `requestId` ties the line to the request (proxy.ts).
 */
export function logError(where: string, error: unknown, requestId?: string): string {
  const reference = randomUUID().slice(0, 8);
  logger.error({ where, reference, requestId, error: errorFields(error) }, "unexpected error");
  return reference;
}
