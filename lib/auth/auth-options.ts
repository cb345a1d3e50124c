import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { headers } from "next/headers";
import { SECOND_FACTOR_NEEDED, SIGN_IN_WAIT, ZSignIn } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit/audit-actions";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/passwords";
import { recordSignIn } from "@/lib/auth/record-sign-in";
import { clientKey } from "@/lib/security/client-key";
import { recordFailure, slowDown, waitBeforeCheck } from "@/lib/security/rate-limit";
import type { BackoffPolicy } from "@/lib/security/rate-limit-policy";
import { secondFactorStep } from "@/lib/two-factor/sign-in-step";
import { recordSessionActivity, withStaffSession } from "@/lib/sessions/sign-in-session";
import { allowSsoSignIn, startSsoSession, type SsoPolicy } from "@/lib/auth/sso-sign-in";
import { ssoEmail } from "@/lib/auth/sso-email";
import { createHash } from "node:crypto";

const FAILED_WINDOW_MINUTES = 15;
/** Per client, any account: after 10 failures the guesser waits 30 s, doubling per failure up to 15 minutes. */
const SIGN_IN_CLIENT: BackoffPolicy = {
  windowMinutes: FAILED_WINDOW_MINUTES,
  free: 10,
  baseMs: 30_000,
  maxMs: FAILED_WINDOW_MINUTES * 60_000,
};
/** Per account from anywhere: only slows wrong passwords (at most 2 s), so no stranger can lock the owner out. */
const SIGN_IN_ACCOUNT: BackoffPolicy = {
  windowMinutes: FAILED_WINDOW_MINUTES,
  free: 10,
  baseMs: 100,
  maxMs: 2_000,
};

function emailHash(email: string) {
  return createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32);
}

/**
 * Staff sign in with e-mail and password, and a code when the account has two-factor sign-in (thrown as
 * SECOND_FACTOR_NEEDED when missing, so the form asks for it).
 * Every attempt is audited; a client with many failures is refused for a while (thrown as SIGN_IN_WAIT).
 */
export async function authorizeStaff(
  credentials: unknown,
  client: string | null = null,
  now = new Date(),
  passwordSignIn = env.PASSWORD_SIGN_IN,
) {
  const parsed = ZSignIn.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const db = await getDb();
  // Off for the whole instance (PASSWORD_SIGN_IN=false): the form is hidden, and a request made anyway is refused.
  if (!passwordSignIn) {
    await db.$transaction((tx) =>
      writeAudit(tx, {
        action: "SIGN_IN_FAILED",
        actorId: null,
        actorLabel: "Okänd",
        data: { reason: "password_sign_in_off", method: "password" },
      }),
    );
    return null;
  }
  // Only the client's own failures make it wait; the right password from any other client always works.
  const clientLimitKey = client ? `sign-in:client:${client}` : null;
  // Told apart from a wrong password, so the person at this client knows to wait rather than retype.
  if (clientLimitKey && (await waitBeforeCheck(db, clientLimitKey, SIGN_IN_CLIENT, now)) > 0) {
    await recordFailure(db, clientLimitKey, now);
    await recordAnonymousRefusal(db, "sign_in", client, now);
    throw new Error(SIGN_IN_WAIT);
  }
  const user = await db.user.findUnique({ where: { email } });
  // An account that signs in only through single sign-on has no password: checked like an unknown one.
  const isValid =
    user && !user.ssoOnly
      ? user.isActive && (await verifyPassword(user.passwordHash, parsed.data.password))
      : await verifyPassword(await dummyPasswordHash(), parsed.data.password).then(() => false);
  if (!user || !isValid) {
    if (clientLimitKey) await recordFailure(db, clientLimitKey, now);
    const reason = !user
      ? "unknown_user"
      : user.ssoOnly
        ? "sso_only"
        : user.isActive
          ? "wrong_password"
          : "inactive";
    await db.$transaction((tx) =>
      writeAudit(tx, {
        action: "SIGN_IN_FAILED",
        actorId: user?.id ?? null,
        actorLabel: user ? user.id : "Okänd",
        data: { reason },
      }),
    );
    await slowDown(db, `sign-in:account:${emailHash(email)}`, SIGN_IN_ACCOUNT, now);
    return null;
  }
  const secondFactor = await secondFactorStep(db, user, parsed.data.code, now);
  if (secondFactor === "needed") throw new Error(SECOND_FACTOR_NEEDED);
  if (secondFactor === "refused") return null;
  await recordSignIn(db, user.id, "password", now);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}

const SSO_POLICY: SsoPolicy = {
  trustedMfa: env.OIDC_TRUSTED_MFA,
  twoFactorRequired: env.TWO_FACTOR_REQUIRED,
};

/**
 * The organisation's OpenID Connect provider, when configured: the authorization code flow with PKCE, state and
 * nonce, the ID token verified against the issuer's published keys. The callback is /api/auth/callback/oidc.
 */
function oidcProvider(): OAuthConfig<Record<string, unknown>> | null {
  if (!env.OIDC_ENABLED) return null;
  return {
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (claims) => ({
      id: String(claims.sub),
      name: typeof claims.name === "string" ? claims.name : null,
      email: ssoEmail(claims),
    }),
  };
}

async function currentUserAgent() {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

const passwordProvider = CredentialsProvider({
  name: "E-post och lösenord",
  credentials: {
    email: { label: "E-post", type: "email" },
    password: { label: "Lösenord", type: "password" },
  },
  authorize: (credentials, request) => {
    const forwardedFor = request?.headers?.["x-forwarded-for"] as string | undefined;
    const userAgent = request?.headers?.["user-agent"] as string | undefined;
    return authorizeStaff(credentials, clientKey(forwardedFor, env.TRUST_PROXY_HOPS)).then((user) =>
      withStaffSession(user, userAgent),
    );
  },
});

const sso = oidcProvider();

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Secure, __Secure- prefixed cookies whenever the public address is https, whatever the proxy in between says.
  useSecureCookies: env.APP_URL.startsWith("https://"),
  // Idle timeout: every request to the session endpoint (the page's activity keep-alive) pushes expiry forward.
  session: { strategy: "jwt", maxAge: env.SESSION_IDLE_MINUTES * 60 },
  // Errors too (e.g. ?error=AccessDenied when single sign-on finds no account): the page says them in Swedish.
  pages: { signIn: "/logga-in", error: "/logga-in" },
  providers: sso ? [passwordProvider, sso] : [passwordProvider],
  callbacks: {
    // Single sign-on lets in only an existing, active account; refused, next-auth shows /logga-in?error=AccessDenied.
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      return allowSsoSignIn(await getDb(), profile, SSO_POLICY);
    },
    async jwt({ token, user, account, profile }) {
      if (!user) await recordSessionActivity(token.sessionId);
      if (user && account?.provider === "oidc") {
        const staff = await startSsoSession(await getDb(), profile, SSO_POLICY, await currentUserAgent());
        if (!staff) throw new Error("AccessDenied");
        token.sub = staff.id;
        token.role = staff.role;
        token.sessionVersion = staff.sessionVersion;
        token.sessionId = staff.sessionId;
        token.method = "sso";
      } else if (user) {
        const staff = user as unknown as {
          id: string;
          role: string;
          sessionVersion: number;
          sessionId: string;
        };
        token.sub = staff.id;
        token.role = staff.role;
        token.sessionVersion = staff.sessionVersion;
        token.sessionId = staff.sessionId;
        token.method = "password";
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.sub,
          role: token.role,
          sessionVersion: token.sessionVersion,
          sessionId: token.sessionId,
          method: token.method,
        },
      };
    },
  },
};
