import { connect } from "@/lib/db";
import { describeAuditChainResult, hasAuditChain, verifyAuditChain } from "@/lib/audit/verify-audit-chain";

// `npm run audit:verify`: walks the audit log's hash chain in order and recomputes every hash (docs/decisions/011).
// Prints "OK, N rader" and the last row's hash (note it somewhere else to detect later a rewritten tail), or the
// first row that does not fit, and then exits with 1. Read-only: it applies no migrations. With the embedded
// database, stop the app first (a PGlite directory opens in one process at a time).
const connection = connect();
try {
  if (!(await hasAuditChain(connection.prisma))) {
    console.error("Databasen har ingen hashkedja i granskningsloggen än: kör `npm run db:migrate` först.");
    process.exitCode = 2;
  } else {
    const result = await verifyAuditChain(connection.prisma);
    if (result.ok) console.log(describeAuditChainResult(result));
    else {
      console.error(describeAuditChainResult(result));
      process.exitCode = 1;
    }
  }
} finally {
  await connection.close();
}
