import { describe, expect, it } from "vitest";
import { clientKey } from "@/lib/security/client-key";

describe("the client key for rate limits", () => {
  it("trusts only the entry our own proxy appended, so a forged header changes nothing", () => {
    const honest = clientKey("203.0.113.7", 1);
    const forged = clientKey("198.51.100.1, 203.0.113.7", 1);
    expect(honest).not.toBeNull();
    expect(forged).toBe(honest);
  });

  it("is unknown without a trusted proxy or header", () => {
    expect(clientKey("203.0.113.7", 0)).toBeNull();
    expect(clientKey(null, 1)).toBeNull();
  });

  it("never contains the address itself", () => {
    expect(clientKey("203.0.113.7", 1)).not.toContain("203.0.113.7");
  });
});
