import { createHash } from "node:crypto";

/**
 * The audit log's hash chain (docs/decisions/011). The database computes it: a trigger in the migration
 * `…_audit_log_immutable_and_chained` sets `seq`, `prevHash` and `hash` on every insert. This module computes the
 * same in Node.js, independently of any function stored in the database, so that `npm run audit:verify` can check it.
 */

/** The `prevHash` of the first row. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * Key of the transaction-level advisory lock the insert trigger takes before reading the last row; the same literal
 * is in the migration. Any fixed number, one of the family of MIGRATION_LOCK_KEY (lib/db/migrations.ts).
 */
export const AUDIT_CHAIN_LOCK_KEY = 4_270_611_358_203;

/** A row as the chain covers it, each field in the text form the database gives it. */
export interface AuditChainRow {
  seq: number;
  id: string;
  /** `createdAt` as `YYYY-MM-DDTHH:MM:SS.mmmZ` (the column holds UTC to the millisecond). */
  createdAt: string;
  action: string;
  actorId: string | null;
  actorLabel: string;
  reportId: string | null;
  /** `data` as PostgreSQL prints jsonb (keys sorted, normalised), or null for no data. */
  data: string | null;
  prevHash: string;
}

/** The canonical serialisation: a JSON array of the fields, every one but the nulls a string, without spaces. */
export function auditRowCanonical(row: AuditChainRow): string {
  return JSON.stringify([
    String(row.seq),
    row.id,
    row.createdAt,
    row.action,
    row.actorId,
    row.actorLabel,
    row.reportId,
    row.data,
    row.prevHash,
  ]);
}

/** sha256 of the canonical serialisation, lowercase hex: what the row's `hash` must be. */
export function auditRowHash(row: AuditChainRow): string {
  return createHash("sha256").update(auditRowCanonical(row), "utf8").digest("hex");
}

export type AuditChainBreakReason = "link" | "hash";

export const AUDIT_CHAIN_BREAK_REASONS: Record<AuditChainBreakReason, string> = {
  link: "raden pekar inte på raden före den: en rad har tagits bort, lagts in eller ändrats",
  hash: "radens innehåll stämmer inte med dess hash: raden har ändrats",
};

export interface AuditChainBreak {
  seq: number;
  id: string;
  createdAt: string;
  reason: AuditChainBreakReason;
}

/**
 * Walks rows in `seq` order, continuing from `previousHash`: the first row whose `prevHash` is not the hash before
 * it, or whose `hash` is not its own, is the break. Returns it, or the last hash for the next batch.
 */
export function checkAuditChain(
  rows: readonly (AuditChainRow & { hash: string })[],
  previousHash: string = GENESIS_HASH,
): { break: AuditChainBreak } | { lastHash: string } {
  let expected = previousHash;
  for (const row of rows) {
    const at = { seq: row.seq, id: row.id, createdAt: row.createdAt };
    if (row.prevHash !== expected) return { break: { ...at, reason: "link" } };
    if (row.hash !== auditRowHash(row)) return { break: { ...at, reason: "hash" } };
    expected = row.hash;
  }
  return { lastHash: expected };
}
