import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Access } from "@/lib/actions/staff-access";
import { getDb } from "@/lib/db";
import { SERVICE_UNAVAILABLE, isDatabaseUnreachable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/field-errors";
import { logError } from "@/lib/log";

export const INVALID_FORM = "Rätta felen i formuläret.";

type Text<TResult, TInput> = string | ((result: TResult, input: TInput) => string);

export interface ActionDefinition<TSchema extends z.core.$ZodType, TContext, TResult, TData> {
  /** Names the action in the log (never personal data): "inkorg/registrera". */
  name: string;
  /** Who may do it: a staff permission, or the draft, follow-up or partner session of the public side. */
  access: Access<TContext>;
  /** The form's own schema, parsed again here whatever the browser checked. */
  schema: TSchema;
  /** The one lib/ operation the action calls. */
  run: (context: TContext & { db: PrismaClient }, input: z.output<TSchema>) => Promise<TResult>;
  /** Pages whose data the change alters. */
  revalidate?: string[] | ((input: z.output<TSchema>, result: TResult) => string[]);
  /** The Swedish confirmation shown after success. */
  message?: Text<TResult, z.output<TSchema>>;
  /** What the browser needs back besides the message (a link, the next step); never more than that. */
  data?: (result: TResult, input: z.output<TSchema>) => TData;
  /** A form with one field shows a refusal at that field too (e.g. the resume code). */
  messageField?: string;
  /** The message for an unexpected error, before its reference. */
  unexpected?: string;
}

const UNEXPECTED =
  "Något gick fel hos oss och inget sparades. Det du skrev finns kvar; försök igen om en stund";

/**
 * Every server action goes through here, in the same order: who may do it (refusals are audited by the access
 * check), parse with the shared schema, call one lib/ operation, revalidate, and return one result type.
 * Known errors (AppError) become their Swedish message; anything else is logged without personal data and the
 * user gets a short reference to quote.
 */
export function defineAction<TSchema extends z.core.$ZodType, TContext, TResult, TData = undefined>(
  definition: ActionDefinition<TSchema, TContext, TResult, TData>,
): (values: unknown) => Promise<ActionResult<TData>> {
  return (values) => runAction(definition, values);
}

async function runAction<TSchema extends z.core.$ZodType, TContext, TResult, TData>(
  definition: ActionDefinition<TSchema, TContext, TResult, TData>,
  values: unknown,
): Promise<ActionResult<TData>> {
  const withField = (message: string) =>
    definition.messageField ? { [definition.messageField]: message } : undefined;
  try {
    const db = await getDb();
    const context = await definition.access.resolve(db, values);
    const parsed = z.safeParse(definition.schema, values);
    if (!parsed.success) {
      return { ok: false, message: INVALID_FORM, fieldErrors: toFieldErrors(parsed.error) };
    }
    const input = parsed.data;
    const result = await definition.run({ ...context, db }, input);
    const paths =
      typeof definition.revalidate === "function"
        ? definition.revalidate(input, result)
        : (definition.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    const message =
      typeof definition.message === "function"
        ? definition.message(result, input)
        : (definition.message ?? "");
    return { ok: true, message, data: definition.data?.(result, input) as TData };
  } catch (error) {
    // redirect() and notFound() are thrown; they are answers, not failures.
    unstable_rethrow(error);
    if (isAppError(error)) {
      const fieldErrors = error.options.field ? { [error.options.field]: error.message } : undefined;
      return { ok: false, message: error.message, fieldErrors: fieldErrors ?? withField(error.message) };
    }
    const errorRef = logError(definition.name, error, await requestId());
    const message = isDatabaseUnreachable(error)
      ? `${SERVICE_UNAVAILABLE} (felkod ${errorRef}).`
      : `${definition.unexpected ?? UNEXPECTED} (felkod ${errorRef}).`;
    return { ok: false, message, errorRef, fieldErrors: withField(message) };
  }
}

/** The id proxy.ts gave the request, for the log; none outside a request (a script, a test). */
async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}
