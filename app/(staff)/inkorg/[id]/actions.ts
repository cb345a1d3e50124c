"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { requirePermission } from "@/lib/auth/staff-session";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { anonymiseCase } from "@/lib/cases/anonymise-case";
import { assignCase } from "@/lib/cases/assign-case";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { classifyCase } from "@/lib/cases/classify-case";
import { escalateCase } from "@/lib/cases/escalate-case";
import { registerCase } from "@/lib/cases/register-case";
import {
  ZAddNote,
  ZAnonymiseCase,
  ZAssignCase,
  ZChangeStatus,
  ZClassifyCase,
  ZEscalateCase,
  ZRegisterCase,
  ZSendMessage,
} from "@/lib/cases/schemas";
import { sendCaseMessage } from "@/lib/cases/send-case-message";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/field-errors";
import { logError } from "@/lib/log";

export type CaseActionResult =
  { ok: true; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * Every case action in the same order: parse with the shared schema, require the signed-in coordinator,
 * let the domain function check again, write and audit, then refresh the case page and the inbox.
 */
async function runCaseAction<S extends z.ZodType<{ reportId: string }>>(
  schema: S,
  values: unknown,
  change: (db: PrismaClient, user: Actor, input: z.output<S>) => Promise<unknown>,
  done: string | ((input: z.output<S>) => string),
): Promise<CaseActionResult> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Rätta felen i formuläret.", fieldErrors: toFieldErrors(parsed.error) };
  }
  try {
    const user = await requirePermission("case:write", parsed.data.reportId);
    await change(await getDb(), user, parsed.data);
    revalidatePath(`/inkorg/${parsed.data.reportId}`);
    revalidatePath("/inkorg");
    return { ok: true, message: typeof done === "string" ? done : done(parsed.data) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    const id = logError("inkorg/arende", error);
    return {
      ok: false,
      message: `Något gick fel hos oss och ändringen sparades inte. Försök igen om en stund (felkod ${id}).`,
    };
  }
}

export async function registerCaseAction(values: unknown) {
  return runCaseAction(ZRegisterCase, values, registerCase, "Diarienumret är sparat.");
}

export async function changeCaseStatusAction(values: unknown) {
  return runCaseAction(ZChangeStatus, values, changeCaseStatusWithMessage, (input) =>
    input.message ? "Statusen är ändrad och meddelandet är skickat till rapportören." : "Statusen är ändrad.",
  );
}

export async function assignCaseAction(values: unknown) {
  return runCaseAction(ZAssignCase, values, assignCase, "Handläggaren är sparad.");
}

export async function classifyCaseAction(values: unknown) {
  return runCaseAction(ZClassifyCase, values, classifyCase, "Kategorier och områden är sparade.");
}

export async function addCaseNoteAction(values: unknown) {
  return runCaseAction(ZAddNote, values, addCaseNote, "Anteckningen är sparad.");
}

export async function sendCaseMessageAction(values: unknown) {
  return runCaseAction(ZSendMessage, values, sendCaseMessage, "Meddelandet är skickat till rapportören.");
}

export async function escalateCaseAction(values: unknown) {
  return runCaseAction(ZEscalateCase, values, escalateCase, "Eskaleringen är sparad.");
}

export async function anonymiseCaseAction(values: unknown) {
  return runCaseAction(ZAnonymiseCase, values, anonymiseCase, "Den avidentifierade texten är sparad.");
}
