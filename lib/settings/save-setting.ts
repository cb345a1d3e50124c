import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import type { Actor } from "@/lib/auth/assert-permission";
import { auditDiff } from "@/lib/audit/audit-diff";

/**
 * Writes one Setting row and its SETTINGS_CHANGED audit row (the changed fields, old → new) in the caller's
 * transaction. Nothing is written when nothing changed.
 */
export async function saveSetting(
  tx: Prisma.TransactionClient,
  admin: Actor,
  key: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: { summaryOnly?: readonly string[] } = {},
): Promise<boolean> {
  const diff = auditDiff(before, after, options);
  if (Object.keys(diff).length === 0) return false;
  const value = after as Prisma.InputJsonObject;
  await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  await writeAudit(tx, {
    action: "SETTINGS_CHANGED",
    actorId: admin.id,
    actorLabel: admin.id,
    data: { key, ...diff },
  });
  return true;
}
