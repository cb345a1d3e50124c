import "server-only";
import { cookies } from "next/headers";
import type { PrismaClient } from "@/generated/prisma/client";
import { findOpenPartnerSession } from "@/lib/reports/partner-links";

/** After the link is opened, its token lives in this httpOnly cookie, scoped to the partner's page. */
export const PARTNER_COOKIE = "bis_samverkanspart";

/** The partner's open link in this browser, or null when there is none or it is no longer usable. */
export async function getCurrentPartnerLink(db: PrismaClient) {
  const token = (await cookies()).get(PARTNER_COOKIE)?.value;
  return token ? findOpenPartnerSession(db, token, new Date()) : null;
}
