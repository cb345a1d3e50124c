import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { createDraft } from "@/lib/reports/drafts";
import { DRAFT_COOKIE } from "@/lib/reports/draft-session";
import { FOLLOW_UP_COOKIE } from "@/lib/reports/follow-up-session";
import { openPartnerLink } from "@/lib/reports/partner-links";
import { PARTNER_COOKIE } from "@/lib/reports/partner-session";
import { sendPartnerLink } from "@/lib/reports/send-partner-link";
import { createCompleteDraft, createReferenceData, submitNewReport } from "../setup/db-helpers";
import { validSteps } from "../setup/fixtures";
import { setupTestDb } from "../setup/test-db";

// Generated payloads (wrong types, huge strings, control characters, NUL, lone surrogates, deep objects) thrown at
// every public server action, through the action runner and the real database, and at every public route handler:
// nothing may fail as an unexpected error, no answer may show a stack trace or SQL, no row may hold bad text.
// Next.js's request APIs are stood in for (a cookie jar, no revalidation); the database is the real one.

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") jar.set(name, value ?? "");
      else jar.set(name.name, name.value);
    },
    delete: (name: string | { name: string }) => jar.delete(typeof name === "string" ? name : name.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const db = setupTestDb();
const counts: Record<string, number> = {};
/** 1 runs the full count (over 10,000 payloads); lower it while working on a failure. */
const SCALE = 1;
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LEAK =
  /\n\s+at |at \w+ \(|\b(SELECT|INSERT|UPDATE|DELETE)\b|prisma|invalid byte|ECONN|TypeError|\bError:/i;

const nasty = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDC00",
    "\uDBFF\uDBFF",
    "\u0001\u001F\u007F",
    "$K1",
    "$@0",
    "$$",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // Huge strings, cheap to make: generating 100,000 random characters would dominate the run.
  fc
    .tuple(fc.integer({ min: 2000, max: 200_000 }), fc.constantFrom("x", "\u0000", "å", "\uD800", " "))
    .map(([length, unit]) => unit.repeat(length)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const nested = (depth: number): unknown => (depth === 0 ? "\u0000" : { a: [nested(depth - 1)] });
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 2, arbitrary: fc.array(nasty, { maxLength: 4 }) },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.string({ unit: "binary", maxLength: 10 }), nasty, { maxKeys: 4 }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 800 }).map(nested) },
);

const BAD_CHARACTERS = ["\u0000", "\u0001", "\u001B", "\u007F", "\uD800", "\uDFFF", "\u000B"];

/** A valid text with control characters or unpaired surrogates put in: what broke PostgreSQL before. */
const dirtied = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.constantFrom(...BAD_CHARACTERS)), { minLength: 1, maxLength: 4 })
    .map((insertions) =>
      insertions.reduce((result, [at, bad]) => result.slice(0, at) + bad + result.slice(at), text),
    );

/**
 * An object shaped like `template` (a valid form), each value kept, dirtied (texts), replaced by a nasty value, or
 * nested wrongly.
 */
function shapedLike(template: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(template).map(
    ([key, value]) =>
      [
        key,
        fc.oneof(
          fc.constant(value),
          typeof value === "string" && value.length > 0 ? dirtied(value) : fc.constant(value),
          typeof value === "string" && value.length > 0 ? dirtied(value) : fc.constant(value),
          anyValue,
          fc.array(fc.constant(value), { maxLength: 25 }),
        ),
      ] as const,
  );
  return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>);
}

function checkAnswer(name: string, result: ActionResult<unknown>) {
  counts[name] = (counts[name] ?? 0) + 1;
  expect(typeof result.ok, name).toBe("boolean");
  if (!result.ok) {
    // An unexpected error is this app's 500: it carries a reference.
    expect(result.errorRef, `${name}: ${result.message}`).toBeUndefined();
    const shown = [result.message, ...Object.values(result.fieldErrors ?? {})].join("\n");
    expect(shown).not.toMatch(LEAK);
  }
}

async function callAction(
  name: string,
  action: (values: unknown) => Promise<ActionResult<unknown>>,
  input: unknown,
) {
  let result: ActionResult<unknown>;
  try {
    result = await action(input);
  } catch (error) {
    // redirect() is how some actions answer; anything else thrown would be a 500.
    expect(String((error as { digest?: string }).digest ?? error)).toMatch(/^NEXT_REDIRECT/);
    counts[name] = (counts[name] ?? 0) + 1;
    return;
  }
  checkAnswer(name, result);
}

let actions: typeof import("@/app/(public)/rapportera/actions") &
  typeof import("@/app/(public)/uppfoljning/actions") &
  typeof import("@/app/(public)/samverkanspart/actions");
let route: typeof import("@/app/(public)/samverkanspart/[token]/route");
let health: typeof import("@/app/api/health/route");
let securityTxt: typeof import("@/app/.well-known/security.txt/route");
let ids: Awaited<ReturnType<typeof createReferenceData>>;
let resumeCode: string;
let followUpCode: string;
let partnerToken: string;

beforeAll(async () => {
  // The app's one client is the test database.
  (globalThis as unknown as { brisDb?: Promise<unknown> }).brisDb = Promise.resolve(db.prisma);
  actions = {
    ...(await import("@/app/(public)/rapportera/actions")),
    ...(await import("@/app/(public)/uppfoljning/actions")),
    ...(await import("@/app/(public)/samverkanspart/actions")),
  };
  route = await import("@/app/(public)/samverkanspart/[token]/route");
  health = await import("@/app/api/health/route");
  securityTxt = await import("@/app/.well-known/security.txt/route");
});

/** Each test starts on an emptied database: a draft, a submitted report and an opened partner link. */
async function prepare() {
  ids = await createReferenceData(db.prisma);
  const draft = await createDraft(db.prisma, { now: new Date(), expiryDays: 90 });
  resumeCode = draft.resumeCode;
  const { draft: complete } = await createCompleteDraft(db.prisma, ids);
  followUpCode = (await submitNewReport(db.prisma, complete, new Date())).followUpCode;
  const partnerDraft = await createCompleteDraft(db.prisma, ids);
  const sent = await sendPartnerLink(db.prisma, partnerDraft.draft, "part@example.se", new Date());
  partnerToken = sent.url.split("/").pop()!;
  await openPartnerLink(db.prisma, partnerToken, new Date());
}

/** No stored text holds a control character or an unpaired surrogate (PostgreSQL refuses the latter and NUL). */
async function expectCleanRows() {
  const rows = [
    ...(await db.prisma.draft.findMany({ select: { data: true } })),
    ...(await db.prisma.message.findMany({ select: { body: true } })),
    ...(await db.prisma.partnerLink.findMany({ select: { email: true, comment: true } })),
    ...(await db.prisma.report.findMany()),
  ];
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        strings.push(key);
        collect(item);
      }
    }
  };
  collect(rows);
  expect(strings.length).toBeGreaterThan(10);
  expect(strings.filter((text) => UNWANTED.test(text))).toEqual([]);
}

afterAll(() => {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.info(`fast-check payloads: ${total} in total`, counts);
});

const STEPS = ["reporter", "partner", "event", "description", "delTva"] as const;

describe("public server actions", () => {
  it(
    "a wizard step takes any payload without an unexpected error or bad text stored",
    { timeout: 600_000 },
    async () => {
      jar.set(DRAFT_COOKIE, resumeCode);
      const templates = validSteps(ids) as unknown as Record<string, Record<string, unknown>>;
      const shaped = fc.constantFrom(...STEPS).chain((step) =>
        fc.record({
          step: fc.oneof({ weight: 5, arbitrary: fc.constant<unknown>(step) }, anyValue),
          complete: fc.oneof({ weight: 5, arbitrary: fc.boolean() }, anyValue),
          values: fc.oneof({ weight: 5, arbitrary: shapedLike(templates[step]!) }, anyValue),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: shaped }, anyValue), (input) =>
          callAction("saveStepAction", actions.saveStepAction, input),
        ),
        { numRuns: Math.ceil(8500 * SCALE) },
      );
    },
  );

  it("the other public actions take any payload", { timeout: 600_000 }, async () => {
    await prepare();
    const runs: [
      string,
      (values: unknown) => Promise<ActionResult<unknown>>,
      fc.Arbitrary<unknown>,
      number,
    ][] = [
      ["resumeDraftAction", actions.resumeDraftAction, fc.oneof(shapedLike({ code: "x" }), anyValue), 200],
      [
        "createPartnerLinkAction",
        actions.createPartnerLinkAction,
        fc.oneof(shapedLike({ email: "a@b.se" }), anyValue),
        200,
      ],
      ["submitReportAction", actions.submitReportAction, anyValue, 100],
      ["openFollowUpAction", actions.openFollowUpAction, fc.oneof(shapedLike({ code: "x" }), anyValue), 200],
      [
        "replyToCoordinatorsAction",
        actions.replyToCoordinatorsAction,
        fc.oneof(shapedLike({ body: "Tack för svaret." }), anyValue),
        300,
      ],
      ["closeFollowUpAction", actions.closeFollowUpAction, anyValue, 50],
      [
        "addPartnerCommentAction",
        actions.addPartnerCommentAction,
        fc.oneof(
          shapedLike({ comment: "Vi bokar ett möte.", organisation: "Region Skåne", role: "Läkare" }),
          anyValue,
        ),
        150,
      ],
    ];
    for (const [name, action, arbitrary, numRuns] of runs) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          jar.set(DRAFT_COOKIE, resumeCode);
          jar.set(FOLLOW_UP_COOKIE, followUpCode);
          jar.set(PARTNER_COOKIE, partnerToken);
          await callAction(name, action, input);
        }),
        { numRuns: Math.ceil(numRuns * SCALE) },
      );
    }
    await expectCleanRows();
  });
});

describe("public route handlers", () => {
  it("answer any token and body without a 5xx or a stack trace", { timeout: 600_000 }, async () => {
    await prepare();
    const token = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), nasty.map(String));
    await fc.assert(
      fc.asyncProperty(
        token,
        fc.constantFrom("GET", "POST"),
        fc.string({ unit: "binary", maxLength: 2000 }),
        async (t, method, body) => {
          const request = new NextRequest(
            `http://localhost/samverkanspart/${encodeURIComponent(t.replace(/[\uD800-\uDFFF]/g, "_"))}`,
            {
              method,
              ...(method === "POST" ? { body } : {}),
            },
          );
          const handler = method === "GET" ? route.GET : route.POST;
          const response = await handler(request, { params: Promise.resolve({ token: t }) });
          counts[`samverkanspart ${method}`] = (counts[`samverkanspart ${method}`] ?? 0) + 1;
          expect(response.status).toBeLessThan(500);
          expect(await response.text()).not.toMatch(LEAK);
        },
      ),
      { numRuns: Math.ceil(800 * SCALE) },
    );
    for (let i = 0; i < 25; i++) {
      for (const [name, handler] of [
        ["health", health.GET],
        ["security.txt", securityTxt.GET],
      ] as const) {
        const response = await handler();
        counts[name] = (counts[name] ?? 0) + 1;
        expect(response.status).toBeLessThan(500);
      }
    }
  });
});
