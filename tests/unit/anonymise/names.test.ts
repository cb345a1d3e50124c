import { describe, expect, it } from "vitest";
import { detectIdentifiers as detectLight } from "@/lib/anonymise/detect-identifiers";
import { detectIdentifiers as detectFull } from "@/lib/anonymise/detect-identifiers-full";

const names = (hits: ReturnType<typeof detectLight>) =>
  hits.filter((hit) => hit.kind === "namn").map((hit) => [hit.match, hit.confidence]);

describe.each([
  ["light", detectLight],
  ["full", detectFull],
])("names (%s check)", (_label, detect) => {
  const found = (text: string, options?: Parameters<typeof detect>[1]) =>
    detect(text, options)
      .filter((hit) => hit.kind === "namn")
      .map((hit) => hit.match);

  it.each([
    ["Vi ringde Anna Svensson i går.", ["Anna Svensson"]],
    ["Mohammed Al-Hassan kom inte till mötet.", ["Mohammed Al-Hassan"]],
    ["Kallelsen gick till Hodan Farah och Yonas Tesfaye.", ["Hodan Farah", "Yonas Tesfaye"]],
    ["Lars-Erik bor kvar hemma.", ["Lars-Erik"]],
    ["Fatimas mamma ringde.", ["Fatimas"]],
    ["Familjehemmet drivs av Lucas van der Berg.", ["Lucas van der Berg"]],
    ["Svensson på avdelningen lovade att ringa.", ["Svensson"]],
    ["Kontakt med Dr. Berg på vårdcentralen.", ["Berg"]],
  ])("finds the name in %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("reads a name that is also a word as a name beside a surname or in mid-sentence only", () => {
    expect(found("Per vecka kommer tio kallelser.")).toEqual([]);
    expect(found("Hans mamma fick inte veta något.")).toEqual([]);
    expect(found("Inga insatser fanns på plats.")).toEqual([]);
    expect(found("Tala med enhetschefen först.")).toEqual([]);
    expect(found("Per Svensson ringde.")).toEqual(["Per Svensson"]);
    expect(found("Vi pratade med Per om planen.")).toEqual(["Per"]);
    expect(found("Han heter Bo.")).toEqual(["Bo"]);
  });

  it.each([
    ["Helsingborgs lasarett skrev ut patienten till Vuxenpsykiatri Ängelholm."],
    ["Region Skåne och Familjen Helsingborg har en överenskommelse."],
    ["Höganäs kommun, Försäkringskassan och Arbetsförmedlingen kallades."],
    ["SiS och Personligt Ombud deltog inte."],
    ["Enligt SoL 2 kap. 1 §, LSS 9 §, HSL, LPT, LVM och LVU samt lag 2017:612."],
    ["Planen finns i Mina planer, inte i Cosmic eller Lifecare; SIP och SVU gäller."],
    ["Ärendet BIS-2026-0003 gäller 2025 och 14 personer."],
    ["Måndag i mars ringde ingen. Tisdag kom kallelsen. Juni var lugnare."],
    ["Maria Skåne Nordväst och Sankt Lars tog emot remissen."],
  ])("does not flag the domain's everyday text: %j", (text) => {
    expect(detect(text)).toEqual([]);
  });

  it("takes extra allowed names from the reference data, a multi-part name part by part", () => {
    const text = "Kallelsen gick till Vårdboendet Linnea och till Team Mirsad.";
    expect(found(text)).toEqual(["Linnea", "Mirsad"]);
    expect(found(text, { allow: ["Vårdboendet Linnea", "Region Skåne – Team Mirsad (Höganäs)"] })).toEqual(
      [],
    );
  });
});

describe("words that are no Swedish word", () => {
  it("are possible names for the full check only", () => {
    const text = "Vi träffade Krasniqi på boendet.";
    expect(names(detectLight(text))).toEqual([]);
    expect(names(detectFull(text))).toEqual([["Krasniqi", "possible"]]);
  });

  it("join a listed name beside them, which makes the whole name certain", () => {
    expect(names(detectFull("Xhemile Krasniqi kom till mötet."))).toEqual([["Xhemile Krasniqi", "possible"]]);
    expect(names(detectFull("Brikena Hasanović kom till mötet."))).toEqual([
      ["Brikena Hasanović", "certain"],
    ]);
  });

  it("are not flagged when they are Swedish compounds, places or compounds of a place", () => {
    const text =
      "Utskrivningsmeddelandet kom till Tågaborgsskolan. Boendestödjarnas rutin gäller i Ängelholm och Hässleholm.";
    expect(detectFull(text)).toEqual([]);
  });
});
