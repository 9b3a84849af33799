import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { getDb } from "../db/client";
import { NonceProvider } from "./components/nonce";
import { detectLanguage } from "./i18n/detect.server";
import { createI18n, isLanguage } from "./i18n/i18n";
import { scheduleBackups } from "./operations/backup.server";
import { notifyWorkerClock, startNotifyWorker } from "./notify/worker.server";
import { scheduleBatchClosing } from "./invitations/schedule.server";
import { schedulePurge } from "./respondent/responses.server";
import { startSettlingRollups } from "./insights/rollups.server";

export { closeDb } from "../db/client";
export { storedFigures } from "./operations/health.server";

/**
 * Background upkeep while serving: the retention purge now and daily, and
 * scheduled backups when BACKUP_DIR is set, the GOV.UK Notify sending worker, and counting
 * submissions into the dashboards' roll-ups in batches. Returns a stop function.
 */
export function startMaintenance(log: (message: string) => void) {
  const stopSettling = startSettlingRollups(getDb().$client, log);
  const stopPurge = schedulePurge(log);
  const stopBackups = scheduleBackups(log);
  const stopNotify = startNotifyWorker({ db: getDb(), log, now: notifyWorkerClock(log) });
  const stopBatches = scheduleBatchClosing(log);
  return () => {
    stopSettling();
    stopBatches();
    stopPurge();
    stopBackups();
    stopNotify();
  };
}

/** Called by the HTTP server at start: opens the database and applies migrations before serving. */
export function prepareDatabase() {
  getDb().$client.prepare("select 1").get();
}

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const rootData = remixContext.staticHandlerContext.loaderData?.root as { lang?: string } | undefined;
  const lang = isLanguage(rootData?.lang) ? rootData.lang : detectLanguage(request);
  const i18n = createI18n(lang);
  const nonce = loadContext.cspNonce;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        // Whole pages, not streamed: they are small, and screen readers get the finished page at once.
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error("Render error:", error instanceof Error ? error.message : error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1_000);
  });
}

/** Logs the error itself, never the request (no address, agent or query string). */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
};
