import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    sessionVersion?: number;
    /** The StaffSession row of this sign-in. */
    sessionId?: string;
  }
}
