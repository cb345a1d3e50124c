import { createHash } from "node:crypto";

/**
 * The client's address as seen by the last `trustedHops` reverse proxies, hashed so no IP address is stored.
 * X-Forwarded-For's leftmost entries are whatever the client wrote, so only the entry our own proxy appended
 * (counted from the right) is trusted. Without a trusted proxy the address is unknown: null.
 */
export function clientKey(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  if (trustedHops < 1 || !forwardedFor) return null;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries[entries.length - trustedHops];
  if (!address) return null;
  return createHash("sha256").update(address).digest("hex").slice(0, 32);
}
