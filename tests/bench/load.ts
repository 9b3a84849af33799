/**
 * A small load generator in its own process (so it does not share a thread
 * with the server it measures): POSTs form bodies at a fixed concurrency for a
 * fixed time over keep-alive connections, and prints one JSON line with the
 * count, errors, rate and latency percentiles.
 *
 * `node --import tsx load.ts <url> <concurrency> <seconds> <body kind>`
 * Body kinds: "survey" (a survey-renderer submission with a fresh submission key each time, from the
 * journey in $BENCH_JOURNEY) or "plain" (the same answers as a bare JSON body, for the baseline).
 * A survey submission succeeds with 303 See Other to its thank-you page (not followed: the figure is the
 * submission); anything else, or a plain send answered other than 200, counts as an error.
 */
import { randomBytes } from "node:crypto";
import { Agent, request } from "node:http";

const [url, concurrencyText, secondsText, kind] = process.argv.slice(2);
const concurrency = Number(concurrencyText);
const seconds = Number(secondsText);
const journey = JSON.parse(process.env.BENCH_JOURNEY ?? "{}") as Record<string, unknown>;
const answers = JSON.parse(process.env.BENCH_ANSWERS ?? "{}") as Record<string, unknown>;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL(url);

function body(): string {
  const key = randomBytes(18).toString("base64url");
  if (kind === "plain") return JSON.stringify({ key, answers });
  return new URLSearchParams({ journey: JSON.stringify({ ...journey, k: key, a: answers }), intent: "submit-all" }).toString();
}

const succeeded = (status: number | undefined, location: string | undefined) =>
  kind === "plain" ? status === 200 : status === 303 && /^\/s\/[^/]+\/thanks\?/.test(location ?? "");

const latencies: number[] = [];
let errors = 0;
const deadline = performance.now() + seconds * 1000;

function once(): Promise<void> {
  return new Promise((resolve) => {
    const payload = body();
    const started = performance.now();
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: "POST",
        agent,
        headers: {
          "Content-Type": kind === "plain" ? "application/json" : "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          if (!succeeded(res.statusCode, res.headers.location)) errors += 1;
          latencies.push(performance.now() - started);
          resolve();
        });
      },
    );
    req.on("error", () => {
      errors += 1;
      resolve();
    });
    req.end(payload);
  });
}

async function worker() {
  while (performance.now() < deadline) await once();
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(
  JSON.stringify({ requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) }),
);
agent.destroy();
