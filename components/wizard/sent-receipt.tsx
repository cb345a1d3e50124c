import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { WhatHappensNext } from "@/components/wizard/what-happens-next";

/**
 * The receipt without the code: after a reload of the receipt page, or for a repeated submit (a second tab, a
 * retry). The report is sent; the follow-up code was shown once and is not shown again.
 */
export function SentReceipt({
  reference,
  coordinators,
  isRepeat = false,
}: {
  reference: string | null;
  coordinators: string;
  /** The browser pressed "Skicka in rapporten" again: say plainly that nothing new was created. */
  isRepeat?: boolean;
}) {
  return (
    <div>
      <PageHeading className="mb-4 text-3xl font-bold">
        {isRepeat ? "Rapporten är redan skickad" : "Rapporten är skickad"}
      </PageHeading>
      <section
        aria-labelledby="kvitto-rubrik"
        className="mb-6 rounded border-2 border-green-800 bg-green-50 p-5"
      >
        <h2 id="kvitto-rubrik" className="text-xl font-semibold">
          Kvitto
        </h2>
        {reference ? (
          <dl className="mt-3 grid gap-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Referensnummer</dt>
            <dd className="font-mono text-lg" data-testid="reference">
              {reference}
            </dd>
          </dl>
        ) : null}
        <p className="mt-3">
          {isRepeat
            ? "Rapporten skickades redan in från den här webbläsaren, så ingen ny rapport har skapats och referensnumret är detsamma. "
            : "Rapporten har kommit in och du behöver inte skicka den igen. "}
          Uppföljningskoden visades en gång, när du skickade in rapporten, och visas inte igen. Har du sparat
          den kan du{" "}
          <Link href="/uppfoljning" className="text-brand-900 underline">
            följa upp din rapport
          </Link>
          . Tappar du koden når samordnarna dig ändå via dina kontaktuppgifter.
        </p>
      </section>
      <WhatHappensNext coordinators={coordinators} />
    </div>
  );
}
