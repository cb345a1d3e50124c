import { createInterface } from "node:readline";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { authorizeStaff } from "@/lib/auth/auth-options";
import { SIGN_IN_WAIT } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { startDraft } from "@/lib/reports/start-draft";

/**
 * One app instance for the two-instance test: the lib/ code in a process of its own, on the DATABASE_URL it is
 * started with. It reads one JSON request per line and answers one JSON line each, in order.
 */
type Request =
  | { op: "followUp"; code: string; client: string | null }
  | { op: "signIn"; email: string; password: string; client: string | null }
  | { op: "startDraft"; client: string | null }
  | { op: "refuse"; client: string | null; at: string };

async function handle(request: Request): Promise<unknown> {
  const db = await getDb();
  try {
    switch (request.op) {
      case "followUp": {
        const report = await findReportForFollowUp(db, request.code, {
          clientKey: request.client,
          now: new Date(),
          maxAttempts: 10,
          windowMinutes: 15,
        });
        return { ok: true, reference: report.reference };
      }
      case "signIn": {
        const user = await authorizeStaff(
          { email: request.email, password: request.password },
          request.client,
        ).catch((error: Error) => {
          if (error.message === SIGN_IN_WAIT) return "wait" as const;
          throw error;
        });
        return user === "wait" ? { ok: false, code: "WAIT" } : { ok: !!user };
      }
      case "startDraft":
        await startDraft(db, new Date(), request.client);
        return { ok: true };
      case "refuse":
        await recordAnonymousRefusal(db, "staff_page", request.client, new Date(request.at));
        return { ok: true };
    }
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(async () => {
    const answer = await handle(JSON.parse(line) as Request).catch((error: Error) => ({
      ok: false,
      code: "UNEXPECTED",
      error: error.name,
    }));
    process.stdout.write(`${JSON.stringify({ ...(answer as object), pid: process.pid })}\n`);
  });
});
lines.on("close", () => {
  void queue.then(() => process.exit(0));
});
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);
