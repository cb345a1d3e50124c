import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { hashNewPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors";
import type { TCreateUser } from "@/lib/users/schemas";

/**
 * Creates a staff account. `actorId` is the administrator, or null for the first admin made with
 * `npm run user:create` (audited as "CLI"). An account waiting for a second administrator is created inactive.
 */
export async function createUser(
  db: PrismaClient,
  input: TCreateUser,
  actorId: string | null,
  options: {
    isActive?: boolean;
    flag?: (tx: Prisma.TransactionClient, userId: string) => Promise<unknown>;
  } = {},
) {
  const passwordHash = await hashNewPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email.toLowerCase(),
          role: input.role,
          passwordHash,
          isActive: options.isActive ?? true,
        },
        select: { id: true, name: true, email: true, role: true },
      });
      await writeAudit(tx, {
        action: "USER_CREATED",
        actorId,
        actorLabel: actorId ?? "CLI",
        data: { userId: user.id, role: user.role },
      });
      await options.flag?.(tx, user.id);
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("INVALID", "Det finns redan en användare med den e-postadressen.");
    }
    throw error;
  }
}
