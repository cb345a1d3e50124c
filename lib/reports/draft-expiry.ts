const DAY_MS = 24 * 60 * 60 * 1000;

export function draftExpiresAt(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

export function isDraftExpired(draft: { expiresAt: Date }, now: Date): boolean {
  return draft.expiresAt.getTime() <= now.getTime();
}
