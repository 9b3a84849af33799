import { describe, expect, it } from "vitest";
import { attachment, fileSafe, qrFileName, surveyLink } from "./links";

describe("surveyLink", () => {
  it("adds the channel code, and nothing else, to the public address", () => {
    expect(surveyLink("https://voice.example.org", "rights-2027")).toBe("https://voice.example.org/s/rights-2027");
    expect(surveyLink("https://voice.example.org/", "rights-2027", "abcdefghjk")).toBe(
      "https://voice.example.org/s/rights-2027?ch=abcdefghjk",
    );
  });
});

describe("file names", () => {
  it("are safe for any label, in English or Welsh", () => {
    expect(fileSafe("Poster in custody suite")).toBe("poster-in-custody-suite");
    expect(fileSafe("Neges destun: Hwb Dioddefwyr ŵ ŷ")).toBe("neges-destun-hwb-dioddefwyr-w-y");
    expect(fileSafe('"; rm -rf / ..\\')).toBe("rm-rf");
    expect(qrFileName("rights-2027", "Victim hub text", 4, "png")).toBe("rights-2027-victim-hub-text-qr.png");
    expect(qrFileName("rights-2027", "!!!", 4, "svg")).toBe("rights-2027-channel-4-qr.svg");
    expect(attachment("a-b-qr.svg")).toBe('attachment; filename="a-b-qr.svg"');
  });
});
