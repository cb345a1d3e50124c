import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";

/** Internal notes: never shown to the reporter or the arbetsgrupp. */
export async function addCaseNote(db: PrismaClient, user: Actor, input: { reportId: string; body: string }) {
  return mutateCase(db, user, input.reportId, async (tx, report) => {
    const note = await tx.note.create({ data: { reportId: report.id, authorId: user.id, body: input.body } });
    return { result: note, audit: { action: "CASE_NOTE_ADDED", data: { noteId: note.id } } };
  });
}
