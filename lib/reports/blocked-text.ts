import "server-only";
import { detectIdentifiers as detectFull } from "@/lib/anonymise/detect-identifiers-full";
import {
  blockedMessage,
  blockedTextIn,
  blockingHitsIn,
  withoutBlockedText,
  type ValuePath,
} from "@/lib/reports/identifier-findings";

// The server's own check that no personnummer or samordningsnummer is stored, with the full detector: whatever the
// browser sent, and whether or not the step schema (which has only the light detector) caught it.

/** One field error per string in the values that holds a personnummer or samordningsnummer. */
export function blockedTextIssues(values: unknown): { path: ValuePath; message: string }[] {
  return blockedTextIn(values, detectFull).map(({ path, hits }) => ({ path, message: blockedMessage(hits) }));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStorable(value: unknown): boolean {
  return typeof value === "string" && blockingHitsIn(value, detectFull).length === 0;
}

/**
 * What an autosave may store: the values as sent, except that a text holding a personnummer or samordningsnummer is
 * not stored, and the text stored before at the same place stays. The browser leaves such texts out of an autosave
 * itself (it keeps them only in the page until the number is removed); a text it left out is, likewise, kept as
 * stored before.
 */
export function keepStoredWhereBlocked(
  sent: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return restoreWithheld(withoutBlockedText(sent, detectFull), stored) as Record<string, unknown>;
}

function restoreWithheld(value: unknown, stored: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      restoreWithheld(item, Array.isArray(stored) ? stored[index] : undefined),
    );
  }
  if (!isPlainObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = restoreWithheld(item, isPlainObject(stored) ? stored[key] : undefined);
  }
  if (isPlainObject(stored)) {
    for (const [key, before] of Object.entries(stored)) {
      if (!(key in result) && isStorable(before)) result[key] = before;
    }
  }
  return result;
}
