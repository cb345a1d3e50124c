import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { registerCase } from "@/lib/cases/register-case";
import { sendCaseMessage } from "@/lib/cases/send-case-message";
import { viewCase } from "@/lib/cases/view-case";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { createDraft, saveDraftStep } from "@/lib/reports/drafts";
import { submitReport } from "@/lib/reports/submit-report";
import { createUser } from "@/lib/users/create-user";
import { PLANTED_IDENTITIES } from "../factories/planted-identities";
import { createReferenceData } from "../setup/db-helpers";
import { validSteps } from "../setup/fixtures";
import { allowConsoleError } from "../setup/setup-test-env";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
// pg warns once per process, so the listener is there from the start and every test's queries count.
const warnings: string[] = [];
process.on("warning", (warning) => warnings.push(warning.message));
const isPostgres = Boolean(env.DATABASE_URL);
const planted = PLANTED_IDENTITIES[0];
const PLANTED = [planted.name, planted.personnummer, planted.email, planted.phone, "Kalle", "811218"];

let output: string[] = [];
const originals = { stdout: process.stdout.write, stderr: process.stderr.write };

beforeEach(() => {
  output = [];
  // Everything the process prints, whatever prints it (pino, console, Node.js warnings).
  for (const stream of ["stdout", "stderr"] as const) {
    const original = originals[stream];
    process[stream].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      output.push(String(chunk));
      return (original as (...args: unknown[]) => boolean).call(process[stream], chunk, ...rest);
    }) as typeof process.stdout.write;
  }
});

afterEach(() => {
  process.stdout.write = originals.stdout;
  process.stderr.write = originals.stderr;
});

async function fileAndHandleCase() {
  const ids = await createReferenceData(db.prisma);
  const coordinator = await createUser(
    db.prisma,
    {
      name: "Logg Samordnare",
      email: "logg@example.se",
      role: "SAMORDNARE",
      password: "ett-langt-losenord-1",
    },
    null,
  );
  const actor = { id: coordinator.id, role: coordinator.role };
  const steps = validSteps(ids);
  steps.reporter = {
    ...steps.reporter,
    reporterName: planted.name,
    reporterEmail: planted.email,
    reporterPhone: planted.phone,
  };
  const { draft } = await createDraft(db.prisma, { now: new Date(), expiryDays: 90 });
  for (const [key, values] of Object.entries(steps)) {
    const result = await saveDraftStep(db.prisma, draft, key as keyof typeof steps, values, {
      complete: true,
      now: new Date(),
    });
    expect(result.ok, key).toBe(true);
  }
  const fresh = await db.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } });
  const { reportId } = await submitReport(db.prisma, fresh, new Date());
  await registerCase(db.prisma, actor, { reportId, diarienummer: "SOF 2026/99" });
  await addCaseNote(db.prisma, actor, { reportId, body: `Ringde ${planted.name}, ${planted.personnummer}` });
  await sendCaseMessage(db.prisma, actor, { reportId, body: `Hej! Vi har pratat med ${planted.name}.` });
  await viewCase(db.prisma, actor, reportId);
  return { reportId, actor };
}

describe("the log", () => {
  it("holds JSON lines with the error's name and code, and none of the identifiers in the data", async () => {
    allowConsoleError();
    const { reportId, actor } = await fileAndHandleCase();
    // A database error that quotes the failing values: a NUL byte, which PostgreSQL refuses.
    const failure = await db.prisma.note
      .create({
        data: { reportId, authorId: actor.id, body: `${planted.name} ${planted.personnummer}\u0000` },
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const reference = logError("test/notering", failure, "request-1");
    // PostgreSQL's own wording for a unique violation quotes the value; so may a driver's.
    const quoting = Object.assign(
      new Error(`Key (email)=(${planted.email}) already exists: ${planted.name}`),
      {
        code: "23505",
      },
    );
    const second = logError("test/anvandare", quoting);

    // pino's lines; Node.js's own warnings are plain text.
    const lines = output
      .join("")
      .split("\n")
      .filter((text) => text.startsWith("{"));
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const line = logged.find((entry) => entry.reference === reference)!;
    expect(line).toMatchObject({ level: "error", where: "test/notering", requestId: "request-1" });
    expect(line.error).toMatchObject({ name: expect.any(String) });
    expect(JSON.stringify(line)).not.toMatch(/\n\s+at |stack/);
    expect(logged.find((entry) => entry.reference === second)?.error).toEqual({
      name: "Error",
      code: "23505",
    });
    for (const value of PLANTED) expect(output.join("")).not.toContain(value);
  });
});

describe.runIf(isPostgres)("reading a case on PostgreSQL", () => {
  it("sends one query at a time on the transaction's connection (no pg warning)", async () => {
    const { reportId, actor } = await fileAndHandleCase();
    await viewCase(db.prisma, actor, reportId);
    await viewCase(db.prisma, actor, reportId, { isPrint: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
  });
});
