import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** The user an admin operation changes, read inside its transaction. */
export async function findUserForChange(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, isActive: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Användaren finns inte.");
  return user;
}
