import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SECOND_FACTOR_NEEDED, ZSignIn } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit/audit-actions";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/passwords";
import { clientKey } from "@/lib/security/client-key";
import { recordFailure, slowDown, waitBeforeCheck } from "@/lib/security/rate-limit";
import type { BackoffPolicy } from "@/lib/security/rate-limit-policy";
import { secondFactorStep } from "@/lib/two-factor/sign-in-step";
import { recordSessionActivity, withStaffSession } from "@/lib/sessions/sign-in-session";
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
 * Every attempt is audited; repeated failures are refused for a while.
 */
export async function authorizeStaff(credentials: unknown, client: string | null = null, now = new Date()) {
  const parsed = ZSignIn.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const db = await getDb();
  // Only the client's own failures make it wait; the right password from any other client always works.
  const clientLimitKey = client ? `sign-in:client:${client}` : null;
  if (clientLimitKey && (await waitBeforeCheck(db, clientLimitKey, SIGN_IN_CLIENT, now)) > 0) {
    await recordFailure(db, clientLimitKey, now);
    await recordAnonymousRefusal(db, "sign_in", client, now);
    return null;
  }
  const user = await db.user.findUnique({ where: { email } });
  const isValid = user
    ? user.isActive && (await verifyPassword(user.passwordHash, parsed.data.password))
    : await verifyPassword(await dummyPasswordHash(), parsed.data.password).then(() => false);
  if (!user || !isValid) {
    if (clientLimitKey) await recordFailure(db, clientLimitKey, now);
    await db.$transaction((tx) =>
      writeAudit(tx, {
        action: "SIGN_IN_FAILED",
        actorId: user?.id ?? null,
        actorLabel: user ? user.id : "Okänd",
        data: { reason: user ? (user.isActive ? "wrong_password" : "inactive") : "unknown_user" },
      }),
    );
    await slowDown(db, `sign-in:account:${emailHash(email)}`, SIGN_IN_ACCOUNT, now);
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
