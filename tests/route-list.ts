/**
 * The route modules in app/routes, read from the directory so that a new route file is in every test that walks them
 * (the authorization matrix, security headers, CSV injection and fuzz tests), and the addresses their flat route ids
 * stand for.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROUTES_DIR = fileURLToPath(new URL("../app/routes/", import.meta.url));

export const routeFiles = readdirSync(ROUTES_DIR)
  .filter((file) => /\.tsx?$/.test(file))
  .sort();

/** Route ids: the file names without .ts/.tsx ("actions.report[.csv]"). */
export const routeIds = routeFiles.map((file) => file.replace(/\.tsx?$/, ""));

export const routeFileOf = (id: string) => `${ROUTES_DIR}${routeFiles[routeIds.indexOf(id)]}`;

export const routeSource = (id: string) => readFileSync(routeFileOf(id), "utf8");

/** Splits a flat route id on dots outside brackets: "actions.report[.csv]" → ["actions", "report[.csv]"]. */
export function segmentsOf(id: string): string[] {
  const segments: string[] = [];
  let current = "";
  let depth = 0;
  for (const char of id) {
    if (char === "[") depth += 1;
    if (char === "]") depth -= 1;
    if (char === "." && depth === 0) {
      segments.push(current);
      current = "";
    } else current += char;
  }
  return [...segments, current];
}

/** The names of a route's parameters: "surveys.$surveyId.distribution.$channelId[.png]" → surveyId, channelId. */
export const paramNamesOf = (id: string) =>
  segmentsOf(id)
    .filter((segment) => segment.startsWith("$") && segment !== "$")
    .map((segment) => segment.slice(1).replace(/\[.*\]$/, ""));

/** The address of a route with its parameters filled in; the splat route "$" is given as `params["*"]`. */
export function pathOf(id: string, params: Record<string, string>): string {
  const parts = segmentsOf(id)
    .filter((segment) => segment !== "_index")
    .map((segment) => {
      if (segment === "$") return params["*"] ?? "";
      const literal = /\[(.*)\]$/.exec(segment)?.[1] ?? "";
      const head = segment.replace(/\[.*\]$/, "");
      return (head.startsWith("$") ? params[head.slice(1)] : head) + literal;
    });
  return `/${parts.join("/")}`;
}
