import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { getInstanceSettings } from "@/lib/settings/instance-settings";

export const metadata: Metadata = { title: "Tillgänglighetsredogörelse" };

export default async function AccessibilityStatementPage() {
  const settings = await getInstanceSettings(await getDb());
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Tillgänglighetsredogörelse</h1>
      <p>
        {settings.hostOrganisation} står bakom webbtjänsten {settings.serviceName}. Vi vill att så många som
        möjligt ska kunna använda tjänsten. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om
        tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera
        brister så att vi kan åtgärda dem.
      </p>
      <h2 className="text-xl font-semibold">Hur tillgänglig är webbtjänsten?</h2>
      <p>
        Tjänsten är byggd för att uppfylla WCAG 2.1 nivå AA. Alla sidor testas automatiskt med verktyget axe
        och formulären kan fyllas i med enbart tangentbord. Tjänsten fungerar med skärmläsare, förstoring upp
        till 400 procent och webbläsarens egna inställningar för text och färg.
      </p>
      <h2 className="text-xl font-semibold">Kända brister</h2>
      <p>
        Vi känner inte till några brister just nu. Utskriftskopian av del ett är tänkt för papper och PDF; den
        digitala versionen av samma innehåll finns alltid i tjänsten.
      </p>
      <h2 className="text-xl font-semibold">Rapportera brister i tillgängligheten</h2>
      <p>
        Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format,
        kontakta oss på{" "}
        <a className="text-brand-900 underline" href={`mailto:${settings.accessibilityContactEmail}`}>
          {settings.accessibilityContactEmail}
        </a>
        . Beskriv vilken sida det gäller och vad som inte fungerade.
      </p>
      <h2 className="text-xl font-semibold">Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen av lagen. Om du inte är nöjd med hur
        vi hanterar dina synpunkter kan du{" "}
        <a className="text-brand-900 underline" href="https://www.digg.se/tdosanmalan">
          anmäla till Digg
        </a>
        .
      </p>
      <h2 className="text-xl font-semibold">Hur vi testat webbtjänsten</h2>
      <p>
        Varje sida granskas automatiskt med axe mot WCAG 2.1 A och AA vid varje ändring, och flödena testas
        med tangentbord.
      </p>
      <p>Redogörelsen upprättades 27 november 2026 och granskades senast 27 november 2026.</p>
    </article>
  );
}
