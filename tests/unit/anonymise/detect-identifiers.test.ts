import { describe, expect, it } from "vitest";
import {
  containsPersonnummer,
  detectIdentifiers,
  type IdentifierKind,
} from "@/lib/anonymise/detect-identifiers";

function found(text: string, kind: IdentifierKind): string[] {
  return detectIdentifiers(text)
    .filter((hit) => hit.kind === kind)
    .map((hit) => hit.match);
}

describe("detectIdentifiers", () => {
  describe("personnummer", () => {
    it.each([
      ["with century and hyphen", "Gäller 19850312-1234 som skrevs ut.", "19850312-1234"],
      ["with century, no separator", "Gäller 198503121234 som skrevs ut.", "198503121234"],
      ["without century, with hyphen", "Gäller 850312-1234 som skrevs ut.", "850312-1234"],
      ["without century or separator", "Gäller 8503121234 som skrevs ut.", "8503121234"],
      ["with plus for someone over 100", "Gäller 200312+1234 som skrevs ut.", "200312+1234"],
    ])("finds a personnummer %s", (_label, text, expected) => {
      expect(found(text, "personnummer")).toEqual([expected]);
      expect(containsPersonnummer(text)).toBe(true);
    });

    it("reports a samordningsnummer (day + 60) as its own kind, and containsPersonnummer counts it", () => {
      const text = "Gäller 850372-1234 som skrevs ut.";
      expect(found(text, "samordningsnummer")).toEqual(["850372-1234"]);
      expect(containsPersonnummer(text)).toBe(true);
    });

    it("does not report a personnummer without separator as a phone number too", () => {
      expect(detectIdentifiers("Gäller 8503121234.").map(({ kind, match }) => ({ kind, match }))).toEqual([
        { kind: "personnummer", match: "8503121234" },
      ]);
    });

    it("does not take an impossible month for a personnummer", () => {
      expect(found("Referens 851312-1234", "personnummer")).toEqual([]);
    });
  });

  describe("phone numbers", () => {
    it.each([["070-123 45 67"], ["0739876543"], ["070-174 06 50"], ["+46 70 123 45 67"], ["08-123 456 78"]])(
      "finds %s",
      (phone) => {
        expect(found(`Anhöriga nås på ${phone} dagtid.`, "telefon")).toEqual([phone]);
      },
    );
  });

  // The check digit of 070123-4567 is wrong, so the ten digits are a mobile number, not a personnummer.
  it("takes a ten-digit mobile number (0701234567) for a phone number, not a personnummer", () => {
    expect(detectIdentifiers("Ring 0701234567.").map(({ kind, match }) => ({ kind, match }))).toEqual([
      { kind: "telefon", match: "0701234567" },
    ]);
    expect(containsPersonnummer("Ring 0701234567.")).toBe(false);
  });

  it("finds an e-mail address", () => {
    expect(found("Skriv till anna.andersson+sip@vard.example.se i morgon.", "epost")).toEqual([
      "anna.andersson+sip@vard.example.se",
    ]);
  });

  describe("street addresses", () => {
    it.each([["Storgatan 12"], ["Kullavägen 3"], ["Drottninggatan 5B"], ["Lillgränd 4"]])(
      "finds %s",
      (address) => {
        expect(found(`Hen bor på ${address} i centrum.`, "adress")).toEqual([address]);
      },
    );

    it("does not take a street name without a number for an address", () => {
      expect(found("Mötet hölls vid Storgatan.", "adress")).toEqual([]);
    });
  });

  describe("names", () => {
    it("finds a first and last name after 'heter'", () => {
      expect(found("Mannen heter Karl Svensson och är 45 år.", "namn")).toEqual(["Karl Svensson"]);
    });

    it("finds a first name after 'hette' and after 'kallas'", () => {
      expect(found("Flickan hette Maja när hon kom.", "namn")).toEqual(["Maja"]);
      expect(found("Han kallas Nisse av personalen.", "namn")).toEqual(["Nisse"]);
    });

    it("finds a name after 'patienten' in the middle of a sentence", () => {
      expect(found("Vi ringde men patienten Ali svarade inte.", "namn")).toEqual(["Ali"]);
    });
  });

  it("finds every kind in one text", () => {
    const kinds = detectIdentifiers(
      "Kvinnan heter Eva, pnr 19850312-1234, bor på Storgatan 12, tel 070-123 45 67, e-post eva@example.se.",
    ).map((hit) => hit.kind);
    expect(new Set(kinds)).toEqual(new Set(["namn", "personnummer", "adress", "telefon", "epost"]));
  });

  // Exact dates and ages identify too, so these are found now; week numbers, durations and counts are not.
  describe("exact dates and ages", () => {
    it.each([
      ["SIP-möte den 12 mars", "datum", ["12 mars"]],
      [
        "Vi hade SIP-möte den 12 mars 2025 klockan 13.30 och mötet varade i 45 minuter.",
        "datum",
        ["12 mars 2025"],
      ],
      ["Händelsen inträffade 2025-03-12 och följdes upp 2025-04-01.", "datum", ["2025-03-12", "2025-04-01"]],
      ["Beslutet fattades 20250312 av enhetschefen.", "datum", ["20250312"]],
      ["Personen är 45 år och har bott i kommunen i 10 år, 3 månader.", "alder", ["45 år"]],
    ] as const)("finds in %j", (text, kind, expected) => {
      expect(detectIdentifiers(text).map((hit) => [hit.kind, hit.match])).toEqual(
        expected.map((match) => [kind, match]),
      );
    });
  });

  describe("no false alarms on ordinary text", () => {
    it.each([
      ["vecka 12"],
      ["Utskrivningen skedde vecka 12 och SIP hölls vecka 14."],
      ["Inskrivningsmeddelande ska skickas inom 24 timmar och SIP-kallelse inom 3 dagar."],
      ["Enligt lag 2017:612 och SoL 2 kap 7 § samt HSL 16 kap 4 §."],
      ["Kl 08.30 ringde vi från socialpsykiatrin till vuxenpsykiatrin i Helsingborg."],
      ["Personen har bott i kommunen i 10 år, 3 månader."],
      ["Patienten skrevs ut en fredag utan att boendestödet var på plats."],
      [""],
    ])("finds nothing in %j", (text) => {
      expect(detectIdentifiers(text)).toEqual([]);
    });
  });
});

describe("long pastes", () => {
  it("finds the address at the end of a 200,000-letter run, and nothing in a run with no address", () => {
    const run = "x".repeat(200_000);
    expect(detectIdentifiers(run).filter((hit) => hit.kind === "epost")).toEqual([]);
    const hits = detectIdentifiers(`${run} lina.ek@engelholm.se`).filter((hit) => hit.kind === "epost");
    expect(hits.map((hit) => hit.match)).toEqual(["lina.ek@engelholm.se"]);
  });
});
