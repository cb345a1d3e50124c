import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the page as the server sends it (and while scripts load or when they are off), true once React runs in
 * the browser. A form uses it to offer plain form posts until its script can do the work in the page.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
