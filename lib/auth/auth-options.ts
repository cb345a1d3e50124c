import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SECOND_FACTOR_NEEDED, ZSignIn } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit/audit-actions";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/passwords";
import { clientKey } from "@/lib/security/client-key";
import { isRateLimited, recordFailure } from "@/lib/security/rate-limit";
import { secondFactorStep } from "@/lib/two-factor/sign-in-step";
import { recordSessionActivity, withStaffSession } from "@/lib/sessions/sign-in-session";
import { createHash } from "node:crypto";

const FAILED_WINDOW_MINUTES = 15;
/** Per account and client: a guesser is stopped early. */
const MAX_FAILED_PER_CLIENT = 10;
/** Per account from anywhere: high enough that a stranger can't lock a coordinator out with a few tries. */
const MAX_FAILED_PER_ACCOUNT = 50;

function emailHash(email: string) {
  return createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32);
}

/**
 * Staff sign in with e-mail and password, and a code when the account has two-factor sign-in (thrown as
 * SECOND_FACTOR_NEEDED when missing, so the form asks for it).
 * Every attempt is audited; repeated failures are refused for a while.
 */
export async function authorizeStaff(credentials: unknown, client: string | null = null, now = new Date()) {
  const parsed = ZSignIn.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const db = await getDb();
  const accountKey = `sign-in:${emailHash(email)}`;
  const clientKeyForAccount = client ? `${accountKey}:${client}` : null;
  const window = { windowMinutes: FAILED_WINDOW_MINUTES, now };
  const isLimited =
    (await isRateLimited(db, accountKey, { ...window, max: MAX_FAILED_PER_ACCOUNT })) ||
    (clientKeyForAccount !== null &&
      (await isRateLimited(db, clientKeyForAccount, { ...window, max: MAX_FAILED_PER_CLIENT })));
  if (isLimited) {
    await db.$transaction((tx) =>
      writeAudit(tx, { action: "SIGN_IN_FAILED", actorLabel: "Okänd", data: { reason: "rate_limited" } }),
    );
    return null;
  }
  const user = await db.user.findUnique({ where: { email } });
  const isValid = user
    ? user.isActive && (await verifyPassword(user.passwordHash, parsed.data.password))
    : await verifyPassword(await dummyPasswordHash(), parsed.data.password).then(() => false);
  if (!user || !isValid) {
    await recordFailure(db, accountKey, now);
    if (clientKeyForAccount) await recordFailure(db, clientKeyForAccount, now);
    await db.$transaction((tx) =>
      writeAudit(tx, {
        action: "SIGN_IN_FAILED",
        actorId: user?.id ?? null,
        actorLabel: user ? user.id : "Okänd",
        data: { reason: user ? (user.isActive ? "wrong_password" : "inactive") : "unknown_user" },
      }),
    );
    return null;
  }
  const secondFactor = await secondFactorStep(db, user, parsed.data.code, now);
  if (secondFactor === "needed") throw new Error(SECOND_FACTOR_NEEDED);
  if (secondFactor === "refused") return null;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { action: "SIGN_IN", actorId: user.id, actorLabel: user.id });
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Secure, __Secure- prefixed cookies whenever the public address is https, whatever the proxy in between says.
  useSecureCookies: env.APP_URL.startsWith("https://"),
  // Idle timeout: every request to the session endpoint (the page's activity keep-alive) pushes expiry forward.
  session: { strategy: "jwt", maxAge: env.SESSION_IDLE_MINUTES * 60 },
  pages: { signIn: "/logga-in" },
  providers: [
    CredentialsProvider({
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
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (!user) await recordSessionActivity(token.sessionId);
      if (user) {
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
        },
      };
    },
  },
};
