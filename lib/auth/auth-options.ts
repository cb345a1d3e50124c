import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit/audit-actions";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/passwords";
import { isRateLimited, recordFailure } from "@/lib/security/rate-limit";
import { createHash } from "node:crypto";

const ZCredentials = z.object({ email: z.email(), password: z.string().min(1).max(200) });
const MAX_FAILED_SIGN_INS = 10;
const FAILED_WINDOW_MINUTES = 15;

function limitKey(email: string) {
  return `sign-in:${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32)}`;
}

/** Staff sign in with e-mail and password. Every attempt is audited; repeated failures lock the account briefly. */
export async function authorizeStaff(credentials: unknown, now = new Date()) {
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const db = await getDb();
  const key = limitKey(email);
  if (await isRateLimited(db, key, { max: MAX_FAILED_SIGN_INS, windowMinutes: FAILED_WINDOW_MINUTES, now })) {
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
    await recordFailure(db, key, now);
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
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { action: "SIGN_IN", actorId: user.id, actorLabel: user.id });
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Idle timeout: every request to the session endpoint (the page's activity keep-alive) pushes expiry forward.
  session: { strategy: "jwt", maxAge: env.SESSION_IDLE_MINUTES * 60 },
  pages: { signIn: "/logga-in" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      authorize: (credentials) => authorizeStaff(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const staff = user as unknown as { id: string; role: string; sessionVersion: number };
        token.sub = staff.id;
        token.role = staff.role;
        token.sessionVersion = staff.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub, role: token.role, sessionVersion: token.sessionVersion },
      };
    },
  },
};
