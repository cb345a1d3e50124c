import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Runs a write and turns a unique-constraint failure into a Swedish message for the field that collided. */
export async function withUniqueMessage<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("INVALID", message);
    }
    throw error;
  }
}
