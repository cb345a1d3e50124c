import { describe, expect, it } from "vitest";
import { directionsOf } from "@/lib/statistics/compute";
import { org, statCase } from "./fixtures";

describe("the direction of a brist", () => {
  it("pairs the reporter's huvudman with the partner's", () => {
    expect(directionsOf(statCase("a", { partnerOrganisations: [org.vux] }))).toEqual(["KOMMUN_REGION"]);
    expect(
      directionsOf(statCase("b", { reporterOrganisation: org.bup, partnerOrganisations: [org.hoganas] })),
    ).toEqual(["REGION_KOMMUN"]);
    expect(directionsOf(statCase("c", { partnerOrganisations: [org.hoganas] }))).toEqual(["KOMMUN_KOMMUN"]);
    expect(
      directionsOf(statCase("d", { reporterOrganisation: org.vux, partnerOrganisations: [org.bup] })),
    ).toEqual(["REGION_REGION"]);
  });

  it("counts two partners of the same huvudman once", () => {
    expect(directionsOf(statCase("a", { partnerOrganisations: [org.vux, org.bup] }))).toEqual([
      "KOMMUN_REGION",
    ]);
  });

  it("gives one direction per distinct partner huvudman", () => {
    expect(directionsOf(statCase("a", { partnerOrganisations: [org.hoganas, org.vux] }))).toEqual([
      "KOMMUN_REGION",
      "KOMMUN_KOMMUN",
    ]);
  });

  it("is 'övrig aktör inblandad' when an övrig aktör reports or takes part", () => {
    expect(
      directionsOf(statCase("a", { reporterOrganisation: org.privat, partnerOrganisations: [org.vux] })),
    ).toEqual(["OVRIG"]);
    expect(directionsOf(statCase("b", { reporterOrganisation: org.privat }))).toEqual(["OVRIG"]);
    expect(directionsOf(statCase("c", { partnerOrganisations: [org.vux, org.privat] }))).toEqual([
      "KOMMUN_REGION",
      "OVRIG",
    ]);
  });

  it("uses partner huvudmän given without an organisation", () => {
    expect(directionsOf(statCase("a", { partnerHuvudman: ["REGION", "REGION"] }))).toEqual(["KOMMUN_REGION"]);
  });

  it("uses the recorded huvudman of a withheld reporting organisation", () => {
    const c = statCase("a", {
      reporterOrganisation: null,
      reporterHuvudman: "REGION",
      partnerHuvudman: ["KOMMUN"],
    });
    expect(directionsOf(c)).toEqual(["REGION_KOMMUN"]);
  });

  it("is unknown without a reporter huvudman or without partners", () => {
    expect(
      directionsOf(statCase("a", { reporterOrganisation: null, partnerOrganisations: [org.vux] })),
    ).toEqual(["UNKNOWN"]);
    expect(directionsOf(statCase("b"))).toEqual(["UNKNOWN"]);
    // An övrig partner is known even when the reporter is not; then there is no unknown.
    expect(
      directionsOf(
        statCase("c", { reporterOrganisation: null, partnerOrganisations: [org.vux, org.privat] }),
      ),
    ).toEqual(["OVRIG"]);
  });
});
