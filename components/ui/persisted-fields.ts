"use client";

import { useCallback, useEffect, useEffectEvent } from "react";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";

/** Every text this app keeps in sessionStorage starts with it, so signing out can remove them all. */
export const PERSISTED_PREFIX = "bis:";

/** Passwords and codes never go to storage, whatever a form asks for. */
const NEVER_STORED = /password|losenord|code|kod/i;

/**
 * Removes every unsaved text the app kept in the browser tab. Called when the user signs out, so the next person
 * at a shared computer finds nothing; an idle timeout keeps them, so the same user can sign in and carry on.
 */
export function clearPersistedTexts(storage: Storage = window.sessionStorage) {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(PERSISTED_PREFIX)) storage.removeItem(key);
}

export interface PersistOptions {
  /** Unique per form and record, e.g. `status:${reportId}`. */
  key: string;
  /** Top-level fields to keep; all but passwords and codes when left out. */
  fields?: readonly string[];
}

function readStored(storageKey: string): Record<string, unknown> {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(storageKey) ?? "{}");
    return saved && typeof saved === "object" && !Array.isArray(saved) ? saved : {};
  } catch {
    return {};
  }
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * The one way typed text survives a session timeout or a reload: what differs from the form's defaults is kept
 * in sessionStorage and put back on the next visit (after mount, so server and client renders match). Call
 * `clear()` after a successful save. Returns whether something was restored.
 */
export function usePersistedFields<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  defaults: DefaultValues<T>,
  options: PersistOptions | undefined,
  onRestored?: () => void,
) {
  const storageKey = options ? `${PERSISTED_PREFIX}${options.key}` : null;
  const fieldList = options?.fields?.join(",") ?? "";
  const keeps = (name: string) =>
    !NEVER_STORED.test(name) && (fieldList === "" || fieldList.split(",").includes(name));

  // Read at each change, since defaults follow the record (a saved diarienummer becomes the default).
  const toStore = useEffectEvent((values: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(values).filter(
        ([name, value]) =>
          keeps(name) &&
          !isEmpty(value) &&
          JSON.stringify(value) !== JSON.stringify((defaults as Record<string, unknown>)[name]),
      ),
    ),
  );
  const restore = useEffectEvent((saved: Record<string, unknown>) => {
    const kept = Object.entries(saved).filter(([name, value]) => keeps(name) && !isEmpty(value));
    if (kept.length === 0) return;
    form.reset({ ...form.getValues(), ...Object.fromEntries(kept) }, { keepDefaultValues: true });
    onRestored?.();
  });

  useEffect(() => {
    if (!storageKey) return;
    restore(readStored(storageKey));
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const kept = toStore(values as Record<string, unknown>);
        if (Object.keys(kept).length) window.sessionStorage.setItem(storageKey, JSON.stringify(kept));
        else window.sessionStorage.removeItem(storageKey);
      },
    });
  }, [storageKey, form]);

  // Stable, so a caller can list it among an effect's dependencies.
  const clear = useCallback(() => {
    if (storageKey) window.sessionStorage.removeItem(storageKey);
  }, [storageKey]);
  return { clear };
}
