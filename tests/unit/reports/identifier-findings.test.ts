import { describe, expect, it } from "vitest";
import { IDENTIFIER_LABELS, type IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import {
  describeIdentifierConfirmations,
  reportIdentifierConfirmations,
} from "@/lib/reports/identifier-confirmations";
import {
  BLOCKING_IDENTIFIER_KINDS,
  IDENTIFIER_HINTS,
  IDENTIFIER_KIND_NAMES,
  IDENTIFIER_KINDS,
  blankBlockedText,
  blockedMessage,
  blockedTextIn,
  confirmationMessage,
  findingsIn,
  isConfirmed,
  withoutBlockedText,
} from "@/lib/reports/identifier-findings";

describe("what the wizard does with each kind of finding", () => {
  it("blocks only personnummer and samordningsnummer", () => {
    expect([...BLOCKING_IDENTIFIER_KINDS].sort()).toEqual(["personnummer", "samordningsnummer"]);
  });

  it("has a name and a hint for every kind the detector knows", () => {
    const kinds = Object.keys(IDENTIFIER_LABELS).sort();
    expect([...IDENTIFIER_KINDS].sort()).toEqual(kinds);
    expect(Object.keys(IDENTIFIER_HINTS).sort()).toEqual(kinds);
  });

  it("tells the reporter in plain Swedish what to write instead", () => {
    expect(IDENTIFIER_HINTS).toEqual({
      personnummer: "Ta bort personnumret. Det får aldrig finnas i rapporten.",
      samordningsnummer: "Ta bort samordningsnumret. Det får aldrig finnas i rapporten.",
      telefon: "Ta bort telefonnumret.",
      epost: "Ta bort e-postadressen.",
      adress: "Ta bort adressen. Skriv till exempel ”i sin bostad” i stället.",
      postadress: "Ta bort postnumret och orten.",
      namn: "Skriv ”brukaren” eller ”personen” i stället för namnet, och yrkesroll i stället för namn på personal.",
      datum: "Skriv månad eller ungefärlig tid i stället för exakt datum.",
      alder: "Skriv åldersgrupp i stället för exakt ålder.",
    } satisfies Record<IdentifierKind, string>);
    expect(IDENTIFIER_KIND_NAMES.datum).toBe("Exakt datum");
  });
});

describe("confirmationMessage", () => {
  it("names the field and the kind found, so a phone number is called a phone number", () => {
    expect(confirmationMessage("beskrivningen", ["telefon"])).toBe(
      "Beskrivningen innehåller ett telefonnummer som kan identifiera personen. Ta bort det, eller kryssa i att det behövs för att förstå händelsen.",
    );
    expect(confirmationMessage("åtgärden", ["namn", "telefon"])).toBe(
      "Åtgärden innehåller ett namn och ett telefonnummer som kan identifiera personen. Ta bort dem, eller kryssa i att de behövs för att förstå händelsen.",
    );
  });
});

describe("findingsIn", () => {
  it("separates what must go from what may be confirmed, kinds in display order", () => {
    const findings = findingsIn("Karl, 34 år, 19850312-1234, ringde 070-123 45 67 den 12 mars.");
    expect(findings.blockingKinds).toEqual(["personnummer"]);
    expect(findings.blocking.map((hit) => hit.match)).toEqual(["19850312-1234"]);
    expect(findings.confirmableKinds).toEqual(["telefon", "namn", "datum", "alder"]);
  });

  it("counts a possible samordningsnummer as blocking", () => {
    expect(findingsIn("Gäller 19850372-1234.").blockingKinds).toEqual(["samordningsnummer"]);
  });

  it("finds nothing in an empty text", () => {
    expect(findingsIn("")).toEqual({
      blocking: [],
      confirmable: [],
      blockingKinds: [],
      confirmableKinds: [],
    });
  });
});

describe("isConfirmed", () => {
  it("needs every kind found among those confirmed", () => {
    expect(isConfirmed(["namn", "datum"], ["datum", "namn", "alder"])).toBe(true);
    expect(isConfirmed(["namn", "datum"], ["namn"])).toBe(false);
    expect(isConfirmed(["namn"], undefined)).toBe(false);
    expect(isConfirmed([], undefined)).toBe(true);
  });
});

describe("blockedMessage", () => {
  it("names what to remove, in singular or plural", () => {
    const tail = "Rapporten får inte innehålla personnummer eller samordningsnummer.";
    expect(blockedMessage([{ kind: "personnummer" }])).toBe(`Ta bort personnumret. ${tail}`);
    expect(blockedMessage([{ kind: "personnummer" }, { kind: "personnummer" }])).toBe(
      `Ta bort personnumren. ${tail}`,
    );
    expect(blockedMessage([{ kind: "samordningsnummer" }])).toBe(`Ta bort samordningsnumret. ${tail}`);
    expect(blockedMessage([{ kind: "samordningsnummer" }, { kind: "personnummer" }])).toBe(
      `Ta bort personnumret och samordningsnumret. ${tail}`,
    );
    expect(blockedMessage([{ kind: "personnummer" }], "beskrivningen")).toBe(
      `Ta bort personnumret ur beskrivningen. ${tail}`,
    );
  });
});

describe("texts with a personnummer in a step's values", () => {
  const values = {
    description: "Gäller 19850312-1234 som väntade.",
    actionsTaken: "Vi ringde Karl.",
    measures: [
      { description: "Ny SIP.", responsibleParty: "BUP" },
      { description: "Följ upp 850312-1234.", responsibleParty: "BUP" },
    ],
    areaIds: ["area-1"],
    identifierConfirmations: { actionsTaken: ["namn"] },
  };

  it("are found with their place", () => {
    expect(blockedTextIn(values).map((found) => found.path)).toEqual([
      ["description"],
      ["measures", 1, "description"],
    ]);
  });

  it("are left out of what autosave sends", () => {
    expect(withoutBlockedText(values)).toEqual({
      actionsTaken: "Vi ringde Karl.",
      measures: [{ description: "Ny SIP.", responsibleParty: "BUP" }, { responsibleParty: "BUP" }],
      areaIds: ["area-1"],
      identifierConfirmations: { actionsTaken: ["namn"] },
    });
    // The values themselves are not changed.
    expect(values.description).toContain("19850312-1234");
  });

  it("are emptied where a text left behind is stored", () => {
    expect(blankBlockedText(values)).toMatchObject({
      description: "",
      actionsTaken: "Vi ringde Karl.",
      measures: [{ description: "Ny SIP." }, { description: "", responsibleParty: "BUP" }],
    });
  });
});

describe("the report's confirmations", () => {
  const submission = (delTva: Record<string, unknown>) => ({
    description: { identifierConfirmations: { description: ["namn" as const] } },
    delTva: {
      dialogueHeld: "ja" as const,
      escalationComment: "",
      measures: [{}, { identifierConfirmations: { description: ["datum" as const] } }],
      identifierConfirmations: {
        noDialogueReason: ["alder" as const],
        escalationComment: ["telefon" as const],
      },
      ...delTva,
    },
  });

  it("are taken from the texts the report keeps, measures by their place", () => {
    expect(reportIdentifierConfirmations(submission({}))).toEqual({
      description: ["namn"],
      "measures.1.description": ["datum"],
    });
    expect(
      reportIdentifierConfirmations(
        submission({ dialogueHeld: "nej", escalationComment: "Ring 070-123 45 67." }),
      ),
    ).toEqual({ description: ["namn"], noDialogueReason: ["alder"], escalationComment: ["telefon"] });
  });

  it("are null when nothing was kept", () => {
    expect(
      reportIdentifierConfirmations({
        description: {},
        delTva: { dialogueHeld: "ja", escalationComment: "", measures: [{}] },
      }),
    ).toBeNull();
  });

  it("are described for a coordinator in the report's order, with Swedish labels", () => {
    expect(
      describeIdentifierConfirmations({
        escalationComment: ["telefon"],
        "measures.1.description": ["datum"],
        description: ["namn", "datum"],
      }),
    ).toEqual([
      {
        field: "description",
        label: "Beskrivning av händelsen",
        kinds: ["namn", "datum"],
        kindNames: ["Namn", "Exakt datum"],
      },
      { field: "measures.1.description", label: "Åtgärd 2", kinds: ["datum"], kindNames: ["Exakt datum"] },
      {
        field: "escalationComment",
        label: "Kommentar om att lyfta vidare",
        kinds: ["telefon"],
        kindNames: ["Telefonnummer"],
      },
    ]);
  });

  it("describe nothing for null, unknown fields or anything unreadable", () => {
    expect(describeIdentifierConfirmations(null)).toEqual([]);
    expect(describeIdentifierConfirmations("namn")).toEqual([]);
    expect(describeIdentifierConfirmations({ okant: ["namn"], description: [] })).toEqual([]);
  });
});
