import { notFound } from "next/navigation";
import type { StaffUser } from "@/lib/auth/staff-session";
import { caseFormOptions } from "@/lib/cases/case-form-options";
import { buildCaseTimeline } from "@/lib/cases/case-timeline";
import { overdueReasons } from "@/lib/cases/overdue";
import { viewCase } from "@/lib/cases/view-case";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getReminderSettings } from "@/lib/settings/reminder-settings";

/** What the case page and its print view show: the audited read, the form choices, the timeline and overdue markers. */
export async function loadCase(user: StaffUser, reportId: string, options: { isPrint?: boolean } = {}) {
  const db = await getDb();
  const view = await viewCase(db, user, reportId, options).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { report } = view;
  const [formOptions, settings] = await Promise.all([
    caseFormOptions(db, {
      year: report.year,
      categoryIds: report.categories.map((c) => c.categoryId),
      areaIds: report.areas.map((a) => a.areaId),
      assigneeId: report.assigneeId,
    }),
    getReminderSettings(db),
  ]);
  const timeline = buildCaseTimeline(view.timeline, report.messages, report.notes, {
    users: view.userNames,
    categories: formOptions.categoryNames,
    areas: formOptions.areaNames,
  });
  const overdue = overdueReasons(
    {
      status: report.status,
      submittedAt: report.submittedAt,
      dialogueHeld: report.dialogueHeld,
      hasCoordinatorMessage: report.messages.some((m) => !m.fromReporter),
    },
    settings,
    new Date(),
  );
  return { report, formOptions, timeline, overdue };
}
