import { describe, expect, it } from "vitest";
import { can, homeFor } from "@/lib/auth/roles";

describe("role checks", () => {
  it("lets coordinators read and change cases but not administer", () => {
    expect(can("SAMORDNARE", "case:read")).toBe(true);
    expect(can("SAMORDNARE", "case:write")).toBe(true);
    expect(can("SAMORDNARE", "admin:manage")).toBe(false);
    expect(can("SAMORDNARE", "audit:read")).toBe(false);
  });

  it("gives the arbetsgrupp only anonymised material", () => {
    expect(can("ARBETSGRUPP", "anonymised:read")).toBe(true);
    expect(can("ARBETSGRUPP", "case:read")).toBe(false);
    expect(can("ARBETSGRUPP", "case:write")).toBe(false);
    expect(can("ARBETSGRUPP", "admin:manage")).toBe(false);
  });

  it("lets administrators manage and read the audit log but not read cases", () => {
    expect(can("ADMIN", "admin:manage")).toBe(true);
    expect(can("ADMIN", "audit:read")).toBe(true);
    expect(can("ADMIN", "case:read")).toBe(false);
  });

  it("sends each role to its own start page after sign-in", () => {
    expect(homeFor("SAMORDNARE")).toBe("/inkorg");
    expect(homeFor("ADMIN")).toBe("/admin");
    expect(homeFor("ARBETSGRUPP")).toBe("/arbetsgrupp");
  });
});
