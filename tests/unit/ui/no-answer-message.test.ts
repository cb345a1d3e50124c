import { afterEach, describe, expect, it, vi } from "vitest";
import { noAnswerMessage, refusalFromThrown } from "@/components/ui/use-action-form";
import { BODY_MALFORMED, BODY_TOO_LARGE } from "@/lib/security/request-limits";

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

describe("a save the proxy refused", () => {
  it("shows the proxy's Swedish reason for a body too large or unreadable", () => {
    expect(refusalFromThrown(new Error(BODY_TOO_LARGE))).toEqual({
      ok: false,
      message: "Det du skickade är för stort. Korta texten och försök igen.",
    });
    expect(refusalFromThrown(new Error(BODY_MALFORMED))).toEqual({
      ok: false,
      message: "Begäran kunde inte läsas. Ladda om sidan och försök igen.",
    });
  });

  it("treats anything else thrown as no answer", () => {
    expect(refusalFromThrown(new Error("An unexpected response was received from the server."))).toBeNull();
    expect(refusalFromThrown("Failed to fetch")).toBeNull();
  });
});
