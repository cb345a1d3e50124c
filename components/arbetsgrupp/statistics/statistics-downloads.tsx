/** Links to the year's files; each download is audited. */
export function StatisticsDownloads({ year }: { year: number }) {
  const base = `/arbetsgrupp/statistik/${year}`;
  const files = [
    {
      href: `${base}/statistik.xlsx`,
      label: `Statistik ${year}`,
      kind: "Excel, .xlsx",
      hint: "alla tabeller och årets brister, ett blad var",
    },
    {
      href: `${base}/statistik.csv`,
      label: `Statistik ${year}`,
      kind: "CSV",
      hint: "alla tabeller i en fil",
    },
    {
      href: `${base}/brister.csv`,
      label: `Avidentifierade brister ${year}`,
      kind: "CSV",
      hint: "en rad per brist, utan fritext",
    },
  ];
  return (
    <section aria-labelledby="ladda-ner-rubrik" className="mb-12">
      <h2 id="ladda-ner-rubrik" className="mb-3 text-2xl font-semibold">
        Ladda ner
      </h2>
      <ul className="mb-3 list-disc space-y-2 pl-5">
        {files.map((file) => (
          <li key={file.href}>
            <a href={file.href} download className="text-brand-900 underline">
              {file.label} ({file.kind})
            </a>
            <span className="text-slate-800">: {file.hint}</span>
          </li>
        ))}
      </ul>
      <p className="max-w-prose text-sm">
        Filerna visar samma siffror som arbetsgruppen ser här, med små antal dolda, även när en samordnare
        laddar ner dem: en fil kan skickas vidare. Varje nedladdning loggas.
      </p>
    </section>
  );
}
