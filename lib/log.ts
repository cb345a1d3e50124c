import { randomUUID } from "node:crypto";

/**
 * Logs an unexpected error without personal data: the error's class, code and stack, never its message
 * (database errors can quote the values that failed). Returns an id the user can quote to support.
 */
export function logError(where: string, error: unknown): string {
  const id = randomUUID().slice(0, 8);
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const stack = error instanceof Error ? (error.stack ?? "").split("\n").slice(1, 6).join("\n") : "";
  console.error(`[${id}] ${where}: ${name}${code ? ` (${String(code)})` : ""}\n${stack}`);
  return id;
}
