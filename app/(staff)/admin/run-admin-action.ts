import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AdminActionResult } from "@/lib/action-result";
import { toFieldErrors } from "@/lib/field-errors";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { Permission } from "@/lib/auth/roles";
import { getStaffUser } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

const UNEXPECTED = "Något gick fel hos oss. Det du skrev finns kvar; försök igen om en stund.";

interface AdminActionOptions<TOutput, TResult> {
  permission: Permission;
  schema: z.ZodType<TOutput>;
  operation: (db: PrismaClient, actor: Actor, input: TOutput) => Promise<TResult>;
  /** The Swedish confirmation shown after success. */
  message: (result: TResult, input: TOutput) => string;
  id?: (result: TResult) => string | undefined;
  revalidate?: string[];
}

/**
 * Every admin server action, in the same order: require the permission (refusals are logged), parse the form
 * values with the form's own schema, call the lib/admin operation (which checks the permission again and writes
 * the change with its audit row), revalidate, and return a typed result. Errors become Swedish messages.
 */
export async function runAdminAction<TOutput, TResult>(
  values: unknown,
  options: AdminActionOptions<TOutput, TResult>,
): Promise<AdminActionResult> {
  try {
    const db = await getDb();
    const user = await assertPermission(db, await getStaffUser(), options.permission);
    const parsed = options.schema.safeParse(values);
    if (!parsed.success) {
      return { ok: false, message: "Rätta felen i formuläret.", fieldErrors: toFieldErrors(parsed.error) };
    }
    const result = await options.operation(db, user, parsed.data);
    for (const path of options.revalidate ?? []) revalidatePath(path);
    return { ok: true, message: options.message(result, parsed.data), id: options.id?.(result) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    logError("admin", error);
    return { ok: false, message: UNEXPECTED };
  }
}

type ReferenceActionOptions<TOutput, TResult> = Omit<
  AdminActionOptions<TOutput, TResult>,
  "permission" | "revalidate"
>;

/**
 * An action on one reference list (organisations, areas, categories): needs admin:manage and revalidates the
 * list page.
 */
export function runReferenceAction<TOutput, TResult>(
  values: unknown,
  listPath: string,
  options: ReferenceActionOptions<TOutput, TResult>,
) {
  return runAdminAction(values, { permission: "admin:manage", revalidate: [listPath], ...options });
}

/** The confirmation after saving an edit form, which may have changed nothing. */
export const savedMessage = (result: { changed: boolean }) =>
  result.changed ? "Ändringarna är sparade." : "Inget var ändrat.";

/** The confirmation after deactivating or reactivating an item. */
export const activeMessage =
  (active: string, inactive: string) => (_: unknown, input: { isActive: boolean }) =>
    input.isActive ? active : inactive;
