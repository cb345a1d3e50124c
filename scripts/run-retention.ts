import { connect } from "@/lib/db";
import { describeRetentionSummary, runRetention } from "@/lib/retention/run-retention";

// `npm run retention`: gallring once, now. The app runs it daily by itself (RETENTION_DAILY); use this from cron or
// a systemd timer when that is switched off, or to run it at once. With the embedded database, stop the app first.
const connection = connect();
try {
  await connection.migrate();
  const summary = await runRetention(connection.prisma, { trigger: "script" });
  console.log(describeRetentionSummary(summary));
  if (summary.failed > 0) process.exitCode = 1;
} finally {
  await connection.close();
}
