export type AuditValue = string | number | boolean | null;

function auditValue(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== "object")) return value.join(", ");
  return JSON.stringify(value);
}

/**
 * The audit data for a change: `<field>From` and `<field>To` for every field that changed. Fields in `summaryOnly`
 * (long texts) are recorded as changed without their values.
 */
export function auditDiff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: { summaryOnly?: readonly string[] } = {},
): Record<string, AuditValue> {
  const data: Record<string, AuditValue> = {};
  for (const [field, next] of Object.entries(after)) {
    const previous = before[field];
    if (JSON.stringify(previous ?? null) === JSON.stringify(next ?? null)) continue;
    if (options.summaryOnly?.includes(field)) {
      data[`${field}Changed`] = true;
    } else {
      data[`${field}From`] = auditValue(previous);
      data[`${field}To`] = auditValue(next);
    }
  }
  return data;
}
