import "server-only";
import path from "node:path";
import dotenv from "dotenv";
import { parseEnv } from "@/lib/env-schema";

// The one place that reads `.env` and process.env, for the app and every script alike: a module that imports `env`
// sees the same settings whatever started it (`npm start`, a script, `next start`). The file is `.env` in the
// working directory, which is the project root for the npm scripts and for Next.js; variables already set in the
// environment win over it. Next.js reads the same file itself before this runs, so there the call changes nothing.
// A bad configuration fails at start, not at the first request.
dotenv.config({ path: path.join(/* turbopackIgnore: true */ process.cwd(), ".env"), quiet: true });

export const env = parseEnv(process.env);
// next-auth reads its own variable for absolute URLs; the app has one public address.
process.env.NEXTAUTH_URL ??= env.APP_URL;
export const isEmbeddedDatabase = !env.DATABASE_URL;
export { DEVELOPMENT_SECRET, type TEnv } from "@/lib/env-schema";
