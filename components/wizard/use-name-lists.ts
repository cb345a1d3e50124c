import { use, useEffect, useSyncExternalStore } from "react";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { loadNameLists, nameLists, onNameListsLoaded } from "@/lib/anonymise/name-lists";

const hasNameLists = () => nameLists() !== null;

// What hydration waits for: settles either way, so a failed load hydrates without the lists rather than failing.
let settled: Promise<unknown> | null = null;
const loadedOrFailed = () => (settled ??= loadNameLists().catch(() => undefined));

/**
 * Whether the name lists are loaded (lib/anonymise/name-lists.ts): starts loading them when the component mounts
 * and renders it again once they are. While the page is being hydrated, a component showing findings in `text`
 * waits for them instead (it suspends, inside a Suspense boundary, and the server's HTML stays meanwhile), so it
 * shows what the server showed.
 */
export function useNameLists(text: string): boolean {
  const isHydrating = !useIsHydrated();
  const isLoaded = useSyncExternalStore(onNameListsLoaded, hasNameLists, hasNameLists);
  if (isHydrating && !isLoaded && text) use(loadedOrFailed());
  useEffect(() => {
    if (!isLoaded) void loadedOrFailed();
  }, [isLoaded]);
  return isLoaded;
}
