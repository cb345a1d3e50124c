"use client";

import { useEffect, useState } from "react";

/** Every draft this app keeps in sessionStorage starts with it, so signing out can remove them all. */
export const PERSISTED_PREFIX = "bis:";

export function persistedKey(key: string) {
  return `${PERSISTED_PREFIX}${key}`;
}

/**
 * Removes every unsaved text the app kept in the browser tab. Called when the user signs out, so the next person
 * at a shared computer finds nothing; an idle timeout keeps them, so the same user can sign in and carry on.
 */
export function clearPersistedTexts(storage: Storage = window.sessionStorage) {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(PERSISTED_PREFIX)) storage.removeItem(key);
}

/**
 * Keeps a text field's value in sessionStorage, so a session timeout or a reload loses nothing typed.
 * Call `clear()` after a successful save.
 */
export function usePersistedText(key: string, initial = "") {
  const storageKey = persistedKey(key);
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const saved = window.sessionStorage.getItem(storageKey);
    // Restoring from storage after mount keeps server and client renders identical.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved) setValue(saved);
  }, [storageKey]);
  const update = (next: string) => {
    setValue(next);
    if (next) window.sessionStorage.setItem(storageKey, next);
    else window.sessionStorage.removeItem(storageKey);
  };
  return { value, setValue: update, clear: () => update("") };
}
