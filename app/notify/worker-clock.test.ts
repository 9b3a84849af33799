import { afterEach, describe, expect, it } from "vitest";
import { config, resetConfigForTests } from "../config.server";
import { notifyWorkerClock } from "./worker.server";

const saved = { fake: process.env.NOTIFY_FAKE_NOW, base: process.env.NOTIFY_BASE_URL };

function setEnv(fake: string | undefined, base: string | undefined) {
  for (const [name, value] of [
    ["NOTIFY_FAKE_NOW", fake],
    ["NOTIFY_BASE_URL", base],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetConfigForTests();
}

afterEach(() => setEnv(saved.fake, saved.base));

describe("the sending worker's test clock (NOTIFY_FAKE_NOW)", () => {
  it("is refused unless Notify is the local stand-in, so no real sending runs on a fake clock", () => {
    setEnv("2026-12-08T21:00:00Z", undefined);
    expect(() => config()).toThrow(/^Configuration error: NOTIFY_FAKE_NOW: is for tests against the local Notify stand-in only/);
    setEnv("2026-12-08T21:00:00Z", "https://api.notifications.service.gov.uk");
    expect(() => config()).toThrow(/NOTIFY_FAKE_NOW/);
    setEnv("tomorrow evening", "http://127.0.0.1:9999");
    expect(() => config()).toThrow(/NOTIFY_FAKE_NOW: must be a date and time/);
  });

  it("against the stand-in, starts at the given instant and runs on in real time", async () => {
    setEnv("2026-12-08T21:00:00Z", "http://127.0.0.1:9999");
    const now = notifyWorkerClock();
    const first = now().getTime();
    expect(first - Date.parse("2026-12-08T21:00:00Z")).toBeGreaterThanOrEqual(0);
    expect(first - Date.parse("2026-12-08T21:00:00Z")).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(now().getTime()).toBeGreaterThan(first);
  });

  it("is the real clock when unset", () => {
    setEnv(undefined, "http://127.0.0.1:9999");
    expect(Math.abs(notifyWorkerClock()().getTime() - Date.now())).toBeLessThan(1000);
  });
});
