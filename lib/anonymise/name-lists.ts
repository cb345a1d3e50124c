import type { GIVEN_NAMES, GIVEN_NAMES_THAT_ARE_COMMON_WORDS } from "@/lib/anonymise/data/given-names";
import type { SURNAME_ENDING, SURNAMES } from "@/lib/anonymise/data/surnames";

/**
 * The given-name and surname lists the name finder uses (find-names.ts). They are the largest part of the light
 * detector (about 20 kB gzip), so the browser loads them in their own chunk, once a form with live hints asks for
 * them, and finds listed names from then on; until then it finds only names after a naming word ("heter Karl").
 * The server has them before any module that imports this one runs, so its checks always do.
 */
export interface NameLists {
  givenNames: typeof GIVEN_NAMES;
  givenNamesThatAreCommonWords: typeof GIVEN_NAMES_THAT_ARE_COMMON_WORDS;
  surnames: typeof SURNAMES;
  surnameEnding: typeof SURNAME_ENDING;
}

let lists: NameLists | null = null;
let loading: Promise<NameLists> | null = null;
const listeners = new Set<() => void>();

/** The lists once loaded; null in a browser that has not loaded them yet. */
export function nameLists(): NameLists | null {
  return lists;
}

/** Loads the lists (once; again after a failed attempt) and tells the listeners. */
export function loadNameLists(): Promise<NameLists> {
  loading ??= Promise.all([
    import("@/lib/anonymise/data/given-names"),
    import("@/lib/anonymise/data/surnames"),
  ]).then(
    ([given, surnames]) => {
      lists = {
        givenNames: given.GIVEN_NAMES,
        givenNamesThatAreCommonWords: given.GIVEN_NAMES_THAT_ARE_COMMON_WORDS,
        surnames: surnames.SURNAMES,
        surnameEnding: surnames.SURNAME_ENDING,
      };
      for (const listener of listeners) listener();
      return lists;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` when the lists have loaded; returns the unsubscribe. */
export function onNameListsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Next.js compiles `typeof window` to a constant, so the browser's bundle keeps only the lazy path.
if (typeof window === "undefined") await loadNameLists();
