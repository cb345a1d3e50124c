/** The steps after submitting, on the receipt and on the receipt shown again after a reload. */
export function WhatHappensNext({ coordinators }: { coordinators: string }) {
  return (
    <>
      <h2 className="mb-2 text-xl font-semibold">Vad händer nu?</h2>
      <ol className="mb-6 list-decimal space-y-1 pl-6">
        <li>Rapporten registreras (diarieförs) av {coordinators}.</li>
        <li>Samordnarna går igenom den och kan ställa frågor till dig.</li>
        <li>Du får återkoppling om hur bristen hanteras.</li>
        <li>Rapporten avidentifieras och tas upp i arbetsgruppens årliga genomgång.</li>
      </ol>
    </>
  );
}
