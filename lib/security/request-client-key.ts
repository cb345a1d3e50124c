import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientKey } from "@/lib/security/client-key";

/** The client for rate limits, or null when no trusted proxy says who it is (then only service-wide limits apply). */
export async function requestClientKey(): Promise<string | null> {
  return clientKey((await headers()).get("x-forwarded-for"), env.TRUST_PROXY_HOPS);
}

/** The request's client key, or null outside a request (scripts, tests, scheduled runs). */
export async function currentClientKey(): Promise<string | null> {
  try {
    return await requestClientKey();
  } catch {
    return null;
  }
}
