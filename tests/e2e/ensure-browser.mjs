// Makes sure the end-to-end tests have a Chromium to drive, before they start.
// Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, then try to get one:
// Playwright's own installer where its download host is reachable, otherwise
// the system package manager (as root), otherwise say exactly what to run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

function works(path) {
  try {
    execFileSync(path, ["--headless", "--no-sandbox", "--version"], { stdio: "pipe", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

let browser = found();
if (!browser) {
  console.log("No Chromium found. Trying Playwright's installer…");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", timeout: 300_000 });
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium package…");
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit" });
  }
  browser = found();
}

if (!browser || !works(browser)) {
  console.error(
    [
      "The end-to-end tests need Chromium and none could be found or installed.",
      "On Debian or Ubuntu run:   sudo apt-get update && sudo apt-get install -y chromium",
      "Or point CHROMIUM_PATH at a Chromium or Chrome binary and run the tests again.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`End-to-end tests will drive ${browser}`);
