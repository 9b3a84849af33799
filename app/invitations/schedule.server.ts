/**
 * Closing batches on time: every hour (and at start) each batch whose window has passed is closed — unsent messages
 * withdrawn, every contact and hash deleted, an audit entry with counts — and drafts left unconfirmed for a day (or
 * unapproved for a week) are withdrawn the same way.
 */
import { closeDueBatches } from "./batches.server";

const HOUR = 60 * 60_000;

export function scheduleBatchClosing(log: (message: string) => void, now: () => Date = () => new Date()): () => void {
  const run = () => {
    try {
      const closed = closeDueBatches(now());
      if (closed) log(`invitation batches closed: ${closed}`);
    } catch (error) {
      log(`invitation batches not closed: ${error instanceof Error ? error.message : "unknown"}`);
    }
  };
  run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
