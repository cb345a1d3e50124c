import { describe, expect, it } from "vitest";
import {
  auditRowCanonical,
  auditRowHash,
  checkAuditChain,
  GENESIS_HASH,
  type AuditChainRow,
} from "@/lib/audit/audit-chain";

// The database's "audit_log_hash" gave this hash for this row (the migration's serialisation); Node.js must agree.
const ROW: AuditChainRow = {
  seq: 7,
  id: "c1",
  createdAt: "2026-03-01T13:05:09.007Z",
  action: "CASE_VIEWED",
  actorId: null,
  actorLabel: 'Rapportör "x"\n\u0001',
  reportId: null,
  data: '{"a": "ö😀", "b": 1.50}',
  prevHash: "p",
};
const ROW_HASH = "5c42af8ff50e9a927926998b88414f75a82b84449f977e64c533b8590976fc5f";

function chain(count: number) {
  const rows: (AuditChainRow & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const row = { ...ROW, seq: seq * 2, id: `row-${seq}`, prevHash };
    const hash = auditRowHash(row);
    rows.push({ ...row, hash });
    prevHash = hash;
  }
  return rows;
}

describe("audit chain", () => {
  it("serialises a row as the database does and hashes it the same", () => {
    expect(auditRowCanonical(ROW)).toBe(
      '["7","c1","2026-03-01T13:05:09.007Z","CASE_VIEWED",null,"Rapportör \\"x\\"\\n\\u0001",null,' +
        '"{\\"a\\": \\"ö😀\\", \\"b\\": 1.50}","p"]',
    );
    expect(auditRowHash(ROW)).toBe(ROW_HASH);
  });

  it("tells a null from an empty or a 'null' text", () => {
    const hashes = [null, "", "null"].map((actorId) => auditRowHash({ ...ROW, actorId }));
    expect(new Set(hashes).size).toBe(3);
  });

  it("accepts an intact chain and hands on its last hash", () => {
    const rows = chain(5);
    expect(checkAuditChain(rows)).toEqual({ lastHash: rows[4]!.hash });
    expect(checkAuditChain(rows.slice(2), rows[1]!.hash)).toEqual({ lastHash: rows[4]!.hash });
    expect(checkAuditChain([])).toEqual({ lastHash: GENESIS_HASH });
  });

  it("names a changed row by its hash", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, actorLabel: "Någon annan" };
    expect(checkAuditChain(rows)).toEqual({
      break: { seq: 6, id: "row-3", createdAt: ROW.createdAt, reason: "hash" },
    });
  });

  it("names the row after a removed one, or after one changed and hashed again, by its link", () => {
    const removed = chain(5).filter((row) => row.id !== "row-3");
    expect(checkAuditChain(removed)).toMatchObject({ break: { id: "row-4", reason: "link" } });

    const rehashed = chain(5);
    const changed = { ...rehashed[1]!, action: "SIGN_IN" };
    rehashed[1] = { ...changed, hash: auditRowHash(changed) };
    expect(checkAuditChain(rehashed)).toMatchObject({ break: { id: "row-3", reason: "link" } });

    expect(checkAuditChain(chain(3).slice(1))).toMatchObject({ break: { id: "row-2", reason: "link" } });
  });
});
