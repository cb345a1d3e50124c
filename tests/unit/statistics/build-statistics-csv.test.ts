import { describe, expect, it } from "vitest";
import { buildCasesCsv, buildStatisticsCsv } from "@/lib/statistics/build-statistics-csv";
import { cases2025, categories2025, statCase } from "./fixtures";

const input = { year: 2025, cases: cases2025(), references: { 2025: { categories: categories2025 } } };

function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, "").split("\r\n");
}

describe("the CSV of the year's brister", () => {
  it("is UTF-8 with a byte order mark, semicolon-separated, CRLF, one row per brist", () => {
    // A threshold of 1 hides nothing, so every value is written as it is.
    const csv = buildCasesCsv({ ...input, threshold: 1 });
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = lines(csv);
    expect(rows[0]).toBe(
      "Referens;Månad;Månaden avser;Bakomliggande orsaker;Områden;Rapporterande huvudman;" +
        "Rapporterande organisation;Samverkanspartens huvudman;Löst;Eskalerad",
    );
    expect(rows[1]).toBe(
      'BIS-2025-c1;mars 2025;händelsen;"kommunikation; rutiner; SIP";SIP;Kommun;Helsingborgs stad;Region;Löst;Nej',
    );
    expect(rows).toHaveLength(1 + 8 + 1); // the header, the brister and the final line end
    expect(rows.at(-1)).toBe("");
  });

  it("writes a value the tables hide as less than the threshold", () => {
    // March has 3 brister but is hidden to protect a smaller month; kommun as reporter to protect övrig aktör.
    expect(lines(buildCasesCsv(input))[1]).toBe(
      'BIS-2025-c1;Annan (färre än 3);Annan (färre än 3);"kommunikation; rutiner; SIP";SIP;' +
        "Annan (färre än 3);Annan (färre än 3);Region;Löst;Annan (färre än 3)",
    );
  });

  it("escapes cells that a spreadsheet would run as formulas", () => {
    const csv = buildCasesCsv({
      year: 2025,
      threshold: 1,
      cases: [
        statCase("x1", {
          reference: "=HYPERLINK(1)",
          categories: [{ id: "c", name: "+cmd" }],
          areas: [{ id: "a", name: "-område" }],
          reporterOrganisation: { id: "o", name: "@org", huvudman: "KOMMUN" },
        }),
      ],
    });
    expect(lines(csv)[1]).toBe(
      "'=HYPERLINK(1);april 2025;när bristen kom in;'+cmd;'-område;Kommun;'@org;;Okänt;Nej",
    );
  });
});

describe("the CSV of the statistics", () => {
  const csv = buildStatisticsCsv(input);
  const rows = lines(csv);

  it("has a section per table, separated by an empty row", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const titles = rows.filter((_, i) => i === 0 || rows[i - 1] === "").filter(Boolean);
    expect(titles).toEqual([
      "Statistik 2025",
      "Antal brister per år",
      "De 3 vanligaste orsakerna 2025",
      "Bakomliggande orsaker 2025",
      "Områden 2025",
      "Riktning 2025",
      "Rapporterande huvudman 2025",
      "Rapporterande organisation 2025",
      "Samverkanspartens organisation 2025",
      "Månad 2025",
      "Löst 2025",
      "Eskalerade 2025",
      "Handläggningstider (median i dagar)",
    ]);
  });

  it("writes the figures as the page shows them, small counts suppressed", () => {
    const at = rows.indexOf("Eskalerade 2025");
    expect(rows.slice(at + 1, at + 4)).toEqual([
      "Eskalerad;Antal 2025;Andel 2025",
      "Eskalerad;<3;–",
      "Inte eskalerad;–;–",
    ]);
    const categories = rows.indexOf("Bakomliggande orsaker 2025");
    expect(rows[categories + 2]).toBe("kommunikation;5;63 %");
    expect(rows[categories + 5]).toBe("SVU/Mina planer;<3;–");
    const durations = rows.indexOf("Handläggningstider (median i dagar)");
    expect(rows[durations + 1]).toBe("Mått;Median dagar 2025;Antal brister 2025");
    expect(rows[durations + 2]).toBe("Från händelse till rapport;10;5");
    expect(csv).toContain("<3 = färre än 3 brister");
    expect(csv).not.toMatch(/\u00a0/);
  });
});
