import { describe, expect, it } from "vitest";
import { SECOND_FACTOR_NEEDED, SIGN_IN_WAIT } from "@/lib/auth/schemas";
import { SIGN_IN_REFUSED, SIGN_IN_WAIT_MESSAGE, signInPageMessage } from "@/lib/auth/sign-in-messages";

describe("the sign-in page's message after next-auth sends the browser back", () => {
  it("says a wrong password, an expired page, a missing account and a failed provider apart", () => {
    expect(signInPageMessage({ error: "CredentialsSignin" })).toBe(SIGN_IN_REFUSED);
    expect(signInPageMessage({ error: SIGN_IN_WAIT })).toBe(SIGN_IN_WAIT_MESSAGE);
    expect(signInPageMessage({ csrf: "true" })).toMatch(/för gammal/);
    expect(signInPageMessage({ error: "AccessDenied" })).toMatch(/inget aktivt konto/);
    expect(signInPageMessage({ error: "OAuthCallback" })).toMatch(/organisationens konto/);
  });

  it("says nothing when there was no error, or when only the code is missing", () => {
    expect(signInPageMessage({})).toBeNull();
    expect(signInPageMessage({ error: SECOND_FACTOR_NEEDED })).toBeNull();
  });
});
