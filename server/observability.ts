import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import pino from "pino";

/**
 * Structured logs and metrics. What is never recorded: the client's address,
 * user agent, referrer, query strings, form contents, tokens in paths.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? "info") {
  return pino({ level, base: { service: "victim-voice" }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type Logger = ReturnType<typeof createLogger>;

const TOKEN = /^[A-Za-z0-9_-]{20,}$/;

/** Respondent pages: /s/<survey>/…, /o/<organisation>/…. */
const RESPONDENT = /^\/(s|o)\/[^/]+/;

export const isRespondentRequest = (url: string) => RESPONDENT.test(url.split("?")[0]);

/** The route a request hit, with ids, tokens and respondent addresses replaced, and never its query string. */
export function routeOf(url: string, status: number): string {
  if (status === 404) return "unmatched";
  const pathname = url
    .split("?")[0]
    .split("#")[0]
    .replace(RESPONDENT, (_match, kind: string) => (kind === "s" ? "/s/:survey" : "/o/:organisation"));
  return (
    pathname
      .split("/")
      .map((part) => (/^\d+$/.test(part) ? ":id" : TOKEN.test(part) ? ":token" : part))
      .join("/")
      .slice(0, 120) || "/"
  );
}

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class Metrics {
  private requests = new Map<string, number>();
  private histogram = new Map<string, { buckets: number[]; sum: number; count: number }>();

  observe(route: string, status: number, seconds: number) {
    const key = `${route}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const h = this.histogram.get(route) ?? { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) h.buckets[i] += 1;
    });
    h.sum += seconds;
    h.count += 1;
    this.histogram.set(route, h);
  }

  render(figures: Record<string, number | null>): string {
    const label = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
    const lines = ["# HELP http_requests_total Requests by route and status.", "# TYPE http_requests_total counter"];
    for (const [key, n] of this.requests) {
      const [route, status] = key.split("\u0000");
      lines.push(`http_requests_total{route="${label(route)}",status="${status}"} ${n}`);
    }
    lines.push(
      "# HELP http_request_duration_seconds Time to answer, by route.",
      "# TYPE http_request_duration_seconds histogram",
    );
    for (const [route, h] of this.histogram) {
      BUCKETS.forEach((le, i) =>
        lines.push(`http_request_duration_seconds_bucket{route="${label(route)}",le="${le}"} ${h.buckets[i]}`),
      );
      lines.push(`http_request_duration_seconds_bucket{route="${label(route)}",le="+Inf"} ${h.count}`);
      lines.push(`http_request_duration_seconds_sum{route="${label(route)}"} ${h.sum}`);
      lines.push(`http_request_duration_seconds_count{route="${label(route)}"} ${h.count}`);
    }
    for (const [name, value] of Object.entries(figures)) {
      if (value === null) continue;
      lines.push(`# TYPE ${name} gauge`, `${name} ${value}`);
    }
    return `${lines.join("\n")}\n`;
  }
}

/**
 * Respondent requests are never logged one by one: a line with a time, or
 * between two timed lines, could be lined up with a stored response. They are
 * counted, and the counts are logged at most every ten minutes.
 */
class RespondentSummary {
  private counts = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly everyMs: number,
  ) {}

  add(key: string) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.everyMs);
    this.timer.unref();
  }

  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.counts.size === 0) return;
    this.logger.info({ counts: Object.fromEntries([...this.counts].sort()) }, "respondent requests");
    this.counts.clear();
  }
}

/** One log line per staff request: id, method, route, status and duration. Nothing about who asked. */
export function requestLogging(logger: Logger, metrics: Metrics, summaryEveryMs = 10 * 60 * 1000) {
  const summary = new RespondentSummary(logger, summaryEveryMs);
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader("X-Request-Id", requestId);
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req.originalUrl, res.statusCode);
      metrics.observe(route, res.statusCode, seconds);
      if (isRespondentRequest(req.originalUrl)) summary.add(`${req.method} ${route} ${res.statusCode}`);
      else
        logger.info({ requestId, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) }, "request");
    });
    next();
  };
}

/** GET /metrics: off unless METRICS_TOKEN is set, and then only with that bearer token. */
export function metricsEndpoint(metrics: Metrics, token: string | undefined, figures: () => Record<string, number | null>) {
  return (req: Request, res: Response) => {
    if (!token) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.status(401).setHeader("WWW-Authenticate", "Bearer").type("text/plain").send("A metrics token is needed.");
      return;
    }
    res.type("text/plain; version=0.0.4").send(metrics.render(figures()));
  };
}
