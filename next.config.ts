import type { NextConfig } from "next";
import { parseEnv } from "./lib/env-schema";

// `next build` and `next start` stop here on a bad configuration (a missing or development NEXTAUTH_SECRET in
// production, among others) before building or serving anything. Next.js has loaded `.env` by now. This imports the
// rules only: `lib/env.ts` is server-only, and this file runs in plain Node.js.
parseEnv(process.env);

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // "same-origin", not "no-referrer": a form posted without JavaScript must carry its origin, or Next.js refuses the
  // server action; other sites still get no referrer.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // @resvg/resvg-js loads a native binary (the annual report's chart): required at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "nodemailer",
    "@resvg/resvg-js",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
