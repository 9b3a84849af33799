import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../server-process";

/**
 * Runs the production server (the build that `npm test` makes first) and
 * drives requests that carry an address, a user agent, query strings, a
 * token in the path and form contents; none of them may reach the log.
 */
let server: RunningServer;
let base = "";

beforeAll(async () => {
  server = await startServer({
    DATABASE_URL: path.join(mkdtempSync(path.join(tmpdir(), "vv-logs-")), "logs.sqlite"),
    TRUST_PROXY: "1",
    METRICS_TOKEN: "metrics-token-for-the-log-test",
  });
  base = server.base;
}, 30_000);

afterAll(() => {
  server?.child.kill("SIGTERM");
});

const ADDRESS = "203.0.113.77";
const AGENT = "Mozilla/5.0 (SecretPhone; Survivor) VeryDistinctiveAgent/9.9";
const headers = { "X-Forwarded-For": ADDRESS, "User-Agent": AGENT, Referer: "https://refuge.example/secret-page" };

describe("server logs", () => {
  it("record route, status and timing, and never an address, user agent, referrer, query string, token or form contents", async () => {
    await fetch(`${base}/setup?lng=cy&secretQuery=domestic-abuse`, { headers });
    const form = new URLSearchParams({
      organisationName: "Heddlu Prawf",
      organisationNameCy: "Heddlu Prawf",
      slug: "prawf",
      name: "Private Person",
      email: "private.person@example.org",
      password: "a very private password",
      confirmPassword: "a very private password",
    });
    await fetch(`${base}/setup`, {
      method: "POST",
      body: form,
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Origin: base },
      redirect: "manual",
    });
    await fetch(`${base}/welcome/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz`, { headers });
    await fetch(`${base}/s/some-survey?channel=poster-in-refuge`, { headers });
    const metrics = await fetch(`${base}/metrics`, { headers: { Authorization: "Bearer metrics-token-for-the-log-test" } });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('http_requests_total{route="/setup",status="302"} 1');
    await new Promise((r) => setTimeout(r, 200));

    const output = server.output();
    const lines = output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line.msg === "request");
    expect(requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([
      "GET /setup 200",
      "POST /setup 302",
      "GET /welcome/:token 410",
      "GET /metrics 200",
    ]);
    for (const request of requests)
      expect(Object.keys(request).sort()).toEqual([
        "level",
        "method",
        "ms",
        "msg",
        "requestId",
        "route",
        "service",
        "status",
        "time",
      ]);
    for (const secret of [
      ADDRESS,
      "SecretPhone",
      "VeryDistinctiveAgent",
      "refuge.example",
      "secretQuery",
      "domestic-abuse",
      "poster-in-refuge",
      "AbCdEfGhIjKl",
      "private.person",
      "a very private password",
      "Private Person",
      "some-survey",
    ]) {
      expect(output, secret).not.toContain(secret);
    }
  });
});
