export type AuditValue = string | number | boolean | null;

function auditValue(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== "object")) return value.join(", ");
  return JSON.stringify(value);
}

/**
 * The keys auditDiff can give for the fields of `T`: `<field>From` and `<field>To`, or `<field>Changed` for the
 * fields in `S`. Any string key when the fields are not known.
 */
export type AuditDiff<T, S extends string = never> = string extends keyof T
  ? Record<string, AuditValue>
  : { [K in Exclude<keyof T & string, S> as `${K}From` | `${K}To`]?: AuditValue } & {
      [K in S & keyof T as `${K}Changed`]?: true;
    };

/**
 * The audit data for a change: `<field>From` and `<field>To` for every field that changed. Fields in `summaryOnly`
 * (long texts) are recorded as changed without their values.
 */
export function auditDiff<T extends Record<string, unknown>, S extends keyof T & string = never>(
  before: Record<string, unknown>,
  after: T,
  options: { summaryOnly?: readonly S[] } = {},
): AuditDiff<T, S> {
  const data: Record<string, AuditValue> = {};
  const summaryOnly: readonly string[] = options.summaryOnly ?? [];
  for (const [field, next] of Object.entries(after)) {
    const previous = before[field];
    if (JSON.stringify(previous ?? null) === JSON.stringify(next ?? null)) continue;
    if (summaryOnly.includes(field)) {
      data[`${field}Changed`] = true;
    } else {
      data[`${field}From`] = auditValue(previous);
      data[`${field}To`] = auditValue(next);
    }
  }
  return data as AuditDiff<T, S>;
}
