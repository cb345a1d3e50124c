import { DIRECTION_ORDER } from "./labels";
import type { Direction, Huvudman, StatCase } from "./types";

/** The reporter's huvudman: as recorded, else that of the reporting organisation; null when neither is known. */
export function reporterHuvudmanOf(c: StatCase): Huvudman | null {
  return c.reporterHuvudman ?? c.reporterOrganisation?.huvudman ?? null;
}

/** The distinct huvudmän of a brist's partners: its partner organisations' and `partnerHuvudman`. */
export function partnerHuvudmanOf(c: StatCase): Set<Huvudman> {
  return new Set([...c.partnerOrganisations.map((o) => o.huvudman), ...c.partnerHuvudman]);
}

/**
 * The directions of a brist, each at most once, in `DIRECTION_ORDER`.
 *
 * One direction per distinct partner huvudman, paired with the reporter's huvudman: a kommun reporting about two
 * region verksamheter is one "kommun till region"; a kommun reporting about the region and another kommun is both
 * "kommun till region" and "kommun till kommun", so the direction counts can add up to more than the number of
 * brister. Whenever an övrig aktör is the reporter or a partner, that pair is "övrig aktör inblandad" (with a
 * reporter from an övrig aktör and no partner given, too). A pair whose reporter huvudman is unknown has no
 * direction; UNKNOWN is given only to a brist left with no direction at all (unknown reporter, or no partner).
 */
export function directionsOf(c: StatCase): Direction[] {
  const reporter = reporterHuvudmanOf(c);
  const partners = partnerHuvudmanOf(c);
  const found = new Set<Direction>();
  if (reporter === "OVRIG") found.add("OVRIG");
  for (const partner of partners) {
    if (partner === "OVRIG") found.add("OVRIG");
    else if (reporter === "KOMMUN" || reporter === "REGION") found.add(`${reporter}_${partner}`);
  }
  if (found.size === 0) found.add("UNKNOWN");
  return DIRECTION_ORDER.filter((d) => found.has(d));
}
