import { describe, expect, it } from "vitest";
import { signReceipt, verifyReceipt } from "@/lib/reports/receipt-token";

const SECRET = "en-hemlighet-for-testet-32-tecken";
const now = new Date("2026-03-02T10:00:00Z");
const inAnHour = new Date(now.getTime() + 60 * 60_000);

describe("the receipt cookie's value", () => {
  it("gives back the reference it was signed with until it expires", () => {
    const value = signReceipt("BIS-2026-0042", inAnHour, SECRET);
    expect(verifyReceipt(value, now, SECRET)).toBe("BIS-2026-0042");
    expect(verifyReceipt(value, inAnHour, SECRET)).toBeNull();
  });

  it("refuses another reference, a later expiry or another secret", () => {
    const value = signReceipt("BIS-2026-0042", inAnHour, SECRET);
    expect(verifyReceipt(value.replace("0042", "0043"), now, SECRET)).toBeNull();
    const later = String(inAnHour.getTime() + 86_400_000);
    expect(verifyReceipt(value.replace(String(inAnHour.getTime()), later), now, SECRET)).toBeNull();
    expect(verifyReceipt(value, now, "en-annan-hemlighet-med-32-tecken")).toBeNull();
  });

  it("refuses anything that is not a signed receipt", () => {
    for (const value of ["", "BIS-2026-0042", "x.y.z", `BIS-2026-0042.${inAnHour.getTime()}.kort`]) {
      expect(verifyReceipt(value, now, SECRET)).toBeNull();
    }
  });
});
