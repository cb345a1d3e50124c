import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartTable } from "@/components/charts/chart-table";
import type { BarDatum } from "@/lib/statistics/bar-chart-layout";
import { barChartSvg } from "@/lib/statistics/bar-chart-svg";

const rows: BarDatum[] = [
  { label: "kommunikation", value: 18, display: "18", shareDisplay: "62\u00a0%" },
  { label: "rutiner", value: 12, display: "12", shareDisplay: "41\u00a0%" },
  { label: "individfokus", value: null, display: "<3", suppressed: true, shareDisplay: "–" },
];

describe("the bar chart component", () => {
  const html = renderToStaticMarkup(
    createElement(BarChart, {
      title: "Bakomliggande orsaker 2025",
      summary: "En brist kan ha flera orsaker.",
      rows,
      labelHeader: "Kategori",
      shareHeader: "Andel",
      note: "<3 = färre än 3 brister.",
      id: "orsaker",
    }),
  );

  it("draws the same SVG as the standalone function", () => {
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length);
    const input = {
      title: "Bakomliggande orsaker 2025",
      summary: "En brist kan ha flera orsaker.",
      rows,
    };
    expect(svg).toBe(barChartSvg(input, { id: "orsaker", standalone: false }));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="orsaker-title orsaker-desc"');
    expect(svg).toContain(">kommunikation</text>");
    expect(svg).toContain(">&lt;3</text>");
  });

  it("puts the figures in a table beside it", () => {
    expect(html).toMatch(
      /<caption id="[^"]+" class="mb-2 text-left font-semibold">Bakomliggande orsaker 2025<\/caption>/,
    );
    expect(html).toMatch(
      /<th scope="col"[^>]*>Kategori<\/th><th scope="col"[^>]*>Antal<\/th><th scope="col"[^>]*>Andel<\/th>/,
    );
    expect(html).toMatch(/<th scope="row"[^>]*>individfokus<\/th><td[^>]*>&lt;3<\/td><td[^>]*>–<\/td>/);
    expect(html).toMatch(/<th scope="row"[^>]*>kommunikation<\/th><td[^>]*>18<\/td><td[^>]*>62\u00a0%<\/td>/);
  });

  it("scrolls the table inside a focusable region named by its caption", () => {
    const region = /<div role="region" aria-labelledby="([^"]+)" tabindex="0"/.exec(html);
    expect(region).not.toBeNull();
    expect(html).toContain(`<caption id="${region![1]}"`);
  });

  it("links the note to the table", () => {
    const describedBy = /<table[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(
      `<p id="${describedBy}" class="mt-2 max-w-prose text-sm">&lt;3 = färre än 3 brister.</p>`,
    );
  });

  it("gives each chart its own ids when none is given", () => {
    const two = renderToStaticMarkup(
      createElement(
        "div",
        null,
        createElement(BarChart, { title: "A", rows, labelHeader: "Kategori" }),
        createElement(BarChart, { title: "B", rows, labelHeader: "Kategori" }),
      ),
    );
    const ids = [...two.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]+$/);
    // Without a note given, hatched bars bring a short explanation.
    expect(two).toContain("Streckad stapel: antalet visas inte för att skydda enskilda.");
  });

  it("leaves out the share column when not asked for", () => {
    const table = renderToStaticMarkup(
      createElement(ChartTable, { caption: "Eskalerade", labelHeader: "Svar", rows }),
    );
    expect(table).not.toContain("Andel");
    expect(table).not.toContain("aria-describedby");
    expect(table.match(/<tr/g)).toHaveLength(4);
  });
});
