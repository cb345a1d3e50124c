import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientKey as keyFor } from "@/lib/security/client-key";

export const FOLLOW_UP_COOKIE = "bis_uppfoljning";

/** The client for rate limits, or null when no trusted proxy says who it is (then only the global limit applies). */
export async function clientKey(): Promise<string | null> {
  return keyFor((await headers()).get("x-forwarded-for"), env.TRUST_PROXY_HOPS);
}
