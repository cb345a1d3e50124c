import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";

export const metadata: Metadata = { title: "Tillgänglighetsredogörelse" };

const H2 = "mt-8 text-xl font-semibold";

/** The accessibility statement in DIGG's model; the known shortcomings and the contact come from the settings. */
export default async function AccessibilityStatementPage() {
  const settings = await getInstanceSettingsCached(await getDb());
  const issues = settings.accessibilityKnownIssues;
  const reviewedOn = formatDate(new Date(`${settings.accessibilityReviewedOn}T12:00:00Z`));
  const contact = (
    <a className="text-brand-900 underline" href={`mailto:${settings.accessibilityContactEmail}`}>
      {settings.accessibilityContactEmail}
    </a>
  );
  return (
    <article className="max-w-3xl space-y-4 break-words">
      <h1 className="text-3xl font-bold">Tillgänglighetsredogörelse</h1>
      <p>
        {settings.hostOrganisation} står bakom webbtjänsten {settings.serviceName}. Vi vill att så många som
        möjligt ska kunna använda tjänsten. Den här redogörelsen beskriver hur tjänsten uppfyller lagen
        (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du
        kan rapportera brister till oss så att vi kan åtgärda dem.
      </p>

      <h2 className={H2}>Hur tillgänglig är webbtjänsten?</h2>
      <p>
        {issues.length > 0
          ? "Vi är medvetna om att delar av webbtjänsten inte är helt tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan."
          : "Vi känner inte till några delar av webbtjänsten som inte är tillgängliga."}
      </p>

      <h2 className={H2}>Vad kan du göra om du inte kan använda delar av webbtjänsten?</h2>
      <p>
        Om du behöver innehåll i ett annat format, eller inte kan fylla i rapporten, kontakta oss på {contact}
        . Vi svarar inom två arbetsdagar.
      </p>

      <h2 className={H2}>Rapportera brister i webbtjänstens tillgänglighet</h2>
      <p>
        Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs
        här, eller om du anser att vi inte uppfyller lagens krav, meddela oss på {contact} så att vi får veta
        att problemet finns. Beskriv vilken sida det gäller och vad som inte fungerade.
      </p>

      <h2 className={H2}>Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till
        digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du{" "}
        <a className="text-brand-900 underline" href="https://www.digg.se/tdosanmalan">
          kontakta Digg och påtala det
        </a>
        .
      </p>

      <h2 className={H2}>Teknisk information om webbtjänstens tillgänglighet</h2>
      <p>
        {issues.length > 0
          ? "Den här webbtjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan."
          : "Den här webbtjänsten är helt förenlig med lagen om tillgänglighet till digital offentlig service."}
      </p>

      {issues.length > 0 ? (
        <>
          <h2 className={H2}>Innehåll som inte är tillgängligt</h2>
          <p>Det innehåll som beskrivs nedan är på ett eller annat sätt inte helt tillgängligt.</p>
          <ul className="list-disc space-y-2 pl-6" data-testid="known-issues">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className={H2}>Hur vi testat webbtjänsten</h2>
      <p>
        Vi har själva testat webbtjänsten. Varje sida granskas automatiskt med verktyget axe mot WCAG 2.1 nivå
        A och AA vid varje ändring, flödena testas med enbart tangentbord, och sidorna kontrolleras i 320
        pixlars bredd (motsvarar 400 procents förstoring) utan vågrät rullning.
      </p>
      <p>Redogörelsen granskades senast {reviewedOn}.</p>
    </article>
  );
}
