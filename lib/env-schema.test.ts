import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SECRET, parseEnv } from "@/lib/env-schema";

const OWN_SECRET = "k3Jx9vQ2mT7wL0pZ8rB4nY6cD1fH5gA";

describe("parseEnv", () => {
  it("lets APP_URL follow PORT when it is not set, and keeps one that is", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3100" }).APP_URL).toBe("http://localhost:3100");
    expect(parseEnv({ PORT: "3100", APP_URL: "" }).APP_URL).toBe("http://localhost:3100");
    expect(parseEnv({ PORT: "3100", APP_URL: "https://brister.example.se" }).APP_URL).toBe(
      "https://brister.example.se",
    );
  });

  it("uses the development secret when none is set outside production", () => {
    expect(parseEnv({ NODE_ENV: "development" }).NEXTAUTH_SECRET).toBe(DEVELOPMENT_SECRET);
    expect(parseEnv({ NODE_ENV: "test", NEXTAUTH_SECRET: "" }).NEXTAUTH_SECRET).toBe(DEVELOPMENT_SECRET);
    expect(parseEnv({}).NEXTAUTH_SECRET).toBe(DEVELOPMENT_SECRET);
  });

  it("requires two-factor sign-in in production unless turned off, and not elsewhere unless turned on", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: OWN_SECRET }).TWO_FACTOR_REQUIRED).toBe(true);
    expect(
      parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: OWN_SECRET, TWO_FACTOR_REQUIRED: "false" })
        .TWO_FACTOR_REQUIRED,
    ).toBe(false);
    expect(parseEnv({ NODE_ENV: "development" }).TWO_FACTOR_REQUIRED).toBe(false);
    expect(parseEnv({ NODE_ENV: "test", TWO_FACTOR_REQUIRED: "true" }).TWO_FACTOR_REQUIRED).toBe(true);
  });

  it("accepts the development secret in development", () => {
    expect(() => parseEnv({ NODE_ENV: "development", NEXTAUTH_SECRET: DEVELOPMENT_SECRET })).not.toThrow();
  });

  it("refuses the development secret in production, naming NEXTAUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: DEVELOPMENT_SECRET })).toThrow(
      /NEXTAUTH_SECRET: har utvecklingsvärdet/,
    );
  });

  it("refuses a missing or empty secret in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: saknas/);
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "" })).toThrow(
      /NEXTAUTH_SECRET: saknas/,
    );
  });

  it("refuses a short secret everywhere", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "kort" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "development", NEXTAUTH_SECRET: "kort" })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("accepts an own secret in production", () => {
    const env = parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: OWN_SECRET });
    expect(env.NEXTAUTH_SECRET).toBe(OWN_SECRET);
    expect(env.NODE_ENV).toBe("production");
  });

  it("names every wrong variable at once", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", DATABASE_URL: "mysql://x", TRUST_PROXY_HOPS: "-1" }),
    ).toThrow(/DATABASE_URL: .*TRUST_PROXY_HOPS: /);
  });

  it("takes a separate migration URL only beside DATABASE_URL", () => {
    const app = "postgresql://bis_app@db/bis";
    const owner = "postgresql://bis_owner@db/bis";
    expect(parseEnv({ DATABASE_URL: app }).MIGRATION_DATABASE_URL).toBeUndefined();
    expect(
      parseEnv({ DATABASE_URL: app, MIGRATION_DATABASE_URL: "" }).MIGRATION_DATABASE_URL,
    ).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: app, MIGRATION_DATABASE_URL: owner }).MIGRATION_DATABASE_URL).toBe(owner);
    expect(() => parseEnv({ MIGRATION_DATABASE_URL: owner })).toThrow(
      /MIGRATION_DATABASE_URL: .*DATABASE_URL/,
    );
    expect(() => parseEnv({ DATABASE_URL: app, MIGRATION_DATABASE_URL: "mysql://x" })).toThrow(
      /MIGRATION_DATABASE_URL/,
    );
    expect(parseEnv({}).BACKUP_DIR).toBe(".data/backups");
  });

  it("reads the npm start settings", () => {
    expect(parseEnv({}).PORT).toBe(3000);
    expect(parseEnv({ PORT: "8080" }).PORT).toBe(8080);
    expect(parseEnv({}).FORCE_BUILD).toBe(false);
    expect(parseEnv({ FORCE_BUILD: "0" }).FORCE_BUILD).toBe(false);
    expect(parseEnv({ FORCE_BUILD: "1" }).FORCE_BUILD).toBe(true);
  });

  const OIDC = {
    OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
    OIDC_CLIENT_ID: "client",
    OIDC_CLIENT_SECRET: "secret",
  };

  it("turns single sign-on on only with issuer, client id and secret together", () => {
    expect(parseEnv({}).OIDC_ENABLED).toBe(false);
    expect(parseEnv(OIDC).OIDC_ENABLED).toBe(true);
    expect(parseEnv(OIDC).OIDC_NAME).toBe("organisationens konto");
    expect(parseEnv({ ...OIDC, OIDC_NAME: "Kommunens konto" }).OIDC_NAME).toBe("Kommunens konto");
    expect(() => parseEnv({ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: "client" })).toThrow(
      /OIDC_CLIENT_SECRET: saknas/,
    );
    expect(() => parseEnv({ ...OIDC, OIDC_ISSUER: "inte en adress" })).toThrow(/OIDC_ISSUER/);
  });

  it("trusts the provider's MFA unless told not to", () => {
    expect(parseEnv(OIDC).OIDC_TRUSTED_MFA).toBe(true);
    expect(parseEnv({ ...OIDC, OIDC_TRUSTED_MFA: "false" }).OIDC_TRUSTED_MFA).toBe(false);
  });

  it("lets password sign-in be turned off only when single sign-on is configured", () => {
    expect(parseEnv({}).PASSWORD_SIGN_IN).toBe(true);
    expect(parseEnv({ ...OIDC, PASSWORD_SIGN_IN: "false" }).PASSWORD_SIGN_IN).toBe(false);
    expect(() => parseEnv({ PASSWORD_SIGN_IN: "false" })).toThrow(/PASSWORD_SIGN_IN: kan bara stängas av/);
  });
});
