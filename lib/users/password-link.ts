import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/** Days a link to choose a password stays valid. */
export const PASSWORD_LINK_DAYS = 7;

/**
 * A link that lets a user choose their own password, for an account that has none (after "Endast SSO" is switched
 * off). Only the token's hash is kept, in the account's `passwordHash` with its expiry ("link:<sha256>:<ms>"): it
 * is no argon2 hash, so no password matches it, and choosing a password replaces it, so the link works once.
 */
const PREFIX = "link:";

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export function isPasswordLink(passwordHash: string) {
  return passwordHash.startsWith(PREFIX);
}

/** Issues a new link for the account, replacing an earlier one; returns the token to mail. */
export async function issuePasswordLink(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  const expires = now.getTime() + PASSWORD_LINK_DAYS * 24 * 60 * 60 * 1000;
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: `${PREFIX}${digest(token)}:${expires}` },
  });
  return { token, expiresAt: new Date(expires) };
}

/** The active account a valid, unexpired link belongs to, or null. */
export async function findPasswordLinkUser(
  db: PrismaClient | Prisma.TransactionClient,
  token: string,
  now = new Date(),
) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const user = await db.user.findFirst({
    where: { passwordHash: { startsWith: `${PREFIX}${digest(token)}:` }, isActive: true },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!user) return null;
  const expires = Number(user.passwordHash.slice(user.passwordHash.lastIndexOf(":") + 1));
  return expires > now.getTime() ? user : null;
}
