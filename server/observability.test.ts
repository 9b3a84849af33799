import { describe, expect, it } from "vitest";
import { Metrics, routeOf } from "./observability";

describe("route names in logs and metrics", () => {
  it("drop query strings, and replace ids and tokens", () => {
    expect(routeOf("/s/demo-reporting?lng=cy&channel=poster", 200)).toBe("/s/:survey");
    expect(routeOf("/s/domestic-abuse-survivors/answer", 400)).toBe("/s/:survey/answer");
    expect(routeOf("/o/gwent/you-said-we-did", 200)).toBe("/o/:organisation/you-said-we-did");
    expect(routeOf("/welcome/Zx9_aB3kLmNoPqRsTuVwXyZ0123456789abcd", 200)).toBe("/welcome/:token");
    expect(routeOf("/surveys/12/questions/vc-01-understood", 200)).toBe("/surveys/:id/questions/vc-01-understood");
    expect(routeOf("/anything/at/all?x=1", 404)).toBe("unmatched");
  });
});

describe("respondent requests", () => {
  it("are never logged one by one: only counted, and the counts logged later in one line", async () => {
    const { requestLogging } = await import("./observability");
    const lines: { fields: Record<string, unknown>; msg: string }[] = [];
    const logger = { info: (fields: Record<string, unknown>, msg: string) => lines.push({ fields, msg }) };
    const middleware = requestLogging(logger as never, new Metrics(), 20);
    const finish = (url: string, method = "GET", status = 200) => {
      const handlers: (() => void)[] = [];
      const res = { statusCode: status, setHeader() {}, on: (_e: string, fn: () => void) => handlers.push(fn) };
      middleware({ originalUrl: url, method } as never, res as never, () => undefined);
      handlers.forEach((fn) => fn());
    };
    finish("/s/dv-survey/answer?lng=cy", "POST");
    finish("/s/dv-survey/answer", "POST");
    finish("/o/gwent");
    finish("/sign-in");
    expect(lines.map((l) => l.msg)).toEqual(["request"]);
    await new Promise((r) => setTimeout(r, 60));
    expect(lines.map((l) => l.msg)).toEqual(["request", "respondent requests"]);
    expect(lines[1].fields).toEqual({ counts: { "GET /o/:organisation 200": 1, "POST /s/:survey/answer 200": 2 } });
  });
});

describe("metrics", () => {
  it("renders request counts, a latency histogram and stored figures in Prometheus text", () => {
    const metrics = new Metrics();
    metrics.observe("/healthz", 200, 0.003);
    metrics.observe("/healthz", 200, 0.2);
    metrics.observe("/sign-in", 400, 0.06);
    const text = metrics.render({ backup_age_seconds: 120, purge_runs_total: 0, absent: null });
    expect(text).toContain('http_requests_total{route="/healthz",status="200"} 2');
    expect(text).toContain('http_requests_total{route="/sign-in",status="400"} 1');
    expect(text).toContain('http_request_duration_seconds_bucket{route="/healthz",le="0.005"} 1');
    expect(text).toContain('http_request_duration_seconds_bucket{route="/healthz",le="0.25"} 2');
    expect(text).toContain('http_request_duration_seconds_count{route="/healthz"} 2');
    expect(text).toContain("backup_age_seconds 120");
    expect(text).not.toContain("absent");
  });
});

describe("the metrics endpoint", () => {
  const call = async (token: string | undefined, authorization?: string) => {
    const { metricsEndpoint } = await import("./observability");
    const result = { status: 200, body: "" };
    const res = {
      status(code: number) {
        result.status = code;
        return this;
      },
      setHeader() {
        return this;
      },
      type() {
        return this;
      },
      send(body: string) {
        result.body = body;
        return this;
      },
    };
    metricsEndpoint(new Metrics(), token, () => ({ backup_age_seconds: 5 }))(
      { headers: authorization ? { authorization } : {} } as never,
      res as never,
    );
    return result;
  };

  it("is off without a configured token, refuses without the right token, and answers with it", async () => {
    expect((await call(undefined, "Bearer anything")).status).toBe(404);
    expect((await call("a-long-metrics-token-123")).status).toBe(401);
    expect((await call("a-long-metrics-token-123", "Bearer wrong")).status).toBe(401);
    const ok = await call("a-long-metrics-token-123", "Bearer a-long-metrics-token-123");
    expect(ok.status).toBe(200);
    expect(ok.body).toContain("backup_age_seconds 5");
  });
});
