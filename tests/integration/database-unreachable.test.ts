import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { isDatabaseUnreachable } from "@/lib/db/unavailable";

// The action runner tells the user the service is unavailable (not that their input or connection failed) when
// the database cannot be reached: the errors Prisma really throws then must be recognised.

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("a database out of reach", () => {
  it("is recognised from the error Prisma throws", async () => {
    const url = `postgresql://bis@127.0.0.1:${await closedPort()}/bis`;
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const error = await prisma.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    await prisma.$disconnect().catch(() => {});
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it("is not confused with a query that failed", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("duplicate key"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError("x is undefined"))).toBe(false);
  });
});
