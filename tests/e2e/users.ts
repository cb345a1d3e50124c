/** Staff accounts the end-to-end server is prepared with (see prepare-e2e-db.ts). Test-only credentials. */
export const E2E_PASSWORD = "e2e-testlosenord-2026";

export const E2E_USERS = {
  SAMORDNARE: { email: "samordnare@e2e.test", name: "Sam Ordnare" },
  ARBETSGRUPP: { email: "arbetsgrupp@e2e.test", name: "Arbets Grupp" },
  ADMIN: { email: "admin@e2e.test", name: "Ad Min" },
} as const;

/** A second coordinator: with two, four eyes apply and one approves what the other anonymised. */
export const E2E_SECOND_COORDINATOR = { email: "samordnare2@e2e.test", name: "Sara Granskare" } as const;

/**
 * A second administrator, created through the admin pages by the test of the approval flow and deactivated at its
 * end: while two are active, every privileged change waits for the other, which the other tests don't expect.
 */
export const E2E_SECOND_ADMIN = { name: "Andra Administratören" } as const;
