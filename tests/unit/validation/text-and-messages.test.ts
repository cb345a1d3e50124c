import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ZDelTvaStep } from "@/lib/reports/schemas";
import { cleanDeep, cleanText, requiredText, text } from "@/lib/validation/fields";

const NUL = "\u0000";
const LONE_HIGH = "\uD800";
const LONE_LOW = "\uDC00";

describe("the shared text schema", () => {
  it("removes NUL, other control characters and lone surrogates, and keeps tab, newline and emoji", () => {
    expect(cleanText(`a${NUL}b\u0001c\u001Fd\u007Fe${LONE_HIGH}f${LONE_LOW}g`)).toBe("abcdefg");
    expect(cleanText("rad ett\n\trad två\r\n😀 åäö")).toBe("rad ett\n\trad två\r\n😀 åäö");
  });

  it("cleans before the length check, so a text of NULs is an empty field", () => {
    const schema = requiredText("beskrivningen", 5, 10);
    const result = schema.safeParse(`${NUL.repeat(50)}  `);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Fyll i beskrivningen.");
    expect(
      text()
        .max(3)
        .parse(`ab${NUL.repeat(10)}c`),
    ).toBe("abc");
  });

  it("cleans every string and key of autosaved values", () => {
    expect(cleanDeep({ [`k${NUL}`]: [`v${LONE_LOW}`, { x: `y${NUL}` }], n: 1 })).toEqual({
      k: ["v", { x: "y" }],
      n: 1,
    });
  });
});

describe("messages", () => {
  it("refuses a 21st measure in Swedish", () => {
    const measure = { description: "Ett möte", responsibleParty: "Enheten", targetDate: "" };
    const result = ZDelTvaStep.safeParse({
      dialogueHeld: "ja",
      dialogueDate: "2026-01-01",
      participants: [{ organisation: "A", role: "B" }],
      measures: Array.from({ length: 21 }, () => measure),
      isSolved: "JA",
      needsEscalation: "nej",
      escalationComment: "",
      noDialogueReason: "",
    });
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain("Ange högst 20 åtgärder.");
  });

  // Every exported schema of every lib/**/schemas.ts, fed values of the wrong type: no English may come back.
  const ENGLISH =
    /\b(invalid|expected|received|required|too (big|small)|must|string|number|boolean|array|object|input|undefined|null|nan)\b/i;
  const WRONG_VALUES: unknown[] = [
    null,
    undefined,
    42,
    "text",
    true,
    [],
    [1, 2],
    {},
    { a: 1 },
    new Date(0),
    Number.NaN,
  ];

  function schemaFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return schemaFiles(full);
      return entry === "schemas.ts" ? [full] : [];
    });
  }

  /** Wrong values for each key of an object schema, and for the whole value. */
  function payloadsFor(schema: z.ZodType): unknown[] {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    const payloads = [...WRONG_VALUES];
    if (shape) {
      for (const wrong of WRONG_VALUES) {
        payloads.push(Object.fromEntries(Object.keys(shape).map((key) => [key, wrong])));
        payloads.push(Object.fromEntries(Object.keys(shape).map((key) => [key, [wrong, { x: wrong }]])));
      }
    }
    return payloads;
  }

  it("speaks Swedish for every schema and every wrong type", async () => {
    const files = schemaFiles(path.resolve("lib"));
    expect(files.length).toBeGreaterThanOrEqual(12);
    let checked = 0;
    const english: string[] = [];
    for (const file of files) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (!(value instanceof z.ZodType)) continue;
        for (const payload of payloadsFor(value)) {
          const result = value.safeParse(payload);
          for (const issue of result.error?.issues ?? []) {
            checked++;
            if (ENGLISH.test(issue.message))
              english.push(`${path.basename(path.dirname(file))}.${name}: ${issue.message}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect([...new Set(english)]).toEqual([]);
  });
});
