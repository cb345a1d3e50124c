import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import { env } from "@/lib/env";
import { REFUSAL_WINDOW_MINUTES, flushRefusalCounts } from "@/lib/audit/anonymous-refusals";
import { ANONYMOUS_CAPS } from "@/lib/security/anonymous-caps";
import { clientKey } from "@/lib/security/client-key";
import { createReferenceData, createStaff, insertCompleteDraft, submitNewReport } from "../setup/db-helpers";
import { createTestDb, type TestDb, withDatabase } from "../setup/test-db";

/**
 * Two app instances (the lib/ code in two processes of their own) on one PostgreSQL database: rate limits,
 * follow-up and sign-in counters and refusal counts are shared, because nothing in process memory decides.
 * PGlite is embedded in one process and can't be shared, so this runs with DATABASE_URL only.
 */
const WRONG_CODE = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3";
const PASSWORD = "rätt-lösenord-för-samordnaren";
const client = (address: string) => clientKey(address, 1);

class Instance {
  private readonly waiting: ((answer: Record<string, unknown>) => void)[] = [];
  readonly ready: Promise<unknown>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(databaseUrl: string) {
    const root = path.resolve(import.meta.dirname, "../..");
    this.child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [
        "--conditions=react-server",
        "--import",
        "./tests/integration/two-instances/register-hooks.mjs",
        "tests/integration/two-instances/instance.ts",
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, TRUST_PROXY_HOPS: "1" } },
    );
    this.child.stderr.resume();
    const lines = createInterface({ input: this.child.stdout });
    this.ready = new Promise((resolve) => this.waiting.push(resolve));
    lines.on("line", (line) => this.waiting.shift()?.(JSON.parse(line) as Record<string, unknown>));
  }

  call(request: Record<string, unknown>): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${JSON.stringify(request)}\n`);
    });
  }

  stop() {
    this.child.stdin.end();
  }
}

describe.skipIf(!env.DATABASE_URL)(
  "two instances on one PostgreSQL database (skipped on PGlite: an embedded database can't be shared)",
  () => {
    let db: TestDb;
    let a: Instance;
    let b: Instance;
    let followUpCode: string;

    beforeAll(async () => {
      db = await createTestDb();
      const ids = await createReferenceData(db.prisma);
      const { draft } = await insertCompleteDraft(db.prisma, ids, new Date());
      ({ followUpCode } = await submitNewReport(db.prisma, draft, new Date()));
      await createStaff(db.prisma, "SAMORDNARE", "samordnare@example.se", {
        name: "Samordnare",
        passwordHash: await hashPassword(PASSWORD),
      });
      const url = withDatabase(env.DATABASE_URL!, db.name);
      a = new Instance(url);
      b = new Instance(url);
      await Promise.all([a.ready, b.ready]);
    }, 120_000);

    afterAll(async () => {
      a?.stop();
      b?.stop();
      await db?.close();
    });

    it("runs as two processes", async () => {
      const [fromA, fromB] = await Promise.all([
        a.call({ op: "startDraft", client: null }),
        b.call({ op: "startDraft", client: null }),
      ]);
      expect(fromA.pid).not.toBe(fromB.pid);
    });

    it("shares the follow-up back-off: wrong codes through both count together; a valid code works on both", async () => {
      const guesser = client("203.0.113.66");
      const answers = [];
      for (let i = 0; i < 12; i++) {
        answers.push(await (i % 2 ? b : a).call({ op: "followUp", code: WRONG_CODE, client: guesser }));
      }
      expect(answers.map((answer) => answer.code)).toEqual([
        ...Array<string>(10).fill("NOT_FOUND"),
        "RATE_LIMITED",
        "RATE_LIMITED",
      ]);
      expect(
        await a.call({ op: "followUp", code: followUpCode, client: client("198.51.100.4") }),
      ).toMatchObject({
        ok: true,
        reference: "BIS-2026-0001",
      });
      expect(await b.call({ op: "followUp", code: followUpCode, client: guesser })).toMatchObject({
        ok: true,
      });
    });

    it("shares the sign-in back-off: the guesser waits on both, the owner signs in on either", async () => {
      const guesser = client("203.0.113.77");
      for (let i = 0; i < 10; i++) {
        const answer = await (i % 2 ? b : a).call({
          op: "signIn",
          email: "samordnare@example.se",
          password: `fel-${i}`,
          client: guesser,
        });
        expect(answer).toMatchObject({ ok: false });
      }
      // The guesser's eleventh try, even with the right password, is refused on the other instance too.
      expect(
        await b.call({ op: "signIn", email: "samordnare@example.se", password: PASSWORD, client: guesser }),
      ).toMatchObject({ ok: false, code: "WAIT" });
      expect(
        await a.call({
          op: "signIn",
          email: "samordnare@example.se",
          password: PASSWORD,
          client: client("198.51.100.4"),
        }),
      ).toMatchObject({ ok: true });
    });

    it("shares the caps on new drafts", async () => {
      const starter = client("203.0.113.88");
      const started = await Promise.all(
        Array.from({ length: ANONYMOUS_CAPS.draft.perClient + 4 }, (_, i) =>
          (i % 2 ? b : a).call({ op: "startDraft", client: starter }),
        ),
      );
      expect(started.filter((answer) => answer.ok)).toHaveLength(ANONYMOUS_CAPS.draft.perClient);
      expect(started.filter((answer) => answer.code === "RATE_LIMITED")).toHaveLength(4);
    });

    it("adds up refusals from both into one audit row per window", async () => {
      const at = new Date(Date.now() - REFUSAL_WINDOW_MINUTES * 60_000 * 2).toISOString();
      const refuser = client("203.0.113.99");
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? b : a).call({ op: "refuse", client: refuser, at })),
      );
      await flushRefusalCounts(db.prisma, new Date());
      const rows = await db.prisma.auditLog.findMany({ where: { action: "ANONYMOUS_REFUSALS" } });
      expect(rows.map((row) => row.data)).toEqual([
        expect.objectContaining({ kind: "staff_page", count: 40 }),
      ]);
    });
  },
);
