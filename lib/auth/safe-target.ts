/**
 * Only plain same-site paths are followed after sign-in: one leading slash, then only URL-safe characters
 * (no second slash or backslash at the start, no whitespace or control characters browsers would normalise away).
 */
export function safeTarget(target: string | undefined | null): string | null {
  return target && /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/.test(target) ? target : null;
}
