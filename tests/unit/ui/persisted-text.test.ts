import { describe, expect, it } from "vitest";
import { clearPersistedTexts } from "@/components/ui/persisted-fields";

/** sessionStorage's interface over a Map, enough for the code under test. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe("clearing unsaved texts at sign-out", () => {
  it("removes every bis: draft and leaves other keys alone", () => {
    const storage = memoryStorage({
      "bis:anteckning:r1": "Ringde enhetschefen",
      "bis:meddelande:r2": "Tack för rapporten",
      "bis:status:r1": '{"reason":"Dubblett"}',
      "annan-app": "kvar",
    });
    clearPersistedTexts(storage);
    expect([...Array(storage.length).keys()].map((i) => storage.key(i))).toEqual(["annan-app"]);
  });
});
