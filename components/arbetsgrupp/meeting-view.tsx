import Link from "next/link";
import { ReviewedBadge } from "@/components/arbetsgrupp/anonymised-case-list";
import { PageHeading } from "@/components/ui/page-heading";
import type { AnonymisedCaseView } from "@/lib/anonymised-cases/get-anonymised-case";
import type { ReviewCaseListItem } from "@/lib/anonymised-cases/list-anonymised-cases";

export interface MeetingNav {
  position: number;
  total: number;
  previousHref?: string;
  nextHref?: string;
}

/** Previous, the position, next: links, so Tab and Enter work; an end of the list says so instead of a link. */
export function MeetingPager({ nav, label }: { nav: MeetingNav; label: string }) {
  const link =
    "inline-flex min-h-12 items-center rounded border-2 border-brand-700 bg-white px-4 py-2 text-lg font-semibold text-brand-900 underline hover:bg-brand-50 lg:text-xl";
  const end = "inline-flex min-h-12 items-center px-4 py-2 text-lg text-slate-700 lg:text-xl";
  return (
    <nav aria-label={label}>
      <ul className="grid grid-cols-2 items-center gap-3 sm:grid-cols-[1fr_auto_1fr]">
        <li className="order-first col-span-2 text-center text-xl font-bold sm:order-none sm:col-span-1 lg:text-2xl">
          Brist {nav.position} av {nav.total}
        </li>
        <li className="justify-self-start sm:order-first">
          {nav.previousHref ? (
            <Link href={nav.previousHref} className={link}>
              <span aria-hidden="true">←&nbsp;</span>Föregående
            </Link>
          ) : (
            <span className={end}>Första bristen</span>
          )}
        </li>
        <li className="justify-self-end">
          {nav.nextHref ? (
            <Link href={nav.nextHref} className={link}>
              Nästa<span aria-hidden="true">&nbsp;→</span>
            </Link>
          ) : (
            <span className={end}>Sista bristen</span>
          )}
        </li>
      </ul>
    </nav>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-base font-semibold text-slate-800 lg:text-lg">{label}</dt>
      <dd className="text-xl lg:text-2xl">{children}</dd>
    </div>
  );
}

/** One brist for a projector: large type, the redacted texts and the facts the group discusses. */
export function MeetingView({
  brist,
  item,
  analysisHref,
}: {
  brist: AnonymisedCaseView;
  item: ReviewCaseListItem;
  analysisHref: string;
}) {
  const partners = brist.partnerHuvudman.join(", ");
  return (
    <article aria-labelledby="mote-rubrik">
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <PageHeading className="text-3xl font-bold sm:text-4xl lg:text-5xl">
          <span id="mote-rubrik" className="whitespace-nowrap">
            {brist.reference}
          </span>
        </PageHeading>
        <ReviewedBadge reviewed={item.reviewed} className="text-base lg:text-xl" />
      </div>
      <dl className="mb-8 grid gap-x-8 gap-y-4 rounded border-2 border-brand-700 bg-brand-50 p-4 sm:grid-cols-2 lg:p-6">
        <Fact label="Händelsen inträffade">{brist.month ?? "Ej angivet"}</Fact>
        <Fact
          label={
            item.categoriesFrom === "ARBETSGRUPP" ? "Arbetsgruppens kategorier" : "Samordnarnas kategorier"
          }
        >
          {item.categories.map((c) => c.name).join(", ") || "Inga ännu"}
        </Fact>
        <Fact label="Områden">{item.areas.map((a) => a.name).join(", ") || "Inga"}</Fact>
        <Fact label="Huvudmän">
          Rapportör: {brist.reporterHuvudman ?? "okänd"}
          <br />
          Samverkanspart: {partners || "okänd"}
        </Fact>
        <Fact label="Är bristen löst">{brist.isSolved ?? "Ej angivet"}</Fact>
        <Fact label="Behöver lyftas vidare">{brist.needsEscalation ? "Ja" : "Nej"}</Fact>
      </dl>
      {brist.sections.map((section) => (
        <section key={section.key} className="mb-8">
          <h2 className="mb-2 text-2xl font-bold lg:text-3xl">{section.label}</h2>
          <p className="max-w-[70ch] whitespace-pre-wrap break-words text-xl leading-relaxed lg:text-2xl">
            {section.text}
          </p>
        </section>
      ))}
      <p className="mb-8">
        <Link
          href={analysisHref}
          className="inline-flex min-h-12 items-center rounded border-2 border-brand-700 bg-brand-700 px-5 py-2 text-lg font-semibold text-white underline hover:bg-brand-900 lg:text-xl"
        >
          {item.reviewed ? "Ändra arbetsgruppens analys" : "Registrera arbetsgruppens analys"}
          <span className="sr-only"> av {brist.reference}</span>
        </Link>
      </p>
    </article>
  );
}
