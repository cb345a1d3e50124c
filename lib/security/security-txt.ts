import type { TInstanceSettings } from "@/lib/settings/instance-settings";

/**
 * The instance's security.txt (RFC 9116): the contact is the coordinators' role mailbox from the instance settings
 * (the accessibility contact when none is set), never a person's address. Expires a year ahead, as the RFC advises
 * against more; the file is generated per request, so it never goes stale.
 */
export function securityTxt(settings: TInstanceSettings, appUrl: string, now: Date): string {
  const contact = settings.coordinatorMailboxes[0] ?? settings.accessibilityContactEmail;
  const expires = new Date(now.getTime() + 365 * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: mailto:${contact}`,
    `Expires: ${expires.toISOString()}`,
    "Preferred-Languages: sv, en",
    `Canonical: ${new URL("/.well-known/security.txt", appUrl).toString()}`,
    "",
  ].join("\n");
}
