/**
 * `npm start`: builds the app when the build is missing or older than the
 * source, then serves it. Migrations are applied as the server starts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const buildMarker = path.resolve("build/server/index.js");
const sources = ["app", "db", "surveys", "public", "remix.config.js", "vite.config.ts", "package.json"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIsCurrent(): boolean {
  if (!existsSync(buildMarker)) return false;
  const built = statSync(buildMarker).mtimeMs;
  return sources.every((source) => newestMtime(path.resolve(source)) <= built);
}

if (!buildIsCurrent()) {
  console.log("Building Victim Voice (the first start takes a minute)…");
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
}

await import("./index");
