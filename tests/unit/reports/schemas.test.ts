import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import type { IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import { confirmationMessage } from "@/lib/reports/identifier-findings";
import {
  ZDelTvaStep,
  ZDescriptionStep,
  ZEventStep,
  ZFollowUpCode,
  ZMeasure,
  ZParticipant,
  ZPartnerComment,
  ZPartnerLinkRequest,
  ZPartnerStep,
  ZReportSubmission,
  ZReporterStep,
  type TDelTvaStep,
  type TDescriptionStep,
  type TEventStep,
} from "@/lib/reports/schemas";
import {
  isoDay,
  validDelTva,
  validDelTvaWithoutDialogue,
  validDescription,
  validEvent,
  validPartner,
  validReporter,
  validSteps,
} from "../../setup/fixtures";

/** The messages a schema gives for one field (path joined with dots), or [] when the field is accepted. */
function errorsAt(schema: z.core.$ZodType, value: unknown, path: string): string[] {
  const result = z.safeParse(schema, value);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.join(".") === path).map((issue) => issue.message);
}

function accepts(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value);
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return result.data;
}

const long = (n: number) => "a".repeat(n);

/** How the messages name each free-text field. */
const WHERE = {
  description: "beskrivningen",
  actionsTaken: "åtgärderna ni vidtagit",
  measure: "åtgärden",
  noDialogueReason: "förklaringen",
  escalationComment: "kommentaren om att lyfta vidare",
  partnerComment: "kommentaren",
};
const blocked = (where?: string) =>
  `Ta bort personnumret${where ? ` ur ${where}` : ""}. Rapporten får inte innehålla personnummer eller samordningsnummer.`;
const confirm = (where: string, kinds: readonly IdentifierKind[]) => confirmationMessage(where, kinds);

describe("ZReporterStep (om dig)", () => {
  it("accepts a complete reporter and trims the answers", () => {
    const data = accepts(ZReporterStep, { ...validReporter(), reporterName: "  Testa Rapportör  " }) as {
      reporterName: string;
    };
    expect(data.reporterName).toBe("Testa Rapportör");
  });

  it("asks for the name when it is missing, empty or only spaces", () => {
    const withoutName: Record<string, unknown> = { ...validReporter() };
    delete withoutName.reporterName;
    expect(errorsAt(ZReporterStep, withoutName, "reporterName")).toEqual(["Fyll i ditt namn."]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterName: "" }, "reporterName")).toEqual([
      "Fyll i ditt namn.",
    ]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterName: "   " }, "reporterName")).toEqual([
      "Fyll i ditt namn.",
    ]);
  });

  it("refuses a one-letter name and a name over 120 characters", () => {
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterName: "A" }, "reporterName")).toEqual([
      "Ditt namn behöver vara minst 2 tecken.",
    ]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterName: long(121) }, "reporterName")).toEqual([
      "Ditt namn får vara högst 120 tecken.",
    ]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterName: long(120) }, "reporterName")).toEqual(
      [],
    );
  });

  it("asks for an e-mail address and refuses one without @", () => {
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterEmail: "" }, "reporterEmail")).toEqual([
      "Fyll i din e-postadress.",
    ]);
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), reporterEmail: "rapportor.example.se" }, "reporterEmail"),
    ).toEqual(["Skriv e-postadressen som namn@exempel.se."]);
  });

  it("accepts an e-mail address typed with surrounding spaces", () => {
    const data = accepts(ZReporterStep, { ...validReporter(), reporterEmail: " rapportor@example.se " }) as {
      reporterEmail: string;
    };
    expect(data.reporterEmail).toBe("rapportor@example.se");
  });

  it("lets the phone number be left empty or written in common Swedish forms", () => {
    for (const phone of ["", "070-174 06 50", "+46 70 174 06 50", "(070) 1740650"]) {
      expect(
        errorsAt(ZReporterStep, { ...validReporter(), reporterPhone: phone }, "reporterPhone"),
        phone,
      ).toEqual([]);
    }
  });

  it("refuses a phone number with letters, too few digits or over 30 characters", () => {
    const message = "Skriv telefonnumret med siffror, till exempel 070-174 06 50.";
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), reporterPhone: "ring växeln" }, "reporterPhone"),
    ).toEqual([message]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterPhone: "1234" }, "reporterPhone")).toEqual([
      message,
    ]);
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), reporterPhone: "0".repeat(31) }, "reporterPhone"),
    ).toContain("Telefonnumret får vara högst 30 tecken.");
  });

  it("refuses a personnummer in any of the reporter's own answers", () => {
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), reporterPhone: "19850312-1234" }, "reporterPhone"),
    ).toEqual([blocked()]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), unit: "Boende för 850312-1234" }, "unit")).toEqual([
      blocked(),
    ]);
  });

  it("asks the reporter to choose an organisation", () => {
    expect(errorsAt(ZReporterStep, { ...validReporter(), organisationId: "" }, "organisationId")).toEqual([
      "Välj din organisation.",
    ]);
  });

  it("asks for unit and role within their lengths", () => {
    expect(errorsAt(ZReporterStep, { ...validReporter(), unit: "" }, "unit")).toEqual([
      "Fyll i enhet eller verksamhet.",
    ]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), unit: long(161) }, "unit")).toEqual([
      "Enhet eller verksamhet får vara högst 160 tecken.",
    ]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterRole: "" }, "reporterRole")).toEqual([
      "Fyll i din roll.",
    ]);
    expect(errorsAt(ZReporterStep, { ...validReporter(), reporterRole: "x" }, "reporterRole")).toEqual([
      "Din roll behöver vara minst 2 tecken.",
    ]);
  });

  it("wants ja or nej on whether the chef was consulted", () => {
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), hasConsultedChef: "nej" }, "hasConsultedChef"),
    ).toEqual([]);
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), hasConsultedChef: "kanske" }, "hasConsultedChef"),
    ).toEqual(["Välj ja eller nej."]);
    expect(
      errorsAt(ZReporterStep, { ...validReporter(), hasConsultedChef: undefined }, "hasConsultedChef"),
    ).toEqual(["Välj ja eller nej."]);
  });
});

describe("ZPartnerStep (samverkanspart)", () => {
  it("accepts a chosen organisation", () => {
    accepts(ZPartnerStep, validPartner());
  });

  it("accepts only an övrig aktör without a chosen organisation", () => {
    accepts(ZPartnerStep, { partnerOrganisationIds: [], partnerOther: "Försäkringskassan" });
  });

  it("asks for at least one partner when nothing is chosen or only spaces are typed", () => {
    const message = "Välj minst en samverkanspart eller skriv en övrig aktör.";
    expect(
      errorsAt(ZPartnerStep, { partnerOrganisationIds: [], partnerOther: "" }, "partnerOrganisationIds"),
    ).toEqual([message]);
    expect(
      errorsAt(ZPartnerStep, { partnerOrganisationIds: [], partnerOther: "   " }, "partnerOrganisationIds"),
    ).toEqual([message]);
  });

  it("refuses more than ten partners", () => {
    const ids = Array.from({ length: 11 }, (_, i) => `org-${i}`);
    expect(
      errorsAt(ZPartnerStep, { partnerOrganisationIds: ids, partnerOther: "" }, "partnerOrganisationIds"),
    ).toEqual(["Välj högst tio samverkansparter."]);
    accepts(ZPartnerStep, { partnerOrganisationIds: ids.slice(0, 10), partnerOther: "" });
  });

  it("refuses an övrig aktör over 160 characters", () => {
    expect(errorsAt(ZPartnerStep, { ...validPartner(), partnerOther: long(161) }, "partnerOther")).toEqual([
      "Övrig aktör får vara högst 160 tecken.",
    ]);
  });
});

describe("ZEventStep (händelsen)", () => {
  it("accepts an event with a date", () => {
    accepts(ZEventStep, validEvent());
  });

  it("accepts an event given only by month, with the date left empty", () => {
    accepts(ZEventStep, { ...validEvent(), eventTiming: "manad", eventDate: "", eventMonth: "2025-10" });
  });

  it("asks whether a date or a month is given", () => {
    expect(errorsAt(ZEventStep, { ...validEvent(), eventTiming: "vecka" }, "eventTiming")).toEqual([
      "Välj om du vet datumet eller bara månaden.",
    ]);
    // Nothing is chosen in advance, so a missing answer is asked for too.
    const unanswered = { ...validEvent(), eventTiming: undefined };
    expect(errorsAt(ZEventStep, unanswered, "eventTiming")).toEqual([
      "Välj om du vet datumet eller bara månaden.",
    ]);
  });

  it("asks for the date and each of its parts, and stores the date as YYYY-MM-DD", () => {
    expect(errorsAt(ZEventStep, { ...validEvent(), eventDate: "" }, "eventDate")).toEqual([
      "Fyll i datumet då det hände.",
    ]);
    expect(errorsAt(ZEventStep, { ...validEvent(), eventDate: "2025--3" }, "eventDate")).toEqual([
      "Datumet måste innehålla en månad.",
    ]);
    for (const eventDate of ["14/10/2025", "den 12 mars"]) {
      expect(errorsAt(ZEventStep, { ...validEvent(), eventDate }, "eventDate"), eventDate).toEqual([
        "Datumet måste vara ett riktigt datum.",
      ]);
    }
    expect(errorsAt(ZEventStep, { ...validEvent(), eventDate: "25-2-3" }, "eventDate")).toEqual([
      "Året måste ha fyra siffror.",
    ]);
    expect((accepts(ZEventStep, { ...validEvent(), eventDate: "2025-2-3" }) as TEventStep).eventDate).toBe(
      "2025-02-03",
    );
  });

  it("says a well-written date that does not exist does not exist", () => {
    for (const eventDate of ["2025-02-30", "2025-02-29", "2025-13-01", "2025-04-31"]) {
      expect(errorsAt(ZEventStep, { ...validEvent(), eventDate }, "eventDate"), eventDate).toEqual([
        "Datumet måste vara ett riktigt datum.",
      ]);
    }
  });

  it("refuses an event date in the future but accepts today", () => {
    expect(errorsAt(ZEventStep, { ...validEvent(), eventDate: isoDay(2) }, "eventDate")).toEqual([
      "Datumet kan inte vara i framtiden.",
    ]);
    accepts(ZEventStep, { ...validEvent(), eventDate: isoDay(0) });
  });

  it("refuses a month that is malformed or in the future", () => {
    const month = { ...validEvent(), eventTiming: "manad", eventDate: "" };
    expect(errorsAt(ZEventStep, { ...month, eventMonth: "2025-13" }, "eventMonth")).toEqual([
      "Månaden måste vara en riktig månad.",
    ]);
    expect(errorsAt(ZEventStep, { ...month, eventMonth: "oktober" }, "eventMonth")).toEqual([
      "Månaden måste vara en riktig månad.",
    ]);
    expect(errorsAt(ZEventStep, { ...month, eventMonth: "" }, "eventMonth")).toEqual([
      "Fyll i månaden då det hände.",
    ]);
    expect(errorsAt(ZEventStep, { ...month, eventMonth: isoDay(40).slice(0, 7) }, "eventMonth")).toEqual([
      "Månaden kan inte vara i framtiden.",
    ]);
    expect((accepts(ZEventStep, { ...month, eventMonth: "2025-3" }) as TEventStep).eventMonth).toBe(
      "2025-03",
    );
  });

  it("asks for at least one area", () => {
    expect(errorsAt(ZEventStep, { ...validEvent(), areaIds: [] }, "areaIds")).toEqual([
      "Välj minst ett område.",
    ]);
  });

  it("takes ”Vill inte ange” as an answer but asks for one, and refuses an unknown one", () => {
    accepts(ZEventStep, { ...validEvent(), ageGroup: "" });
    expect(errorsAt(ZEventStep, { ...validEvent(), ageGroup: "TONARING" }, "ageGroup")).toEqual([
      "Välj en åldersgrupp eller ”Vill inte ange”.",
    ]);
    const unanswered = { ...validEvent(), ageGroup: undefined };
    expect(errorsAt(ZEventStep, unanswered, "ageGroup")).toEqual([
      "Välj en åldersgrupp eller ”Vill inte ange”.",
    ]);
  });
});

describe("today's date in Sweden", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // 00:30 on 2 March in Stockholm is still 1 March in UTC.
  const justAfterMidnightInSweden = new Date("2026-03-01T23:30:00Z");

  it("accepts today's Swedish date as the event date just after midnight", () => {
    vi.useFakeTimers({ now: justAfterMidnightInSweden, toFake: ["Date"] });
    accepts(ZEventStep, { ...validEvent(), eventDate: "2026-03-02" });
    expect(errorsAt(ZEventStep, { ...validEvent(), eventDate: "2026-03-03" }, "eventDate")).toEqual([
      "Datumet kan inte vara i framtiden.",
    ]);
  });

  it("accepts the new Swedish month as the event month just after midnight on the first", () => {
    vi.useFakeTimers({ now: new Date("2026-02-28T23:30:00Z"), toFake: ["Date"] });
    accepts(ZEventStep, { ...validEvent(), eventTiming: "manad", eventDate: "", eventMonth: "2026-03" });
  });

  it("accepts today's Swedish date as the dialogue date just after midnight", () => {
    vi.useFakeTimers({ now: justAfterMidnightInSweden, toFake: ["Date"] });
    accepts(ZDelTvaStep, { ...validDelTva(), dialogueDate: "2026-03-02" });
  });
});

describe("ZDescriptionStep (beskrivning och åtgärder)", () => {
  it("accepts a description of the event without identifying details", () => {
    accepts(ZDescriptionStep, validDescription());
  });

  it("never refuses ordinary dates and week numbers: an exact date only needs the confirmation", () => {
    const description =
      "SIP-möte den 12 mars vecka 12 där kommunen inte kom. Enligt lag 2017:612 ska kallelse skickas inom 3 dagar.";
    expect(errorsAt(ZDescriptionStep, { ...validDescription(), description }, "description")).toEqual([]);
    expect(
      errorsAt(
        ZDescriptionStep,
        { ...validDescription(), description },
        "identifierConfirmations.description",
      ),
    ).toEqual([confirm(WHERE.description, ["datum"])]);
    accepts(ZDescriptionStep, {
      ...validDescription(),
      description,
      identifierConfirmations: { description: ["datum"] },
    });
    // Week numbers, law references and durations are no findings at all.
    accepts(ZDescriptionStep, {
      ...validDescription(),
      description:
        "SIP-möte vecka 12 där kommunen inte kom. Enligt lag 2017:612 ska kallelse ske inom 3 dagar.",
    });
  });

  it("refuses a personnummer or samordningsnummer in the description, confirmed or not", () => {
    const description = "Personen med personnummer 19850312-1234 fick ingen SIP i tid.";
    expect(errorsAt(ZDescriptionStep, { ...validDescription(), description }, "description")).toEqual([
      blocked(WHERE.description),
    ]);
    expect(
      errorsAt(
        ZDescriptionStep,
        {
          ...validDescription(),
          description,
          identifierConfirmations: { description: ["personnummer", "samordningsnummer"] },
        },
        "description",
      ),
    ).toEqual([blocked(WHERE.description)]);
    expect(
      errorsAt(
        ZDescriptionStep,
        { ...validDescription(), description: "Gäller 19850372-1234 och 19850312-1234, ingen SIP hölls." },
        "description",
      ),
    ).toEqual([
      "Ta bort personnumret och samordningsnumret ur beskrivningen. Rapporten får inte innehålla personnummer eller samordningsnummer.",
    ]);
  });

  it("asks to confirm a phone number, an e-mail address, an address, a name or an age, and accepts it confirmed", () => {
    for (const [text, kinds] of [
      ["Anhöriga nås på 070-123 45 67 men ingen ringde tillbaka.", ["telefon"]],
      ["Mejla anhorig.namn@example.se om du vill veta mer om ärendet.", ["epost"]],
      ["Personen bor på Storgatan 12 och fick inget boendestöd.", ["adress"]],
      ["Patienten heter Karl och väntade i tre veckor på en SIP.", ["namn"]],
      ["Mannen är 34 år och väntade i tre veckor på en SIP.", ["alder"]],
    ] as const) {
      const values = { ...validDescription(), description: text };
      expect(errorsAt(ZDescriptionStep, values, "description"), text).toEqual([]);
      expect(errorsAt(ZDescriptionStep, values, "identifierConfirmations.description"), text).toEqual([
        confirm(WHERE.description, kinds),
      ]);
      const data = accepts(ZDescriptionStep, {
        ...values,
        identifierConfirmations: { description: [...kinds] },
      }) as TDescriptionStep;
      expect(data.identifierConfirmations, text).toEqual({ description: kinds });
    }
  });

  it("asks again when the text holds a kind that was not confirmed", () => {
    const values = {
      ...validDescription(),
      description: "Karl väntade från den 12 mars på en SIP som aldrig hölls.",
      identifierConfirmations: { description: ["namn"] },
    };
    expect(errorsAt(ZDescriptionStep, values, "identifierConfirmations.description")).toEqual([
      confirm(WHERE.description, ["datum"]),
    ]);
    accepts(ZDescriptionStep, { ...values, identifierConfirmations: { description: ["namn", "datum"] } });
  });

  it("asks for the confirmation per field", () => {
    const values = {
      ...validDescription(),
      actionsTaken: "Vi ringde Karl och bokade ett nytt möte.",
      identifierConfirmations: { description: ["namn"] },
    };
    expect(errorsAt(ZDescriptionStep, values, "identifierConfirmations.actionsTaken")).toEqual([
      confirm(WHERE.actionsTaken, ["namn"]),
    ]);
    accepts(ZDescriptionStep, { ...values, identifierConfirmations: { actionsTaken: ["namn"] } });
  });

  it("keeps only the confirmed kinds still found in the text, and no entry when nothing is kept", () => {
    const data = accepts(ZDescriptionStep, {
      ...validDescription(),
      actionsTaken: "Vi ringde Karl och bokade ett nytt möte.",
      identifierConfirmations: { description: ["namn", "datum"], actionsTaken: ["datum", "namn", "telefon"] },
    }) as TDescriptionStep;
    expect(data.identifierConfirmations).toEqual({ actionsTaken: ["namn"] });
    const plain = accepts(ZDescriptionStep, {
      ...validDescription(),
      identifierConfirmations: { description: ["namn"] },
    });
    expect(plain).toEqual(validDescription());
  });

  it("treats an unknown kind in the confirmation as nothing confirmed", () => {
    const values = {
      ...validDescription(),
      description: "Patienten heter Karl och väntade i tre veckor på en SIP.",
      identifierConfirmations: { description: ["namn", "skonummer"] },
    };
    expect(errorsAt(ZDescriptionStep, values, "identifierConfirmations.description")).toEqual([
      confirm(WHERE.description, ["namn"]),
    ]);
  });

  it("refuses a personnummer in the actions taken", () => {
    expect(
      errorsAt(
        ZDescriptionStep,
        { ...validDescription(), actionsTaken: "Vi sökte på 850312-1234 i journalen." },
        "actionsTaken",
      ),
    ).toEqual([blocked(WHERE.actionsTaken)]);
  });

  it("needs at least 20 characters of description and 10 of actions", () => {
    expect(
      errorsAt(ZDescriptionStep, { ...validDescription(), description: "För kort text." }, "description"),
    ).toEqual(["Beskrivningen av händelsen behöver vara minst 20 tecken."]);
    expect(
      errorsAt(ZDescriptionStep, { ...validDescription(), actionsTaken: "Ringde." }, "actionsTaken"),
    ).toEqual(["Vilka åtgärder ni vidtagit behöver vara minst 10 tecken."]);
    expect(errorsAt(ZDescriptionStep, { ...validDescription(), description: "" }, "description")).toEqual([
      "Fyll i beskrivningen av händelsen.",
    ]);
  });

  it("refuses a description over 6000 characters", () => {
    expect(
      errorsAt(ZDescriptionStep, { ...validDescription(), description: long(6001) }, "description"),
    ).toEqual(["Beskrivningen av händelsen får vara högst 6000 tecken."]);
    accepts(ZDescriptionStep, { ...validDescription(), description: long(6000) });
  });
});

describe("ZMeasure and ZParticipant (del två's lists)", () => {
  const measure = validDelTva().measures[0]!;

  it("accepts a measure with or without a target date", () => {
    accepts(ZMeasure, measure);
    accepts(ZMeasure, { ...measure, targetDate: "" });
  });

  it("refuses a measure that is too short, names no responsible party or has a bad target date", () => {
    expect(errorsAt(ZMeasure, { ...measure, description: "Ok" }, "description")).toEqual([
      "Åtgärden behöver vara minst 5 tecken.",
    ]);
    expect(errorsAt(ZMeasure, { ...measure, responsibleParty: "" }, "responsibleParty")).toEqual([
      "Fyll i vem som ansvarar.",
    ]);
    expect(errorsAt(ZMeasure, { ...measure, targetDate: "2026--30" }, "targetDate")).toEqual([
      "Datumet måste innehålla en månad.",
    ]);
    expect(errorsAt(ZMeasure, { ...measure, targetDate: "2026-02-30" }, "targetDate")).toEqual([
      "Datumet måste vara ett riktigt datum.",
    ]);
  });

  it("refuses a personnummer in a measure and asks to confirm other details", () => {
    expect(
      errorsAt(ZMeasure, { ...measure, description: "Följ upp 850312-1234 varje fredag." }, "description"),
    ).toEqual([blocked(WHERE.measure)]);
    const phone = { ...measure, description: "Ring 0701234567 varje fredag." };
    expect(errorsAt(ZMeasure, phone, "description")).toEqual([]);
    expect(errorsAt(ZMeasure, phone, "identifierConfirmations.description")).toEqual([
      confirm(WHERE.measure, ["telefon"]),
    ]);
    accepts(ZMeasure, { ...phone, identifierConfirmations: { description: ["telefon"] } });
  });

  it("refuses a personnummer in the responsible party and in a participant", () => {
    expect(errorsAt(ZMeasure, { ...measure, responsibleParty: "19850312-1234" }, "responsibleParty")).toEqual(
      [blocked()],
    );
    expect(
      errorsAt(ZParticipant, { organisation: "Vuxenpsykiatrin", role: "Anhörig 850312-1234" }, "role"),
    ).toEqual([blocked()]);
  });

  it("asks for each participant's organisation and role", () => {
    accepts(ZParticipant, { organisation: "Vuxenpsykiatrin", role: "Enhetschef" });
    expect(errorsAt(ZParticipant, { organisation: "", role: "Enhetschef" }, "organisation")).toEqual([
      "Fyll i organisation.",
    ]);
    expect(errorsAt(ZParticipant, { organisation: "Vuxenpsykiatrin", role: "x" }, "role")).toEqual([
      "Roll behöver vara minst 2 tecken.",
    ]);
  });
});

describe("ZDelTvaStep (överenskomna åtgärder)", () => {
  it("accepts a held dialogue with participants, measures and an answer on whether it is solved", () => {
    accepts(ZDelTvaStep, validDelTva());
  });

  it("accepts no dialogue when the reason is explained", () => {
    accepts(ZDelTvaStep, validDelTvaWithoutDialogue());
  });

  it("does not block sending over empty rows left behind after answering nej", () => {
    accepts(ZDelTvaStep, {
      ...validDelTvaWithoutDialogue(),
      participants: [{ organisation: "", role: "" }],
      measures: [{ description: "", responsibleParty: "", targetDate: "" }],
    });
  });

  it("asks whether a dialogue was held", () => {
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), dialogueHeld: "" }, "dialogueHeld")).toEqual([
      "Välj ja eller nej.",
    ]);
  });

  it("asks for a real dialogue date, not in the future, when a dialogue was held", () => {
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), dialogueDate: "" }, "dialogueDate")).toEqual([
      "Fyll i datumet för dialogen.",
    ]);
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), dialogueDate: "2025-02-29" }, "dialogueDate")).toEqual([
      "Datumet måste vara ett riktigt datum.",
    ]);
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), dialogueDate: isoDay(3) }, "dialogueDate")).toEqual([
      "Datumet kan inte vara i framtiden.",
    ]);
    const unanswered = { ...validDelTva(), dialogueHeld: undefined };
    expect(errorsAt(ZDelTvaStep, unanswered, "dialogueHeld")).toEqual(["Välj ja eller nej."]);
  });

  it("asks for participants, measures and whether it is solved when a dialogue was held", () => {
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), participants: [] }, "participants")).toEqual([
      "Lägg till minst en part som deltog.",
    ]);
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), measures: [] }, "measures")).toEqual([
      "Lägg till minst en åtgärd ni kom överens om.",
    ]);
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), isSolved: "" }, "isSolved")).toEqual([
      "Välj om bristen är löst.",
    ]);
  });

  it("refuses an unknown answer on whether the brist is solved", () => {
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), isSolved: "KANSKE" }, "isSolved")).toHaveLength(1);
  });

  it("points at the faulty measure inside the list", () => {
    const measures = [{ description: "Ok", responsibleParty: "Vuxenpsykiatrin", targetDate: "" }];
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), measures }, "measures.0.description")).toEqual([
      "Åtgärden behöver vara minst 5 tecken.",
    ]);
  });

  it("refuses more than 20 measures or participants", () => {
    const measure = validDelTva().measures[0]!;
    const participant = validDelTva().participants[0]!;
    expect(
      errorsAt(ZDelTvaStep, { ...validDelTva(), measures: Array(21).fill(measure) }, "measures"),
    ).toHaveLength(1);
    expect(
      errorsAt(ZDelTvaStep, { ...validDelTva(), participants: Array(21).fill(participant) }, "participants"),
    ).toHaveLength(1);
  });

  it("asks for a reason of at least 10 characters when no dialogue was held", () => {
    expect(
      errorsAt(
        ZDelTvaStep,
        { ...validDelTvaWithoutDialogue(), noDialogueReason: "Ingen tid" },
        "noDialogueReason",
      ),
    ).toEqual(["Beskriv med minst 10 tecken varför ingen dialog kunde hållas."]);
  });

  it("refuses a personnummer in the reason for no dialogue and in the escalation comment", () => {
    expect(
      errorsAt(
        ZDelTvaStep,
        { ...validDelTvaWithoutDialogue(), noDialogueReason: "Anhöriga till 19850312-1234 svarade inte." },
        "noDialogueReason",
      ),
    ).toEqual([blocked(WHERE.noDialogueReason)]);
    expect(
      errorsAt(
        ZDelTvaStep,
        { ...validDelTva(), escalationComment: "Gäller 19850312-1234, lyft till samrådet." },
        "escalationComment",
      ),
    ).toEqual([blocked(WHERE.escalationComment)]);
  });

  it("asks to confirm other details in the reason, the escalation comment and each measure", () => {
    const reason = { ...validDelTvaWithoutDialogue(), noDialogueReason: "Karl svarade inte på tre veckor." };
    expect(errorsAt(ZDelTvaStep, reason, "identifierConfirmations.noDialogueReason")).toEqual([
      confirm(WHERE.noDialogueReason, ["namn"]),
    ]);
    accepts(ZDelTvaStep, { ...reason, identifierConfirmations: { noDialogueReason: ["namn"] } });

    const comment = { ...validDelTva(), escalationComment: "Ring anhörig på 070-123 45 67 före mötet." };
    expect(errorsAt(ZDelTvaStep, comment, "escalationComment")).toEqual([]);
    expect(errorsAt(ZDelTvaStep, comment, "identifierConfirmations.escalationComment")).toEqual([
      confirm(WHERE.escalationComment, ["telefon"]),
    ]);
    accepts(ZDelTvaStep, { ...comment, identifierConfirmations: { escalationComment: ["telefon"] } });

    const measure = { ...validDelTva().measures[0]!, description: "Karl får en kontaktperson på BUP." };
    const withMeasure = { ...validDelTva(), measures: [validDelTva().measures[0]!, measure] };
    expect(errorsAt(ZDelTvaStep, withMeasure, "measures.1.identifierConfirmations.description")).toEqual([
      confirm(WHERE.measure, ["namn"]),
    ]);
    const data = accepts(ZDelTvaStep, {
      ...withMeasure,
      measures: [
        validDelTva().measures[0]!,
        { ...measure, identifierConfirmations: { description: ["namn"] } },
      ],
    }) as TDelTvaStep;
    expect(data.measures.map((m) => m.identifierConfirmations)).toEqual([
      undefined,
      { description: ["namn"] },
    ]);
  });

  it("does not ask to confirm texts the report does not keep", () => {
    accepts(ZDelTvaStep, { ...validDelTva(), noDialogueReason: "Karl svarade inte." });
    accepts(ZDelTvaStep, {
      ...validDelTvaWithoutDialogue(),
      measures: [{ description: "Karl får stöd.", responsibleParty: "", targetDate: "" }],
    });
  });

  it("keeps the escalation comment optional and accepts a reason left behind after answering ja", () => {
    accepts(ZDelTvaStep, { ...validDelTva(), escalationComment: "" });
    const data = accepts(ZDelTvaStep, {
      ...validDelTva(),
      noDialogueReason: "Skrevs före dialogen, utan svar.",
    }) as TDelTvaStep;
    expect(data.noDialogueReason).toBe("Skrevs före dialogen, utan svar.");
  });

  it("empties a text left behind that holds a personnummer, so it is never stored", () => {
    const afterJa = accepts(ZDelTvaStep, {
      ...validDelTva(),
      noDialogueReason: "Skrevs före dialogen: 19850312-1234.",
    }) as TDelTvaStep;
    expect(afterJa.noDialogueReason).toBe("");
    const afterNej = accepts(ZDelTvaStep, {
      ...validDelTvaWithoutDialogue(),
      dialogueDate: "850312-1234",
      participants: [{ organisation: "Anhörig till 850312-1234", role: "" }],
    }) as TDelTvaStep;
    expect(afterNej.dialogueDate).toBe("");
    expect(afterNej.participants).toEqual([{ organisation: "", role: "" }]);
  });

  it("refuses an escalation comment or a reason over 2000 characters", () => {
    expect(
      errorsAt(ZDelTvaStep, { ...validDelTva(), escalationComment: long(2001) }, "escalationComment"),
    ).toEqual(["Kommentaren får vara högst 2000 tecken."]);
    expect(
      errorsAt(
        ZDelTvaStep,
        { ...validDelTvaWithoutDialogue(), noDialogueReason: long(2001) },
        "noDialogueReason",
      ),
    ).toEqual(["Förklaringen får vara högst 2000 tecken."]);
  });
});

describe("ZReportSubmission (the whole report)", () => {
  it("accepts a report with every step answered", () => {
    accepts(ZReportSubmission, validSteps());
  });

  it("refuses a report whose del två is missing", () => {
    const delEttOnly: Record<string, unknown> = { ...validSteps() };
    delete delEttOnly.delTva;
    const result = ZReportSubmission.safeParse(delEttOnly);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain("delTva");
  });

  it("refuses a report where one step is invalid", () => {
    const steps = validSteps();
    const result = ZReportSubmission.safeParse({
      ...steps,
      reporter: { ...steps.reporter, reporterEmail: "fel" },
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["reporter.reporterEmail"]);
  });
});

describe("ZPartnerComment (the samverkanspart's comment)", () => {
  const comment = {
    organisation: "Vuxenpsykiatrin",
    role: "Enhetschef",
    comment: "Vi instämmer i beskrivningen av händelsen.",
  };

  it("accepts a comment with organisation and role", () => {
    accepts(ZPartnerComment, comment);
  });

  it("asks for the commenter's organisation and role", () => {
    expect(errorsAt(ZPartnerComment, { ...comment, organisation: "" }, "organisation")).toEqual([
      "Fyll i din organisation.",
    ]);
    expect(errorsAt(ZPartnerComment, { ...comment, role: " " }, "role")).toEqual(["Fyll i din roll."]);
  });

  it("refuses a personnummer in the comment", () => {
    expect(
      errorsAt(ZPartnerComment, { ...comment, comment: "Gäller 850312-1234, vi har svarat." }, "comment"),
    ).toEqual([blocked(WHERE.partnerComment)]);
  });

  it("asks the partner to confirm other details in the comment", () => {
    const withName = { ...comment, comment: "Vi har pratat med Karl om saken." };
    expect(errorsAt(ZPartnerComment, withName, "identifierConfirmations.comment")).toEqual([
      confirm(WHERE.partnerComment, ["namn"]),
    ]);
    accepts(ZPartnerComment, { ...withName, identifierConfirmations: { comment: ["namn"] } });
  });

  it("refuses a comment that is too short or over 4000 characters", () => {
    expect(errorsAt(ZPartnerComment, { ...comment, comment: "Ok" }, "comment")).toEqual([
      "Kommentaren behöver vara minst 5 tecken.",
    ]);
    expect(errorsAt(ZPartnerComment, { ...comment, comment: long(4001) }, "comment")).toEqual([
      "Kommentaren får vara högst 4000 tecken.",
    ]);
  });
});

describe("ZFollowUpCode", () => {
  it("asks for the code when it is empty", () => {
    expect(errorsAt(ZFollowUpCode, { code: "  " }, "code")).toEqual(["Fyll i din uppföljningskod."]);
  });

  it("says the code is too short when part of it is missing", () => {
    expect(errorsAt(ZFollowUpCode, { code: "ABCDE-FGHJK" }, "code")).toEqual([
      "Koden är för kort. Kontrollera att du skrivit av hela koden.",
    ]);
  });

  it("accepts a code typed in lower case with spaces and returns it without separators", () => {
    const data = accepts(ZFollowUpCode, { code: " abcde fghjk-mnpqr stvwx yz012 3 " }) as { code: string };
    expect(data.code).toBe("ABCDEFGHJKMNPQRSTVWXYZ0123");
  });
});

describe("ZPartnerLinkRequest", () => {
  it("accepts the partner's e-mail address", () => {
    const data = accepts(ZPartnerLinkRequest, { email: " part@region.example.se " }) as { email: string };
    expect(data.email).toBe("part@region.example.se");
  });

  it("asks for an address and refuses one that is not an e-mail address", () => {
    expect(errorsAt(ZPartnerLinkRequest, { email: "" }, "email")).toEqual([
      "Fyll i samverkanspartens e-postadress.",
    ]);
    expect(errorsAt(ZPartnerLinkRequest, { email: "part at region" }, "email")).toEqual([
      "Skriv e-postadressen som namn@exempel.se.",
    ]);
  });
});
