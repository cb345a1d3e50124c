import { describe, expect, it } from "vitest";
import { assertPasswordNotBlocked, decodeFrontCoded, isBlockedPassword } from "@/lib/users/blocked-passwords";
import { BREACHED_PASSWORDS_FRONT_CODED } from "@/lib/users/data/breached-passwords";
import { SWEDISH_PASSWORDS } from "@/lib/users/data/swedish-passwords";
import { ZInviteUser, ZPassword } from "@/lib/users/schemas";

const TOO_COMMON = "Lösenordet är för vanligt";

describe("blocked passwords", () => {
  it("refuses entries of the published list whatever their case", () => {
    // Entries of SecLists' top-million list: near its head, in its middle and near its end.
    expect(isBlockedPassword("123qweasdzxc")).toBe(true);
    expect(isBlockedPassword("ManchesterUnited")).toBe(true);
    expect(isBlockedPassword("thisismypassword")).toBe(true);
    expect(isBlockedPassword("vmeshaninova1957")).toBe(true);
    expect(isBlockedPassword("QWERTYUIOPASDF")).toBe(true);
  });

  it("refuses the Swedish entries kept beside the published list", () => {
    expect(isBlockedPassword("Lösenord1234")).toBe(true);
    expect(isBlockedPassword("HejsanHejsan")).toBe(true);
  });

  it("refuses a common word padded with digits and punctuation", () => {
    expect(isBlockedPassword("Sommar2024!!")).toBe(true);
    expect(isBlockedPassword("!!Vinter2025")).toBe(true);
    expect(isBlockedPassword("Välkommen2024!")).toBe(true);
    expect(isBlockedPassword("password!!!!!!")).toBe(true);
    // "sunshine" is among the published list's most common entries; padded it reaches the length.
    expect(isBlockedPassword("Sunshine2024!!")).toBe(true);
  });

  it("accepts passwords that are not on the list", () => {
    expect(isBlockedPassword("ett-langt-losenord-1")).toBe(false);
    expect(isBlockedPassword("korrekt häst batteri häftklammer")).toBe(false);
    expect(isBlockedPassword("Sommarstugan vid sjön 2024")).toBe(false);
    expect(isBlockedPassword("gurka tavla cykel moln")).toBe(false);
  });

  it("ships only entries that the length rule alone would let through, tens of thousands of them", () => {
    const published = decodeFrontCoded(BREACHED_PASSWORDS_FRONT_CODED);
    expect(published.length).toBeGreaterThan(40_000);
    for (const entry of [...published, ...SWEDISH_PASSWORDS]) {
      expect(entry.length).toBeGreaterThanOrEqual(12);
      expect(entry).toBe(entry.toLocaleLowerCase("sv-SE"));
    }
  });

  it("refuses a password being set with a Swedish message at the password field, on the server", () => {
    expect(() => assertPasswordNotBlocked("Sommar2024!!")).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(TOO_COMMON),
        options: { field: "password" },
      }),
    );
    expect(() => assertPasswordNotBlocked("ett-langt-losenord-1")).not.toThrow();
  });

  it("keeps the forms' shared schemas to the length rules, so the lists never reach a browser", () => {
    expect(ZPassword.safeParse("Sommar2024!!").success).toBe(true);
    expect(ZPassword.safeParse("kort").error?.issues[0]?.message).toContain("minst 12 tecken");
    const invite = ZInviteUser.safeParse({
      name: "Anna Andersson",
      email: "anna@example.se",
      role: "SAMORDNARE",
      password: "ett-langt-losenord-1",
      passwordConfirm: "ett-langt-losenord-2",
    });
    expect(invite.error?.issues.map((issue) => issue.message).join()).toContain("inte likadana");
  });
});
