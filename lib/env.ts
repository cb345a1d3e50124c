import { z } from "zod";

// The one place that reads process.env: a bad configuration fails at start, not at the first request.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL måste vara en postgresql://-adress" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  APP_URL: z.url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(16).default("development-secret-change-me-in-production"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().default("Brister i samverkan <no-reply@localhost>"),
  DRAFT_EXPIRY_DAYS: z.coerce.number().int().min(1).max(730).default(90),
  PARTNER_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  FOLLOW_UP_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  FOLLOW_UP_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Reverse proxies in front of the app that append X-Forwarded-For; 0 means the header is not trusted. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(2).default(30),
  SEED_DEMO: z
    .enum(["true", "false", ""])
    .optional()
    .transform((v) => (v === "true" ? true : v === "false" ? false : undefined)),
});

export type TEnv = z.infer<typeof EnvSchema>;

function parseEnv(source: NodeJS.ProcessEnv): TEnv {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const fields = Object.entries(z.flattenError(result.error).fieldErrors)
      .map(([key, messages]) => `${key}: ${(messages ?? []).join(", ")}`)
      .join("; ");
    throw new Error(`Ogiltig konfiguration: ${fields}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
// next-auth reads its own variable for absolute URLs; the app has one public address.
process.env.NEXTAUTH_URL ??= env.APP_URL;
export const isEmbeddedDatabase = !env.DATABASE_URL;
