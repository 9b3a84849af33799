import { describe, expect, it } from "vitest";
import { detectLanguage, fromAcceptLanguage } from "./detect.server";

const request = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers });

describe("language detection", () => {
  it("puts ?lng= first", () => {
    expect(detectLanguage(request("/?lng=cy", { Cookie: "lng=en", "Accept-Language": "en" }), "en")).toBe("cy");
  });

  it("then the cookie, then the saved preference, then Accept-Language", () => {
    expect(detectLanguage(request("/", { Cookie: "a=b; lng=cy" }), "en")).toBe("cy");
    expect(detectLanguage(request("/", { "Accept-Language": "en-GB" }), "cy")).toBe("cy");
    expect(detectLanguage(request("/", { "Accept-Language": "cy-GB,en;q=0.5" }))).toBe("cy");
  });

  it("ignores unsupported values and falls back to English", () => {
    expect(detectLanguage(request("/?lng=fr", { Cookie: "lng=de", "Accept-Language": "fr" }), "xx")).toBe("en");
  });

  it("respects quality values in Accept-Language", () => {
    expect(fromAcceptLanguage("en;q=0.4, cy;q=0.9")).toBe("cy");
    expect(fromAcceptLanguage("fr, cy;q=0")).toBeUndefined();
  });
});
