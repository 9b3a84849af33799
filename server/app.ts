import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { ViteDevServer } from "vite";
import { metricsEndpoint, requestLogging, type Logger, type Metrics } from "./observability";
import { clientKey, limitBodySize, rejectCrossSiteWrites, securityHeaders } from "./security";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce for inline scripts and styles (Content-Security-Policy). */
    cspNonce: string;
    /** Salted hash of the client's address; for in-memory rate limits only, never stored or logged. */
    clientKey: string;
  }
}

const LANGUAGES = new Set(["en", "cy"]);
/** Respondent pages set no cookies at all: the language travels in the address. */
const RESPONDENT_PATHS = /^\/(s|o)(\/|$)/;

export type AppOptions = {
  production: boolean;
  trustProxy?: string;
  build: ServerBuild | (() => Promise<ServerBuild>);
  viteDevServer?: ViteDevServer;
  logger: Logger;
  metrics: Metrics;
  metricsToken?: string;
  /** How often counts of respondent requests are logged (they are never logged one by one). */
  respondentSummaryMs?: number;
  /** Figures kept in the database, for /metrics. */
  figures: () => Record<string, number | null>;
};

export function createApp(options: AppOptions) {
  const app = express();
  app.disable("x-powered-by");
  if (options.trustProxy) app.set("trust proxy", options.trustProxy);

  app.use(requestLogging(options.logger, options.metrics, options.respondentSummaryMs));
  app.get("/metrics", metricsEndpoint(options.metrics, options.metricsToken, options.figures));

  app.use(securityHeaders({ csp: options.production }));
  app.use(rejectCrossSiteWrites);
  app.use(limitBodySize(1024 * 1024));

  app.use((req, res, next) => {
    const lng = req.query.lng;
    if (typeof lng === "string" && LANGUAGES.has(lng) && !RESPONDENT_PATHS.test(req.path)) {
      const secure = req.secure ? "; Secure" : "";
      res.append("Set-Cookie", `lng=${lng}; Path=/; SameSite=Lax; Max-Age=31536000${secure}`);
    }
    next();
  });

  if (options.viteDevServer) {
    app.use(options.viteDevServer.middlewares);
  } else {
    const client = path.resolve("build/client");
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
  }

  app.all(
    "*",
    createRequestHandler({
      build: options.build,
      mode: options.production ? "production" : "development",
      getLoadContext: (req, res) => ({
        cspNonce: String(res.locals.cspNonce),
        clientKey: clientKey(req.ip),
      }),
    }),
  );

  // Last resort: never a stack trace, never request details in a log line.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    options.logger.error({ err: error instanceof Error ? error.message : "unknown" }, "unhandled error");
    if (!res.headersSent) res.status(500).type("text/plain").send("Sorry, there is a problem with the service. Try again later.");
  });

  return app;
}
