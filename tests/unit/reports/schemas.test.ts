import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
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
function errorsAt(schema: z.ZodType, value: unknown, path: string): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.join(".") === path).map((issue) => issue.message);
}

function accepts(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return result.data;
}

const long = (n: number) => "a".repeat(n);

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
      "Välj om du anger datum eller månad.",
    ]);
  });

  it("refuses a date that is not written as ÅÅÅÅ-MM-DD", () => {
    for (const eventDate of ["", "14/10/2025", "2025-2-3", "den 12 mars"]) {
      expect(errorsAt(ZEventStep, { ...validEvent(), eventDate }, "eventDate"), eventDate).toEqual([
        "Ange ett datum som ÅÅÅÅ-MM-DD.",
      ]);
    }
  });

  it("says a well-written date that does not exist does not exist", () => {
    for (const eventDate of ["2025-02-30", "2025-02-29", "2025-13-01", "2025-04-31"]) {
      expect(errorsAt(ZEventStep, { ...validEvent(), eventDate }, "eventDate"), eventDate).toEqual([
        "Datumet finns inte.",
      ]);
    }
  });

  it("refuses an event date in the future but accepts today", () => {
    expect(errorsAt(ZEventStep, { ...validEvent(), eventDate: isoDay(2) }, "eventDate")).toEqual([
      "Datumet kan inte ligga i framtiden.",
    ]);
    accepts(ZEventStep, { ...validEvent(), eventDate: isoDay(0) });
  });

  it("refuses a month that is malformed or in the future", () => {
    const month = { ...validEvent(), eventTiming: "manad", eventDate: "" };
    expect(errorsAt(ZEventStep, { ...month, eventMonth: "2025-13" }, "eventMonth")).toEqual([
      "Ange månaden som ÅÅÅÅ-MM.",
    ]);
    expect(errorsAt(ZEventStep, { ...month, eventMonth: "oktober" }, "eventMonth")).toEqual([
      "Ange månaden som ÅÅÅÅ-MM.",
    ]);
    expect(errorsAt(ZEventStep, { ...month, eventMonth: isoDay(40).slice(0, 7) }, "eventMonth")).toEqual([
      "Månaden kan inte ligga i framtiden.",
    ]);
  });

  it("asks for at least one area", () => {
    expect(errorsAt(ZEventStep, { ...validEvent(), areaIds: [] }, "areaIds")).toEqual([
      "Välj minst ett område.",
    ]);
  });

  it("lets the age group be left empty but refuses an unknown one", () => {
    accepts(ZEventStep, { ...validEvent(), ageGroup: "" });
    expect(errorsAt(ZEventStep, { ...validEvent(), ageGroup: "TONARING" }, "ageGroup")).toEqual([
      "Välj en åldersgrupp eller lämna tomt.",
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
      "Datumet kan inte ligga i framtiden.",
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

  it("accepts ordinary dates and week numbers in the description", () => {
    accepts(ZDescriptionStep, {
      ...validDescription(),
      description:
        "SIP-möte den 12 mars vecka 12 där kommunen inte kom. Enligt lag 2017:612 ska kallelse skickas inom 3 dagar.",
    });
  });

  it("refuses a personnummer in the description", () => {
    const [message] = errorsAt(
      ZDescriptionStep,
      { ...validDescription(), description: "Personen med personnummer 19850312-1234 fick ingen SIP i tid." },
      "description",
    );
    expect(message).toBe(
      "Ta bort uppgifter som kan identifiera personen (personnummer). Beskriv utan personnummer, telefonnummer, e-post eller adress.",
    );
  });

  it("refuses a phone number, an e-mail address or a street address in the description", () => {
    for (const [text, kind] of [
      ["Anhöriga nås på 070-123 45 67 men ingen ringde tillbaka.", "telefon"],
      ["Mejla anhorig.namn@example.se om du vill veta mer om ärendet.", "epost"],
      ["Personen bor på Storgatan 12 och fick inget boendestöd.", "adress"],
    ] as const) {
      const messages = errorsAt(
        ZDescriptionStep,
        { ...validDescription(), description: text },
        "description",
      );
      expect(messages, text).toHaveLength(1);
      expect(messages[0]).toContain(`(${kind})`);
    }
  });

  it("refuses a personnummer in the actions taken", () => {
    expect(
      errorsAt(
        ZDescriptionStep,
        { ...validDescription(), actionsTaken: "Vi sökte på 850312-1234 i journalen." },
        "actionsTaken",
      ),
    ).toHaveLength(1);
  });

  it("does not refuse a name (it is only warned about in the form)", () => {
    accepts(ZDescriptionStep, {
      ...validDescription(),
      description: "Patienten heter Karl och väntade i tre veckor på en SIP.",
    });
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
    expect(errorsAt(ZMeasure, { ...measure, targetDate: "30/2 2026" }, "targetDate")).toEqual([
      "Ange måldatum som ÅÅÅÅ-MM-DD.",
    ]);
    expect(errorsAt(ZMeasure, { ...measure, targetDate: "2026-02-30" }, "targetDate")).toEqual([
      "Datumet finns inte.",
    ]);
  });

  it("refuses identifying details in a measure", () => {
    expect(
      errorsAt(ZMeasure, { ...measure, description: "Ring 0701234567 varje fredag." }, "description"),
    ).toHaveLength(1);
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
      "Ange datum för dialogen som ÅÅÅÅ-MM-DD.",
    ]);
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), dialogueDate: "2025-02-29" }, "dialogueDate")).toEqual([
      "Datumet finns inte.",
    ]);
    expect(errorsAt(ZDelTvaStep, { ...validDelTva(), dialogueDate: isoDay(3) }, "dialogueDate")).toEqual([
      "Dialogen kan inte ha skett i framtiden.",
    ]);
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

  it("refuses identifying details in the reason for no dialogue and in the escalation comment", () => {
    const [message] = errorsAt(
      ZDelTvaStep,
      { ...validDelTvaWithoutDialogue(), noDialogueReason: "Anhöriga till 19850312-1234 svarade inte." },
      "noDialogueReason",
    );
    expect(message).toBe(
      "Ta bort uppgifter som kan identifiera personen (personnummer). Beskriv utan personnummer, telefonnummer, e-post eller adress.",
    );
    expect(
      errorsAt(
        ZDelTvaStep,
        { ...validDelTva(), escalationComment: "Ring anhörig på 070-123 45 67 före mötet." },
        "escalationComment",
      ),
    ).toEqual([expect.stringContaining("(telefon)")]);
  });

  it("keeps the escalation comment optional and ignores a reason left behind after answering ja", () => {
    accepts(ZDelTvaStep, { ...validDelTva(), escalationComment: "" });
    accepts(ZDelTvaStep, { ...validDelTva(), noDialogueReason: "Skrevs före dialogen: 19850312-1234." });
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
    ).toHaveLength(1);
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
