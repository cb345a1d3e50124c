// A real OpenID Connect provider for the end-to-end tests, on 127.0.0.1: one static client (the app), and
// oidc-provider's development login page, which accepts any login and password; the login is the user's e-mail.
import Provider from "oidc-provider";

const port = Number(process.env.E2E_OIDC_PORT);
const appUrl = process.env.E2E_APP_URL;
if (!port || !appUrl) throw new Error("E2E_OIDC_PORT and E2E_APP_URL are required");

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: process.env.E2E_OIDC_CLIENT_ID,
      client_secret: process.env.E2E_OIDC_CLIENT_SECRET,
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The app reads the ID token's claims (next-auth's idToken: true), as with Entra ID's optional email claim.
  conformIdTokenClaims: false,
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, email: id, email_verified: true, name: id.split("@")[0] }),
  }),
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["e2e-oidc-cookie-key"] },
});

provider.listen(port, "127.0.0.1", () => console.log(`OIDC provider on http://127.0.0.1:${port}`));
