import { describe, expect, it } from "vitest";
import { suggestNextStep, type NextStepCase } from "./suggest-next-step";

const base: NextStepCase = {
  status: "INKOMMEN",
  hasCategories: false,
  hasCoordinatorMessage: false,
  redaction: "NONE",
};
const step = (c: Partial<NextStepCase>) => suggestNextStep({ ...base, ...c });

describe("suggestNextStep", () => {
  it("asks for the diarienummer first", () => {
    expect(step({})).toMatchObject({ label: "Registrera diarienummer", target: "registrera" });
  });

  it("asks for categories before handling starts, then to start it", () => {
    expect(step({ status: "REGISTRERAD" })?.target).toBe("klassa");
    expect(step({ status: "REGISTRERAD", hasCategories: true })).toMatchObject({
      label: "Påbörja handläggningen",
      target: "status",
    });
  });

  it("asks for återkoppling until the reporter has had some, then to mark it", () => {
    expect(step({ status: "UNDER_HANDLAGGNING" })).toMatchObject({
      label: "Ge återkoppling",
      target: "meddelande",
    });
    expect(step({ status: "UNDER_HANDLAGGNING", hasCoordinatorMessage: true })?.label).toBe(
      "Markera som återkopplad",
    );
  });

  it("asks to anonymise until the record is approved, then to mark the case anonymised", () => {
    expect(step({ status: "ATERKOPPLAD" })).toMatchObject({
      label: "Avidentifiera",
      target: "avidentifiering",
    });
    expect(step({ status: "ATERKOPPLAD", redaction: "UTKAST" })?.reason).toMatch(/väntar på godkännande/);
    expect(step({ status: "ATERKOPPLAD", redaction: "GODKAND" })?.label).toBe("Markera som avidentifierad");
  });

  it("suggests closing an anonymised case and nothing for a closed or rejected one", () => {
    expect(step({ status: "AVIDENTIFIERAD", redaction: "GODKAND" })?.label).toBe("Avsluta ärendet");
    expect(step({ status: "AVSLUTAD" })).toBeNull();
    expect(step({ status: "AVVISAD" })).toBeNull();
  });
});
