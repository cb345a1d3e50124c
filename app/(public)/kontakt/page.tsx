import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";

export const metadata: Metadata = { title: "Kontakt och om tjänsten" };

/** Who runs the service and how to reach them: role mailboxes only, never a person's address. */
export default async function ContactPage() {
  const settings = await getInstanceSettingsCached(await getDb());
  const mail = (address: string) => (
    <a className="text-brand-900 underline" href={`mailto:${address}`}>
      {address}
    </a>
  );
  return (
    <article className="max-w-3xl space-y-4 break-words">
      <h1 className="text-3xl font-bold">Kontakt och om tjänsten</h1>
      <p>
        {settings.serviceName} är tjänsten där personal i kommunerna och regionen rapporterar brister i
        samverkan kring en enskild. Rapporterna tas emot av {settings.coordinatorRoles.join(" och ")} i{" "}
        {settings.hostOrganisation}, som driver tjänsten för {settings.samradName}.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Frågor om tjänsten eller en rapport</h2>
      <p>Skriv till {mail(settings.contactEmail)}.</p>
      {settings.coordinatorMailboxes.length > 0 ? (
        <p>
          Samordnarna nås också på{" "}
          {settings.coordinatorMailboxes.map((address, i) => (
            <span key={address}>
              {i > 0 ? ", " : ""}
              {mail(address)}
            </span>
          ))}
          .
        </p>
      ) : null}
      <p>
        Skicka aldrig uppgifter om den enskilde med e-post. Har du en uppföljningskod kan du i stället svara
        på frågor på sidan{" "}
        <Link className="text-brand-900 underline" href="/uppfoljning">
          Följ upp din rapport
        </Link>
        .
      </p>

      <h2 className="mt-8 text-xl font-semibold">Tillgänglighet och personuppgifter</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Problem med tillgängligheten: {mail(settings.accessibilityContactEmail)}, se även{" "}
          <Link className="text-brand-900 underline" href="/tillganglighet">
            tillgänglighetsredogörelsen
          </Link>
          .
        </li>
        <li>
          Dataskyddsombud: {mail(settings.dataProtectionOfficerEmail)}, se även{" "}
          <Link className="text-brand-900 underline" href="/personuppgifter">
            hur vi behandlar personuppgifter
          </Link>
          .
        </li>
      </ul>
    </article>
  );
}
