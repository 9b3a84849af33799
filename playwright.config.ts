import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

/** Workers load this file again; the first load's choices travel to them through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_DATABASE ??= path.join(mkdtempSync(path.join(tmpdir(), "vv-e2e-")), "e2e.sqlite");
/** Everything the server writes, for the anonymity scan after the run (tests/e2e/anonymity-scan.ts). */
process.env.E2E_SERVER_LOG ??= path.join(path.dirname(process.env.E2E_DATABASE), "server.log");

/** Where specs start the local GOV.UK Notify stand-in (tests/stand-ins/notify.ts); the server sends there. */
process.env.E2E_NOTIFY_PORT ??= String(await freePort());

const port = Number(process.env.E2E_PORT);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/e2e.json" }]] : [["list"], ["html", { open: "never" }]],
  // The longest journeys take about a minute alone; a shared 2-core machine under other load can double that.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.spec\.ts/ },
    { name: "staff", testMatch: /\.spec\.ts/, testIgnore: /first-run\.spec\.ts/, dependencies: ["first-run"] },
  ],
  globalTeardown: "./tests/e2e/anonymity-scan.ts",
  webServer: {
    command: `node --import tsx server/index.ts > "${process.env.E2E_SERVER_LOG}" 2>&1`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.E2E_DATABASE,
      // Every browser test comes from 127.0.0.1: relax the per-address respondent limit by configuration.
      RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "10000",
      // Nothing leaves the machine: Notify is the stand-in a spec starts on this port.
      NOTIFY_BASE_URL: `http://127.0.0.1:${process.env.E2E_NOTIFY_PORT}`,
      NOTIFY_POLL_SECONDS: "2",
    },
  },
});
