import { connect } from "@/lib/db";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { createUser } from "@/lib/users/create-user";
import { prepareAnonymisedCases } from "./prepare-anonymised-cases";
import { E2E_PASSWORD, E2E_USERS } from "./users";

// The end-to-end server's database: migrations, reference data and one account per role; no demo brister,
// so every case the tests see is one they filed, besides the two anonymised ones the leak test looks through.
const connection = connect();
try {
  await connection.migrate();
  await ensureReferenceData(connection.prisma, { now: new Date() });
  for (const [role, user] of Object.entries(E2E_USERS)) {
    const exists = await connection.prisma.user.findUnique({ where: { email: user.email } });
    if (!exists) {
      await createUser(
        connection.prisma,
        { ...user, role: role as keyof typeof E2E_USERS, password: E2E_PASSWORD },
        null,
      );
    }
  }
  await prepareAnonymisedCases(connection.prisma);
} finally {
  await connection.close();
}
