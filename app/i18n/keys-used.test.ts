import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./locales/en";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "locales" ? [] : files(full);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith(".test.ts") ? [full] : [];
  });
}

/** Keys may contain dots of their own (audit actions such as "user.created"). */
function resolves(key: string): boolean {
  const parts = key.split(".");
  const walk = (node: unknown, rest: string[]): boolean => {
    if (rest.length === 0) return typeof node === "string";
    if (typeof node !== "object" || node === null) return false;
    for (let take = 1; take <= rest.length; take += 1) {
      const head = rest.slice(0, take).join(".");
      if (head in (node as Record<string, unknown>) && walk((node as Record<string, unknown>)[head], rest.slice(take)))
        return true;
    }
    return false;
  };
  return walk(en, parts);
}

describe("translation keys used in the code", () => {
  it("every literal key the app uses exists in the English strings (and so, by the parity test, in Welsh)", () => {
    const namespaces = Object.keys(en).join("|");
    // Audit action names ("engagement.created") and translation-table keys ("survey.description") are not translation keys.
    const pattern = new RegExp(`["'\`]((?:${namespaces})\\.[A-Za-z0-9_.-]+)["'\`]`, "g");
    const missing: string[] = [];
    for (const file of files(path.resolve(__dirname, "..")).filter((f) => !f.endsWith(path.join("surveys", "edit.ts")))) {
      const code = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/\baction: /.test(line))
        .join("\n");
      for (const match of code.matchAll(pattern)) {
        if (!resolves(match[1])) missing.push(`${path.relative(process.cwd(), file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
