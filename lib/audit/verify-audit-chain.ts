import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import {
  AUDIT_CHAIN_BREAK_REASONS,
  checkAuditChain,
  GENESIS_HASH,
  type AuditChainBreak,
  type AuditChainRow,
} from "@/lib/audit/audit-chain";
import { stockholmDateTime } from "@/lib/dates";

const BATCH = 5_000;

export type AuditChainResult =
  | { ok: true; rows: number; last: { seq: number; hash: string; createdAt: string } | null }
  /** `rows`: how many rows before the break were intact. */
  | { ok: false; rows: number; break: AuditChainBreak };

type Db = Pick<PrismaClient, "$queryRaw">;

/**
 * Walks the whole audit log in `seq` order, in batches, recomputing every hash in Node.js (lib/audit/audit-chain.ts)
 * from the fields as stored. Read-only; rows committed while it runs are checked when their batch comes. A break
 * names the first row that does not fit: changed (its hash), or after a row removed or added (its link).
 */
export async function verifyAuditChain(db: Db): Promise<AuditChainResult> {
  let previousHash = GENESIS_HASH;
  let afterSeq = 0;
  let rows = 0;
  let last: { seq: number; hash: string; createdAt: string } | null = null;
  for (;;) {
    const batch = await db.$queryRaw<(AuditChainRow & { hash: string })[]>`
      SELECT "seq", "id", to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", "action",
        "actorId", "actorLabel", "reportId", "data"::text AS "data", "prevHash", "hash"
      FROM "AuditLog" WHERE "seq" > ${afterSeq} ORDER BY "seq" LIMIT ${BATCH}`;
    if (batch.length === 0) return { ok: true, rows, last };
    const checked = checkAuditChain(batch, previousHash);
    if ("break" in checked) {
      return {
        ok: false,
        rows: rows + batch.findIndex((row) => row.seq === checked.break.seq),
        break: checked.break,
      };
    }
    const end = batch[batch.length - 1]!;
    rows += batch.length;
    previousHash = checked.lastHash;
    afterSeq = end.seq;
    last = { seq: end.seq, hash: end.hash, createdAt: end.createdAt };
  }
}

/** Whether the database has the chain's columns yet (the migration has run). */
export async function hasAuditChain(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<{ present: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'AuditLog' AND column_name = 'hash'
    ) AS "present"`;
  return !!row?.present;
}

/** What `npm run audit:verify` prints: "OK, N rader" and the last row, or the first break. */
export function describeAuditChainResult(result: AuditChainResult): string {
  const when = (createdAt: string) => stockholmDateTime(new Date(createdAt));
  if (result.ok) {
    if (!result.last) return "OK, 0 rader";
    const { seq, hash, createdAt } = result.last;
    return `OK, ${result.rows} rader\nSenaste raden: nr ${seq}, ${when(createdAt)}, hash ${hash}`;
  }
  const { id, seq, createdAt, reason } = result.break;
  return (
    `Granskningsloggens kedja är bruten vid raden ${id} (nr ${seq}, ${when(createdAt)} svensk tid): ` +
    `${AUDIT_CHAIN_BREAK_REASONS[reason]}. ${result.rows} rader före den stämmer.`
  );
}
