import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { AppError } from "@/lib/errors";
import { takeFromCaps } from "@/lib/security/rate-limit";
import type { CapPolicy } from "@/lib/security/rate-limit-policy";

/**
 * What an anonymous client can make the service do, per hour: per client (when a trusted proxy says who it is) and
 * service-wide. Generous for people reporting at work, small enough that nobody can use the service to flood
 * inboxes or the database. Mails also go only to the organisations' allowed domains.
 */
export const ANONYMOUS_CAPS = {
  draft: { perClient: 20, service: 500 },
  partnerLink: { perClient: 20, service: 200 },
  receipt: { perClient: 20, service: 200 },
  reply: { perClient: 30, service: 300 },
} as const satisfies Record<string, { perClient: number; service: number }>;

export type AnonymousAction = keyof typeof ANONYMOUS_CAPS;

const HOUR = 60;

export const REFUSALS: Record<Exclude<AnonymousAction, "receipt">, string> = {
  draft:
    "Just nu startas väldigt många rapporter, så ingen ny kunde startas. Vänta en stund och försök igen. Har du en kod till ett utkast kan du fortsätta på det.",
  partnerLink:
    "Just nu skapas väldigt många länkar, så ingen ny länk skapades. Vänta en stund och försök igen, eller skriv ut del ett och ge den till samverkansparten.",
  reply: "Just nu skickas väldigt många svar. Vänta en stund och försök igen; det du skrev finns kvar.",
};

function limitsFor(action: AnonymousAction, clientKey: string | null) {
  const caps = ANONYMOUS_CAPS[action];
  const service: CapPolicy = { windowMinutes: HOUR, max: caps.service };
  const perClient: CapPolicy = { windowMinutes: HOUR, max: caps.perClient };
  return [
    { key: `${action}:alla`, cap: service },
    ...(clientKey ? [{ key: `${action}:${clientKey}`, cap: perClient }] : []),
  ];
}

/** Counts the action against its caps; false when it would exceed one. */
export function isWithinAnonymousCaps(
  db: PrismaClient,
  action: AnonymousAction,
  clientKey: string | null,
  now: Date,
): Promise<boolean> {
  return takeFromCaps(db, limitsFor(action, clientKey), now);
}

/** Counts the action against its caps, or refuses it with a Swedish message. */
export async function assertWithinAnonymousCaps(
  db: PrismaClient,
  action: Exclude<AnonymousAction, "receipt">,
  clientKey: string | null,
  now: Date,
): Promise<void> {
  if (!(await isWithinAnonymousCaps(db, action, clientKey, now))) {
    await recordAnonymousRefusal(db, "capped", clientKey, now);
    throw new AppError("RATE_LIMITED", REFUSALS[action]);
  }
}
