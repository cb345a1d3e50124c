import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    sessionVersion?: number;
    /** The StaffSession row of this sign-in. */
    sessionId?: string;
    /** How this sign-in was made: "sso" counts as the second factor (OIDC_TRUSTED_MFA). */
    method?: "password" | "sso";
  }
}
