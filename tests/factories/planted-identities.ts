/**
 * Known identifiers for the leak tests, planted in every free text of a report; none may ever reach the
 * arbetsgrupp. No imports: the end-to-end specs read this file too.
 */

/** Fictional people: the phone numbers are in the range reserved for fiction, the personnummer are test numbers. */
export const PLANTED_IDENTITIES = [
  {
    name: "Kalle Jonsson",
    personnummer: "811218-9876",
    phone: "070-174 06 51",
    email: "kalle.jonsson@example.se",
    street: "Storgatan 12",
    postal: "252 21 Helsingborg",
    date: "3 mars 2025",
  },
  {
    name: "Birgitta Lindqvist",
    personnummer: "19460202-2388",
    phone: "070-174 06 62",
    email: "birgitta.lindqvist@example.se",
    street: "Kullagatan 7",
    postal: "262 61 Ängelholm",
    date: "2025-04-17",
  },
] as const;
export type PlantedIdentity = (typeof PLANTED_IDENTITIES)[number];

/** Every planted string: none may appear in anything the arbetsgrupp reads. */
export const PLANTED_STRINGS: readonly string[] = PLANTED_IDENTITIES.flatMap((identity) =>
  Object.values(identity),
);

export function plantedText(identity: PlantedIdentity, lead = ""): string {
  return `${lead}${identity.name} (${identity.personnummer}), ${identity.street}, ${identity.postal}, tel ${identity.phone}, ${identity.email}, träffades den ${identity.date}.`;
}
