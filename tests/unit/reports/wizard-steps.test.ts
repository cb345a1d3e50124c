import { describe, expect, it } from "vitest";
import {
  DEL_ETT_KEYS,
  type DraftData,
  type StepKey,
  WIZARD_STEPS,
  canOpenStep,
  emptyDraftData,
  isDelEttComplete,
  nextPath,
  stepBySlug,
} from "@/lib/reports/wizard-steps";

const delEtt: StepKey[] = ["reporter", "partner", "event", "description"];
const withCompleted = (completed: StepKey[], extra: Partial<DraftData> = {}): DraftData => ({
  ...extra,
  completed,
});

describe("wizard steps", () => {
  it("puts four steps in del ett and del två last", () => {
    expect(DEL_ETT_KEYS).toEqual(delEtt);
    expect(WIZARD_STEPS.at(-1)).toMatchObject({ key: "delTva", part: 2 });
  });

  it("finds a step by its address and nothing for an unknown one", () => {
    expect(stepBySlug("del-tva")?.key).toBe("delTva");
    expect(stepBySlug("om-dig")?.key).toBe("reporter");
    expect(stepBySlug("finns-inte")).toBeUndefined();
  });

  it("knows del ett is complete only when all four of its steps are", () => {
    expect(isDelEttComplete(emptyDraftData())).toBe(false);
    expect(isDelEttComplete(withCompleted(["reporter", "partner", "event"]))).toBe(false);
    expect(isDelEttComplete(withCompleted(delEtt))).toBe(true);
  });
});

describe("nextPath", () => {
  it("starts a new draft at 'Om dig'", () => {
    expect(nextPath(emptyDraftData())).toBe("/rapportera/om-dig");
  });

  it("continues at the first step not yet completed", () => {
    expect(nextPath(withCompleted(["reporter"]))).toBe("/rapportera/samverkanspart");
    expect(nextPath(withCompleted(["reporter", "partner"]))).toBe("/rapportera/handelsen");
    expect(nextPath(withCompleted(["reporter", "partner", "event"]))).toBe("/rapportera/beskrivning");
    expect(nextPath(withCompleted(["reporter", "event"]))).toBe("/rapportera/samverkanspart");
  });

  it("shows the 'del ett klar' page after del ett, before del två is started", () => {
    expect(nextPath(withCompleted(delEtt))).toBe("/rapportera/del-ett-klar");
  });

  it("goes straight to del två when the reporter has started it", () => {
    expect(nextPath(withCompleted(delEtt, { delTva: { dialogueHeld: "ja" } }))).toBe("/rapportera/del-tva");
  });

  it("goes to the review page when every step is complete", () => {
    expect(nextPath(withCompleted([...delEtt, "delTva"]))).toBe("/rapportera/granska");
  });
});

describe("canOpenStep", () => {
  it("always lets the first step open", () => {
    expect(canOpenStep(emptyDraftData(), "reporter")).toBe(true);
  });

  it("refuses del två before del ett is complete", () => {
    expect(canOpenStep(emptyDraftData(), "delTva")).toBe(false);
    expect(canOpenStep(withCompleted(["reporter", "partner", "event"]), "delTva")).toBe(false);
  });

  it("opens del två once del ett is complete", () => {
    expect(canOpenStep(withCompleted(delEtt), "delTva")).toBe(true);
  });

  it("refuses a step whose earlier steps are not complete", () => {
    expect(canOpenStep(withCompleted(["reporter"]), "event")).toBe(false);
    expect(canOpenStep(withCompleted(["reporter", "partner"]), "event")).toBe(true);
  });

  it("lets a completed step be opened again to change the answers", () => {
    expect(canOpenStep(withCompleted([...delEtt, "delTva"]), "partner")).toBe(true);
  });
});
