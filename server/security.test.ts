import { describe, expect, it } from "vitest";
import { clientKey, contentSecurityPolicy, isCrossSiteWrite } from "./security";

describe("cross-site write check", () => {
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite("GET", "app.example", "https://evil.example", "cross-site")).toBe(false);
  });

  it("accepts same-origin posts and refuses others", () => {
    expect(isCrossSiteWrite("POST", "app.example", "https://app.example", "same-origin")).toBe(false);
    expect(isCrossSiteWrite("POST", "app.example", "https://evil.example", undefined)).toBe(true);
    expect(isCrossSiteWrite("POST", "app.example", "null", undefined)).toBe(true);
    expect(isCrossSiteWrite("POST", "app.example", "null", "cross-site")).toBe(true);
    // A plain form post from our own no-referrer page: Origin is "null", Sec-Fetch-Site tells the truth.
    expect(isCrossSiteWrite("POST", "app.example", "null", "same-origin")).toBe(false);
    expect(isCrossSiteWrite("POST", "app.example", undefined, "cross-site")).toBe(true);
    expect(isCrossSiteWrite("POST", "app.example", undefined, "same-site")).toBe(true);
    expect(isCrossSiteWrite("POST", "app.example", undefined, "same-origin")).toBe(false);
  });

  it("lets non-browser clients without Origin or Sec-Fetch-Site through (they carry no victim's cookies)", () => {
    expect(isCrossSiteWrite("POST", "app.example", undefined, undefined)).toBe(false);
  });
});

describe("client key", () => {
  it("is stable within a process, differs between addresses and never contains the address", () => {
    expect(clientKey("203.0.113.7")).toBe(clientKey("203.0.113.7"));
    expect(clientKey("203.0.113.7")).not.toBe(clientKey("203.0.113.8"));
    expect(clientKey("203.0.113.7")).not.toContain("203");
  });
});

describe("content security policy", () => {
  it("allows only our own origin and the request's nonce", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("style-src 'self' 'nonce-abc'");
    expect(csp.replace("style-src-attr 'unsafe-inline'", "")).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
