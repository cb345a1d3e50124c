import { describe, expect, it } from "vitest";
import { barChartTree, wrapLabel, type BarChartInput, type SvgNode } from "@/lib/statistics/bar-chart-layout";
import { barChartSvg } from "@/lib/statistics/bar-chart-svg";

const input: BarChartInput = {
  title: "Bakomliggande orsaker 2025",
  summary: "Antal brister per kategori; en brist kan ha flera.",
  rows: [
    { label: "kommunikation", value: 18, display: "18" },
    { label: "rutiner", value: 12, display: "12" },
    { label: "SIP", value: 9, display: "9" },
    { label: "bemötande/bristande engagemang", value: null, display: "<3" },
    { label: "kompetens hos den enskilde individen eller inom verksamheten", value: 0, display: "0" },
  ],
};

/** Every element with the tag, depth first. */
function find(node: SvgNode, tag: string): SvgNode[] {
  const own = node.tag === tag ? [node] : [];
  return [...own, ...node.children.flatMap((child) => (typeof child === "string" ? [] : find(child, tag)))];
}

const bars = (tree: SvgNode) => find(tree, "rect").filter((r) => String(r.attrs.class).startsWith("bar"));

describe("the bar chart as a standalone SVG", () => {
  const svg = barChartSvg(input, { id: "orsaker" });

  it("is a standalone, accessible image", () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="360" height="\d+(\.\d+)?" role="img"/,
    );
    expect(svg).toContain('aria-labelledby="orsaker-title orsaker-desc"');
    expect(svg).toContain('<title id="orsaker-title">Bakomliggande orsaker 2025</title>');
    expect(svg).toMatch(
      /<desc id="orsaker-desc">Antal brister per kategori; en brist kan ha flera\. kommunikation: 18;/,
    );
    expect(svg).toContain("bemötande/bristande engagemang: &lt;3;");
    expect(svg).toContain('font-family="sans-serif"');
    expect(svg).toMatch(/viewBox="0 0 360 \d+/);
  });

  it("draws one bar per row, with labels and values as text", () => {
    expect(svg.match(/<rect class="bar/g)).toHaveLength(5);
    expect(svg.match(/<g class="row">/g)).toHaveLength(5);
    expect(svg).toContain(">kommunikation</text>");
    expect(svg).toContain(">18</text>");
  });

  it("draws a withheld count as a hatched box with its display", () => {
    expect(svg.match(/class="bar bar-suppressed"/g)).toHaveLength(1);
    expect(svg).toContain('fill="url(#orsaker-hatch)"');
    expect(svg).toContain('<pattern id="orsaker-hatch"');
    expect(svg).toContain(">&lt;3</text>");
    expect(svg).toContain("Streckad stapel: antalet visas inte för att skydda enskilda.");
  });

  it("scales bars to the largest value shown", () => {
    const widths = bars(barChartTree(input, "x")).map((bar) => Number(bar.attrs.width));
    expect(widths[0]).toBeGreaterThan(200);
    expect(widths[1]! / widths[0]!).toBeCloseTo(12 / 18, 2);
    expect(widths[2]! / widths[0]!).toBeCloseTo(9 / 18, 2);
    expect(widths[4]).toBe(0);
    // The box of a withheld count has the same small width whatever is around it.
    const alone = bars(barChartTree({ title: "t", rows: [{ label: "a", value: null, display: "<3" }] }, "x"));
    expect(widths[3]).toBe(Number(alone[0]!.attrs.width));
  });

  it("does not depend on a hidden value: the coordinators' exact count does not reach a withheld bar", () => {
    const withheld = (value: number | null) =>
      barChartSvg({
        title: "t",
        rows: [
          { label: "Eskalerad", value, display: "<3", suppressed: true },
          { label: "Inte", value: 6, display: "6" },
        ],
      });
    expect(withheld(null)).toBe(
      barChartSvg({
        title: "t",
        rows: [
          { label: "Eskalerad", value: null, display: "<3" },
          { label: "Inte", value: 6, display: "6" },
        ],
      }),
    );
    // A hatched bar with a value (the coordinators' view) is drawn to scale.
    expect(withheld(2)).not.toBe(withheld(null));
  });

  it("wraps a long label over several lines within the width", () => {
    const lines = wrapLabel("kompetens hos den enskilde individen eller inom verksamheten", 40);
    expect(lines).toEqual(["kompetens hos den enskilde individen", "eller inom verksamheten"]);
    const lastRow = find(barChartTree(input, "x"), "g").at(-1)!;
    expect(find(lastRow, "text")).toHaveLength(3); // two label lines and the value
    expect(wrapLabel("Barn-och-ungdomspsykiatrins-mottagning", 12)).toEqual([
      "Barn-och-ung",
      "domspsykiatr",
      "ins-mottagni",
      "ng",
    ]);
  });

  it("escapes text", () => {
    const escaped = barChartSvg({
      title: 'A & B "<x>"',
      rows: [{ label: "O'Hara & co", value: 3, display: "3" }],
    });
    expect(escaped).toContain('<title id="stapeldiagram-title">A &amp; B &quot;&lt;x&gt;&quot;</title>');
    expect(escaped).toContain(">O&#x27;Hara &amp; co</text>");
  });

  it("is 100 % wide without a fixed size when put in a page", () => {
    const inline = barChartSvg(input, { id: "orsaker", standalone: false });
    expect(inline).toMatch(/^<svg width="100%" role="img"/);
    expect(inline).not.toContain("xmlns");
  });

  it("draws an empty chart", () => {
    const empty = barChartSvg({ title: "Inga brister", rows: [] });
    expect(empty).toContain('<desc id="stapeldiagram-desc">Inga värden.</desc>');
    expect(empty).not.toContain('class="bar');
  });
});
