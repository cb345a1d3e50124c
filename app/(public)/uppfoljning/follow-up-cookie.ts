import { createHash } from "node:crypto";
import { headers } from "next/headers";

export const FOLLOW_UP_COOKIE = "bis_uppfoljning";

/** Rate limits count per client; the address is hashed so no IP address is stored. */
export async function clientKey(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || (await headers()).get("x-real-ip") || "okand";
  return createHash("sha256").update(address).digest("hex").slice(0, 32);
}
