import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** The production server as operators run it, on a free loopback port, for tests that need the real thing. */
export type RunningServer = { child: ChildProcess; base: string; output: () => string; exited: Promise<number | null> };

export function freePort() {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** `nodeArgs`: options for node itself (e.g. `--cpu-prof`, which NODE_OPTIONS does not accept). */
export async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningServer> {
  if (!existsSync(path.resolve("build/server/index.js"))) {
    throw new Error("No production build: run `npm run build` (npm test does it first).");
  }
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let ended = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      ended = true;
      resolve(code);
    }),
  );
  // Until it says it is running or it stops. On a shared two-core machine under load, starting tsx and the build took
  // longer than the 15 s this used to allow (a benchmark and a browser test each failed so with no output yet); the
  // ceiling is only there so a server that hangs silently still fails the run.
  const deadline = Date.now() + 120_000;
  while (!output.includes("is running") && !ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!output.includes("is running")) {
    if (!ended) child.kill("SIGKILL");
    throw new Error(`The server did not start${ended ? " (it stopped)" : " within 120 s"}:\n${output}`);
  }
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}
