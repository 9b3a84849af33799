import { describe, expect, it } from "vitest";
import { Metrics, routeOf } from "./observability";

describe("route names in logs and metrics", () => {
  it("drop query strings, and replace ids and tokens", () => {
    expect(routeOf("/s/demo-reporting?lng=cy&channel=poster", 200)).toBe("/s/demo-reporting");
    expect(routeOf("/welcome/Zx9_aB3kLmNoPqRsTuVwXyZ0123456789abcd", 200)).toBe("/welcome/:token");
    expect(routeOf("/surveys/12/questions/vc-01-understood", 200)).toBe("/surveys/:id/questions/vc-01-understood");
    expect(routeOf("/anything/at/all?x=1", 404)).toBe("unmatched");
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
