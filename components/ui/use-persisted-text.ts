"use client";

import { useEffect, useState } from "react";

/**
 * Keeps a text field's value in sessionStorage, so a session timeout or a reload loses nothing typed.
 * Call `clear()` after a successful save.
 */
export function usePersistedText(key: string, initial = "") {
  const storageKey = `bis:${key}`;
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
