import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

export const metadata: Metadata = { title: "Personuppgifter" };

const H2 = "mt-8 text-xl font-semibold";

/** Information to the data subject (GDPR article 13), from the instance and retention settings. */
export default async function PersonalDataPage() {
  const db = await getDb();
  const [settings, retention] = await Promise.all([getInstanceSettingsCached(db), getRetentionSettings(db)]);
  const coordinators = settings.coordinatorRoles.join(" och ");
  const years = retention.caseRetentionYears;
  return (
    <article className="max-w-3xl space-y-4 break-words">
      <h1 className="text-3xl font-bold">Så behandlar vi personuppgifter</h1>
      <p>
        Här beskriver vi vilka personuppgifter tjänsten {settings.serviceName} sparar när du rapporterar en
        brist i samverkan eller kommenterar en rapport som samverkanspart, varför, hur länge och vilka
        rättigheter du har.
      </p>

      <h2 className={H2}>Personuppgiftsansvarig</h2>
      <p>
        {settings.hostOrganisation} är personuppgiftsansvarig för behandlingen i tjänsten. Tjänsten drivs för{" "}
        {settings.samradName}. Du når oss på{" "}
        <a className="text-brand-900 underline" href={`mailto:${settings.contactEmail}`}>
          {settings.contactEmail}
        </a>
        .
      </p>

      <h2 className={H2}>Varför vi behandlar uppgifterna</h2>
      <p>
        Uppgifterna används för att ta emot och handlägga rapporter om brister i samverkan mellan kommun och
        region, ge dig återkoppling, och för att arbetsgruppen ska kunna följa upp bristerna och skriva en
        årlig rapport. Arbetsgruppen får bara avidentifierade uppgifter, aldrig namn eller kontaktuppgifter.
      </p>

      <h2 className={H2}>Rättslig grund</h2>
      <p>
        Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse (artikel 6.1 e i
        dataskyddsförordningen): kommunens och regionens skyldighet att samverka kring den enskilde enligt
        socialtjänstlagen och hälso- och sjukvårdslagen. Rapporter som kommer in är allmänna handlingar och
        diarieförs.
      </p>

      <h2 className={H2}>Vilka uppgifter vi sparar</h2>
      <h3 className="font-semibold">Om dig som rapporterar</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>namn, e-postadress och, om du anger det, telefonnummer</li>
        <li>organisation, enhet eller verksamhet och roll</li>
        <li>dina svar i rapporten och det du skriver i uppföljningen</li>
        <li>
          en kontrollsumma av din uppföljningskod och din kod till utkastet, inte koderna själva; i din
          webbläsare en kaka som håller ditt utkast eller din uppföljning öppen
        </li>
      </ul>
      <p>
        Skriv aldrig uppgifter som kan identifiera den enskilde. Tjänsten tar inte emot personnummer eller
        samordningsnummer.
      </p>
      <h3 className="font-semibold">Om samverkansparten</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>e-postadressen som rapportören skickar länken till</li>
        <li>organisation, roll och kommentar, om samverkansparten skriver en kommentar</li>
      </ul>

      <h2 className={H2}>Hur länge uppgifterna sparas</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Ett utkast som inte skickas in raderas {retention.draftExpiryDays} dagar efter att det senast
          sparades.
        </li>
        <li>En länk till samverkansparten gäller i {retention.partnerLinkDays} dagar.</li>
        <li>
          När ärendet är avslutat gallras rapportens text och kontaktuppgifter efter {years} år, om inte
          ärendet måste sparas längre enligt arkivregler eller ett beslut om bevarande. Den avidentifierade
          sammanfattningen sparas för statistik.
        </li>
      </ul>

      <h2 className={H2}>Vem som kan se uppgifterna</h2>
      <p>
        Bara {coordinators} i {settings.hostOrganisation} kan se rapporten med dina kontaktuppgifter.
        Arbetsgruppen ser bara avidentifierade uppgifter. Administratörer sköter tjänsten men kan inte läsa
        rapporterna. Samverkansparten ser del ett av rapporten om du skickar en länk. Uppgifterna lämnas inte
        ut till andra, utom när lagen kräver det, till exempel vid en begäran om allmän handling efter
        sekretessprövning.
      </p>

      <h2 className={H2}>Dina rättigheter</h2>
      <p>
        Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag) och att få felaktiga uppgifter
        rättade. I vissa fall har du rätt att få uppgifter raderade eller begränsade, eller att invända mot
        behandlingen. Kontakta oss på{" "}
        <a className="text-brand-900 underline" href={`mailto:${settings.contactEmail}`}>
          {settings.contactEmail}
        </a>
        .
      </p>

      <h2 className={H2}>Dataskyddsombud och klagomål</h2>
      <p>
        Har du frågor om hur vi behandlar personuppgifter kan du kontakta vårt dataskyddsombud på{" "}
        <a className="text-brand-900 underline" href={`mailto:${settings.dataProtectionOfficerEmail}`}>
          {settings.dataProtectionOfficerEmail}
        </a>
        . Är du inte nöjd kan du klaga hos Integritetsskyddsmyndigheten (IMY),{" "}
        <a className="text-brand-900 underline" href="https://www.imy.se">
          imy.se
        </a>
        .
      </p>
      <p>
        <Link className="text-brand-900 underline" href="/kontakt">
          Kontakt och om tjänsten
        </Link>
      </p>
    </article>
  );
}
