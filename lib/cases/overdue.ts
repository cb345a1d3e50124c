import type { CaseStatus } from "@/generated/prisma/enums";
import type { TReminderSettings } from "@/lib/settings/reminder-settings";

export type OverdueReason = "INGEN_ATERKOPPLING" | "DEL_TVA_SAKNAS";

export const OVERDUE_LABELS: Record<OverdueReason, string> = {
  INGEN_ATERKOPPLING: "Ingen återkoppling",
  DEL_TVA_SAKNAS: "Del två saknas",
};

const WAITING: readonly CaseStatus[] = ["INKOMMEN", "REGISTRERAD", "UNDER_HANDLAGGNING"];
const DAY_MS = 86_400_000;

/** Pure: why a case is overdue, if it is. */
export function overdueReasons(
  report: { status: CaseStatus; submittedAt: Date; dialogueHeld: boolean; hasCoordinatorMessage: boolean },
  settings: TReminderSettings,
  now: Date,
): OverdueReason[] {
  if (!WAITING.includes(report.status)) return [];
  const ageDays = (now.getTime() - report.submittedAt.getTime()) / DAY_MS;
  const reasons: OverdueReason[] = [];
  if (!report.hasCoordinatorMessage && ageDays >= settings.noFeedbackDays) reasons.push("INGEN_ATERKOPPLING");
  if (!report.dialogueHeld && ageDays >= settings.delTvaMissingDays) reasons.push("DEL_TVA_SAKNAS");
  return reasons;
}
