import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/** What a restore must bring back, counted: compared before and after in a restore drill. */
export interface BackupContents {
  reports: number;
  messages: number;
  anonymisedCases: number;
  auditRows: number;
  users: number;
}

export async function countBackupContents(db: PrismaClient): Promise<BackupContents> {
  const [reports, messages, anonymisedCases, auditRows, users] = await Promise.all([
    db.report.count(),
    db.message.count(),
    db.anonymisedCase.count(),
    db.auditLog.count(),
    db.user.count(),
  ]);
  return { reports, messages, anonymisedCases, auditRows, users };
}

export function describeBackupContents(contents: BackupContents): string {
  return (
    `${contents.reports} rapporter, ${contents.messages} meddelanden, ${contents.anonymisedCases} avidentifierade ` +
    `versioner av ärenden, ${contents.auditRows} rader i granskningsloggen, ${contents.users} användare`
  );
}
