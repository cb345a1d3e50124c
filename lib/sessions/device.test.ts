import { describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/sessions/device";

describe("describeDevice", () => {
  it("names the browser and system of common user agents", () => {
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      ),
    ).toBe("Edge på Windows");
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome på Windows");
    expect(
      describeDevice("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0"),
    ).toBe("Firefox på Mac");
    expect(
      describeDevice(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari på iPhone");
    expect(
      describeDevice(
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
      ),
    ).toBe("Samsung Internet på Android");
  });

  it("says so when it can't tell", () => {
    expect(describeDevice(null)).toBe("Okänd enhet");
    expect(describeDevice("")).toBe("Okänd enhet");
    expect(describeDevice("curl/8.5.0")).toBe("Okänd enhet");
  });
});
