import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: `unit` (pure functions, no database) and `integration` (the domain layer against a real
// database: an in-memory PGlite per file, or a fresh database per file on the server in DATABASE_URL).
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // lib/ marks its database, configuration and secret modules `import "server-only"`, which throws outside
      // Next.js's server bundles. The tests run those modules on the server side by design: the package's own
      // empty module (what Next.js and `tsx --conditions=react-server` load) stands in.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    environment: "node",
    // Vitest leaves one core free by default, which on a 2-core machine runs every file in one worker. The
    // integration files wait on their database as much as they compute, so one worker per core is faster.
    maxWorkers: availableParallelism(),
    setupFiles: ["./tests/setup/setup-test-env.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["./tests/setup/global-setup.ts"],
          // Creating and migrating a database happens once per file, in beforeAll.
          hookTimeout: 60_000,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
