"use client";

import { useEffect, useEffectEvent } from "react";
import type { DefaultValues, FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { persistedKey } from "@/components/ui/use-persisted-text";

export interface PersistFields<T extends FieldValues> {
  /** Unique per form and case, e.g. `status:${reportId}`; stored under "bis:" like usePersistedText. */
  key: string;
  /** Top-level text fields to keep. */
  fields: readonly (keyof T & string)[];
}

function readDraft(storageKey: string): Record<string, unknown> {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(storageKey) ?? "{}");
    return saved && typeof saved === "object" ? saved : {};
  } catch {
    return {};
  }
}

/**
 * usePersistedText for react-hook-form fields: what is typed into the given fields is kept in sessionStorage and
 * put back on the next visit, so a session timeout or a reload loses nothing. Only values that differ from the
 * form's current defaults are kept. Call `clear()` after a successful save.
 */
export function usePersistedFields<T extends FieldValues>(
  form: UseFormReturn<T>,
  defaults: DefaultValues<T>,
  options: PersistFields<T> | undefined,
) {
  const storageKey = options ? persistedKey(options.key) : null;
  const fieldList = options?.fields.join(",") ?? "";
  const { watch, setValue } = form;

  // Read at each change, since defaults follow the case (a saved diarienummer becomes the default).
  const draftOf = useEffectEvent((values: Record<string, unknown>) =>
    Object.fromEntries(
      fieldList
        .split(",")
        .map((name) => [name, values[name]] as const)
        .filter(
          ([name, value]) =>
            typeof value === "string" &&
            value.trim() !== "" &&
            value !== (defaults as Record<string, unknown>)[name],
        ),
    ),
  );

  useEffect(() => {
    if (!storageKey) return;
    const saved = readDraft(storageKey);
    for (const name of fieldList.split(",")) {
      const value = saved[name];
      if (typeof value === "string" && value) {
        setValue(name as Path<T>, value as PathValue<T, Path<T>>, { shouldDirty: true });
      }
    }
    const subscription = watch((values) => {
      const draft = draftOf(values as Record<string, unknown>);
      if (Object.keys(draft).length) window.sessionStorage.setItem(storageKey, JSON.stringify(draft));
      else window.sessionStorage.removeItem(storageKey);
    });
    return () => subscription.unsubscribe();
  }, [storageKey, fieldList, watch, setValue]);

  return {
    clear: () => {
      if (storageKey) window.sessionStorage.removeItem(storageKey);
    },
  };
}
