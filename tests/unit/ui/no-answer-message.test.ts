import { afterEach, describe, expect, it, vi } from "vitest";
import { noAnswerMessage } from "@/components/ui/use-action-form";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a save that got no answer", () => {
  it("blames the service, not the user's connection, when the browser is online", () => {
    vi.stubGlobal("navigator", { onLine: true });
    expect(noAnswerMessage()).toContain("tjänsten är tillfälligt otillgänglig");
    expect(noAnswerMessage()).toContain("Felet ligger hos oss");
    expect(noAnswerMessage()).not.toMatch(/uppkoppling/);
  });

  it("speaks of the connection only when the browser knows it is offline", () => {
    vi.stubGlobal("navigator", { onLine: false });
    expect(noAnswerMessage()).toContain("uppkoppling");
  });
});
