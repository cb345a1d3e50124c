import * as z from "zod";

/**
 * The configuration's rules, without reading anything: `lib/env.ts` loads `.env` and applies them for the app and
 * the scripts; `next.config.ts` applies them too, so `next build` and `next start` stop before doing any work.
 */

/** The secret used when none is set, outside production only. It is public: a session signed with it proves nothing. */
export const DEVELOPMENT_SECRET = "development-secret-change-me-in-production";

const SECRET_REFUSED =
  "i produktion (NODE_ENV=production) krävs en egen hemlighet på minst 16 tecken, inte utvecklingsvärdet; skapa en med `openssl rand -base64 32`";

const optionalText = <T extends z.ZodType<string | undefined>>(schema: T) =>
  schema.optional().or(z.literal("").transform(() => undefined));

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText(
      z.string().regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL måste vara en postgresql://-adress" }),
    ),
    /**
     * The database owner's URL, for applying migrations and seeding, when the app's DATABASE_URL is a role with
     * fewer rights (README "Database roles"). Empty: DATABASE_URL does both.
     */
    MIGRATION_DATABASE_URL: optionalText(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: "MIGRATION_DATABASE_URL måste vara en postgresql://-adress" }),
    ),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    /** Where `npm run backup` writes its files. */
    BACKUP_DIR: z.string().min(1).default(".data/backups"),
    /** The public address; unset, it follows PORT (http://localhost:<PORT>), so links match where the app runs. */
    APP_URL: optionalText(z.url()),
    NEXTAUTH_SECRET: optionalText(z.string().min(16, { error: "minst 16 tecken" })),
    SMTP_URL: optionalText(z.string().regex(/^smtps?:\/\//)),
    MAIL_FROM: z.string().default("Brister i samverkan <no-reply@localhost>"),
    DRAFT_EXPIRY_DAYS: z.coerce.number().int().min(1).max(730).default(90),
    PARTNER_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** Years after closing (AVSLUTAD) before a case's original text and contact details are erased (gallring). */
    CASE_RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(2),
    /** Whether the app itself runs gallring once a day; "false" when `npm run retention` runs from cron instead. */
    RETENTION_DAILY: z
      .enum(["true", "false", ""])
      .optional()
      .transform((v) => v !== "false"),
    FOLLOW_UP_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
    FOLLOW_UP_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    /** Reverse proxies in front of the app that append X-Forwarded-For; 0 means the header is not trusted. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(2).default(30),
    /**
     * Whether coordinators and administrators must sign in with a second factor (TOTP). Empty: on in production,
     * off in development and tests (where accounts are made by scripts and signed in many times a minute).
     */
    TWO_FACTOR_REQUIRED: z
      .enum(["true", "false", ""])
      .optional()
      .transform((v) => (v === "true" ? true : v === "false" ? false : undefined)),
    /**
     * Single sign-on through the organisation's OpenID Connect provider (e.g. Microsoft Entra ID): all three, or
     * none. The issuer is the address whose /.well-known/openid-configuration describes the provider.
     */
    OIDC_ISSUER: optionalText(z.url({ error: "OIDC_ISSUER måste vara en adress (https://…)" })),
    OIDC_CLIENT_ID: optionalText(z.string()),
    OIDC_CLIENT_SECRET: optionalText(z.string()),
    /** The provider's name on the sign-in page ("Fortsätt till …"). */
    OIDC_NAME: optionalText(z.string().max(60)),
    /**
     * Whether a sign-in through the provider counts as the second factor (the provider's own MFA); "false" asks
     * for our code as well, like a password sign-in.
     */
    OIDC_TRUSTED_MFA: z
      .enum(["true", "false", ""])
      .optional()
      .transform((v) => v !== "false"),
    /** "false" turns password sign-in off for everyone; only with single sign-on configured. */
    PASSWORD_SIGN_IN: z
      .enum(["true", "false", ""])
      .optional()
      .transform((v) => v !== "false"),
    SEED_DEMO: z
      .enum(["true", "false", ""])
      .optional()
      .transform((v) => (v === "true" ? true : v === "false" ? false : undefined)),
    /** `npm start` only (scripts/start.ts): the port for `next start`, and a rebuild even when the build looks fresh. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    FORCE_BUILD: z
      .string()
      .optional()
      .transform((v) => !!v && v !== "0" && v !== "false"),
  })
  .check((ctx) => {
    if (ctx.value.MIGRATION_DATABASE_URL && !ctx.value.DATABASE_URL) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value.MIGRATION_DATABASE_URL,
        path: ["MIGRATION_DATABASE_URL"],
        message: "gäller bara PostgreSQL: sätt DATABASE_URL också (appens egen roll)",
      });
    }
  })
  .check((ctx) => {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PASSWORD_SIGN_IN } = ctx.value;
    const oidc = { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET };
    const set = Object.values(oidc).filter(Boolean).length;
    if (set > 0 && set < 3) {
      for (const [key, value] of Object.entries(oidc)) {
        if (!value) {
          ctx.issues.push({
            code: "custom",
            input: value,
            path: [key],
            message: "saknas: inloggning via OIDC kräver OIDC_ISSUER, OIDC_CLIENT_ID och OIDC_CLIENT_SECRET",
          });
        }
      }
    }
    if (!PASSWORD_SIGN_IN && set < 3) {
      ctx.issues.push({
        code: "custom",
        input: "false",
        path: ["PASSWORD_SIGN_IN"],
        message: "kan bara stängas av när inloggning via OIDC är inställd, annars kan ingen logga in",
      });
    }
  })
  // Staff sessions are signed with NEXTAUTH_SECRET: with the public development value anyone could sign their own.
  .check((ctx) => {
    const { NODE_ENV, NEXTAUTH_SECRET } = ctx.value;
    if (NODE_ENV === "production" && (!NEXTAUTH_SECRET || NEXTAUTH_SECRET === DEVELOPMENT_SECRET)) {
      ctx.issues.push({
        code: "custom",
        input: NEXTAUTH_SECRET,
        path: ["NEXTAUTH_SECRET"],
        message: `${NEXTAUTH_SECRET ? "har utvecklingsvärdet" : "saknas"}: ${SECRET_REFUSED}`,
      });
    }
  })
  .transform((values) => ({
    ...values,
    APP_URL: values.APP_URL ?? `http://localhost:${values.PORT}`,
    NEXTAUTH_SECRET: values.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    TWO_FACTOR_REQUIRED: values.TWO_FACTOR_REQUIRED ?? values.NODE_ENV === "production",
    OIDC_ENABLED: Boolean(values.OIDC_ISSUER && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET),
    OIDC_NAME: values.OIDC_NAME ?? "organisationens konto",
  }));

export type TEnv = z.infer<typeof EnvSchema>;

/** The validated configuration, or an error naming every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const fields = Object.entries(z.flattenError(result.error).fieldErrors)
      .map(([key, messages]) => `${key}: ${(messages ?? []).join(", ")}`)
      .join("; ");
    throw new Error(`Ogiltig konfiguration: ${fields}`);
  }
  return result.data;
}
