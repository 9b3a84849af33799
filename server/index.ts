import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createApp } from "./app";
import { createLogger, Metrics } from "./observability";

type DatabaseHandle = {
  prepareDatabase: () => void;
  closeDb: () => void;
  storedFigures: () => { purgeRuns: number; publishedVersions: number; responsesStored: number; backupAgeSeconds: number | null };
  startMaintenance: (log: (message: string) => void) => () => void;
};

const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

async function main() {
  const viteDevServer = production
    ? undefined
    : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

  const build = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
    : ((await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild);

  // The build's own database module (exported from entry.server) opens the database and applies
  // migrations now, so a bad DATABASE_URL or a newer database stops the start with a clear line.
  const database = viteDevServer ? undefined : ((build as ServerBuild).entry.module as unknown as DatabaseHandle);
  database?.prepareDatabase();

  const logger = createLogger();
  const metrics = new Metrics();
  const figures = () => {
    const stored = database?.storedFigures();
    return {
      purge_runs_total: stored?.purgeRuns ?? null,
      responses_stored: stored?.responsesStored ?? null,
      survey_versions_published_total: stored?.publishedVersions ?? null,
      backup_age_seconds: stored?.backupAgeSeconds ?? null,
    };
  };
  const app = createApp({
    production,
    trustProxy: process.env.TRUST_PROXY,
    build,
    viteDevServer,
    logger,
    metrics,
    metricsToken: process.env.METRICS_TOKEN,
    respondentSummaryMs: process.env.RESPONDENT_LOG_SUMMARY_SECONDS
      ? Number(process.env.RESPONDENT_LOG_SUMMARY_SECONDS) * 1000
      : undefined,
    figures,
  });
  const server = app.listen(port, host, () => {
    const address = server.address();
    const shown = typeof address === "object" && address ? address.port : port;
    console.log(`Victim Voice is running at http://localhost:${shown}`);
  });
  // A client that trickles its headers or body cannot hold a connection (and up to 1 MiB of body) for long.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  const stopMaintenance = database?.startMaintenance((message) => logger.info(message)) ?? (() => undefined);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    console.log(`${signal} received: finishing requests in flight, then stopping.`);
    stopMaintenance();
    server.close(() => {
      // closeDb checkpoints the WAL into the database file before closing.
      database?.closeDb();
      logger.info("stopped cleanly");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
