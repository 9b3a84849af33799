import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createRequestHandler } from "@remix-run/node";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { ViteDevServer } from "vite";
import { metricsEndpoint, requestLogging, type Logger, type Metrics } from "./observability";
import { withStorageFailures } from "./storage";
import { ANSWER_PATH, clientKey, readBody, rejectCrossSiteWrites, securityHeaders, type RefusalKind } from "./security";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce for inline scripts and styles (Content-Security-Policy). */
    cspNonce: string;
    /** Salted hash of the client's address; for in-memory rate limits only, never stored or logged. */
    clientKey: string;
    /** A write to a survey's answer page refused before the app saw it (its body was dropped): why, and the status. */
    refused?: { status: number; kind: RefusalKind } | null;
  }
}

/** The largest form accepted: a survey definition upload is the biggest thing anyone sends. */
export const MAX_BODY_BYTES = 1024 * 1024;

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
  if (options.trustProxy) app.set("trust proxy", trustProxySetting(options.trustProxy));

  app.use(requestLogging(options.logger, options.metrics, options.respondentSummaryMs));
  app.get("/metrics", metricsEndpoint(options.metrics, options.metricsToken, options.figures));

  app.use(securityHeaders({ csp: options.production }));
  app.use(rejectCrossSiteWrites);
  app.use(readBody(MAX_BODY_BYTES));

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

  const storageFailed = (error: unknown) =>
    options.logger.error({ err: error instanceof Error ? error.message : "unknown" }, "storage failure: nothing saved");
  const build =
    typeof options.build === "function"
      ? async () => withStorageFailures(await (options.build as () => Promise<ServerBuild>)(), storageFailed)
      : withStorageFailures(options.build, storageFailed);
  const mode = options.production ? "production" : "development";
  const handleRequest = createRequestHandler(build, mode);
  // The answer page, which every submission posts to, through a handler over its own branch of the route tree.
  const answerBuild = typeof build === "function" ? null : branchOf(build, ANSWER_ROUTE);
  const handleAnswer = answerBuild ? createRequestHandler(answerBuild, mode) : handleRequest;
  app.all("*", async (req, res, next) => {
    try {
      const request = remixRequest(req, res);
      const handle = ANSWER_PATH.test(req.path) ? handleAnswer : handleRequest;
      const response = await handle(request, {
        cspNonce: String(res.locals.cspNonce),
        clientKey: clientKey(req.ip),
        refused: res.locals.refused ?? null,
      });
      // Pages hold answers, response text or a person's own records: never kept by the browser or a proxy, so the
      // Back button after "Exit this page" (or on a shared computer) fetches afresh instead of showing them again.
      // A route that may be cached (a stylesheet, a public feed, a QR code) says so in its own header, which wins.
      res.setHeader("Cache-Control", "no-store");
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  });

  // Last resort: never a stack trace, never request details in a log line.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    options.logger.error({ err: error instanceof Error ? error.message : "unknown" }, "unhandled error");
    if (!res.headersSent) res.status(500).type("text/plain").send("Sorry, there is a problem with the service. Try again later.");
  });

  return app;
}

/** The route module of a survey's answer page (app/routes/s.$slug.answer.tsx). */
const ANSWER_ROUTE = "routes/s.$slug.answer";

/**
 * The build with only one route and its ancestors (the root): what Remix needs to answer any request to that route's
 * address, with the same modules, so the same answers. Remix matches every request against the whole route tree,
 * flattening and ranking all ~90 routes again each time (about a tenth of a submission's busy time, from a profile);
 * over one branch that costs next to nothing. Null when the route is not in the build.
 */
export function branchOf(build: ServerBuild, routeId: string): ServerBuild | null {
  const routes: ServerBuild["routes"] = {};
  const manifest: ServerBuild["assets"]["routes"] = {};
  for (let id: string | undefined = routeId; id !== undefined; id = build.routes[id]?.parentId) {
    const route = build.routes[id];
    const entry = build.assets.routes[id];
    if (!route || !entry) return null;
    routes[id] = route;
    manifest[id] = entry;
  }
  // The page's manifest names the same routes (the renderer wants a module for every route it lists).
  return { ...build, routes, assets: { ...build.assets, routes: manifest } };
}

/**
 * Sends a Remix response with backpressure: a large export is read from its
 * stream only as fast as the client takes it, and reading stops when the client
 * goes away. (@remix-run/express's own sender ignores backpressure, so a slow
 * download of a big export would sit in memory.)
 */
async function sendResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  // A route's own header replaces the server's (one X-Content-Type-Options, never two differing ones); cookies add up.
  for (const [key, value] of response.headers.entries()) {
    if (key === "set-cookie") res.append(key, value);
    else res.setHeader(key, value);
  }
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>), res);
  } catch (error) {
    // The client went away mid-download: nothing to send it, nothing to log about it.
    if (!res.destroyed && !res.writableEnded) throw error;
  }
}

/** The Fetch API request Remix wants, from Express's; aborted when the client goes away. */
function remixRequest(req: express.Request, res: express.Response): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`);
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(key, one);
  }
  const init: RequestInit = { method: req.method, headers, signal: controller.signal };
  // readBody has already read (and bounded) every write's body.
  if (req.method !== "GET" && req.method !== "HEAD") init.body = bodyOf(res.locals.body);
  return new Request(url, init);
}

function bodyOf(buffer: Buffer | undefined): Uint8Array<ArrayBuffer> {
  return buffer ? new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.length) : new Uint8Array(0);
}

/**
 * TRUST_PROXY as Express means it: a number of proxy hops ("1"), true/false, or a list of addresses or
 * subnets ("loopback", "10.0.0.0/8"). Express reads a bare string as an address, so "1" passed through
 * as it is would trust the address 0.0.0.1 and no real proxy: every client would look like the proxy
 * (one shared sign-in limit) and https would never be seen (no Secure cookies).
 */
export function trustProxySetting(value: string): number | boolean | string {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (trimmed === "true" || trimmed === "false") return trimmed === "true";
  return trimmed;
}
