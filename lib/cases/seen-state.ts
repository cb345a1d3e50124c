/** The inbox's marker for one user and case: never opened, changed since last opened, or neither. */
export type SeenState = "NY" | "ANDRAD" | null;

export const SEEN_STATE_LABELS: Record<Exclude<SeenState, null>, string> = { NY: "Ny", ANDRAD: "Ändrad" };

/**
 * Pure: "Ny" until this user has opened the case; "Ändrad" when anything happened to it after their last visit.
 * The user's own changes move their seen time along (case-mutation.ts), so only others' changes count.
 */
export function seenState(seenAt: Date | null | undefined, lastActivityAt: Date): SeenState {
  if (!seenAt) return "NY";
  return seenAt < lastActivityAt ? "ANDRAD" : null;
}
