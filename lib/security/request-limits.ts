/** The largest request body the app takes; a wizard step is far below it (lib/reports/drafts.ts MAX_STEP_JSON). */
export const MAX_BODY_BYTES = 1024 * 1024;

export const BODY_TOO_LARGE = "Det du skickade är för stort. Korta texten och försök igen.";
export const BODY_MALFORMED = "Begäran kunde inte läsas. Ladda om sidan och försök igen.";

// React encodes a server action's arguments as JSON in which a string starting with "$" is a reference (a user's
// own "$" is escaped as "$$"). Our forms send plain values, so only these references can come from the app; any
// other is a hand-made body that React's decoder would turn into an internal error.
const ALLOWED_REFERENCE = /^\$(\$|undefined$|-0$|Infinity$|-Infinity$|NaN$|D\d{4}-\d{2}-\d{2}T[\d:.]+Z$)/;

function hasForeignReference(value: unknown, depth: number): boolean {
  if (depth > 64) return true;
  if (typeof value === "string") return value.startsWith("$") && !ALLOWED_REFERENCE.test(value);
  if (Array.isArray(value)) return value.some((item) => hasForeignReference(item, depth + 1));
  if (value && typeof value === "object") {
    return Object.values(value).some((item) => hasForeignReference(item, depth + 1));
  }
  return false;
}

/**
 * Whether a server action's body is one our forms can have sent: the JSON encoding (a text/plain body holding a
 * JSON array of arguments) with no references but the plain ones. Multipart bodies are left to Next.js.
 */
export function isWellFormedActionBody(contentType: string, payload: string): boolean {
  if (contentType.startsWith("multipart/form-data")) return true;
  if (!contentType.startsWith("text/plain")) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && !hasForeignReference(parsed, 0);
}
