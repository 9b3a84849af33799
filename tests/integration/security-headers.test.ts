/**
 * Every page sends the security headers, and a Content-Security-Policy that runs no script it did not mark (issue #10).
 * The production server (server/app.ts sets the headers, so nothing in process would do), on the authorization
 * fixtures: every route file in app/routes — read from the directory, so a new route is covered without touching this
 * file — as org A's admin (and, where the admin is refused, as a role that is let in), signed out, and anonymously for
 * public routes; then error addresses and static files. Every response, whatever its type, carries the same headers
 * (the server sets them before anything answers); every HTML document's inline scripts and styles carry the header's
 * nonce, which is new for every response.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../../db/client";
import type { Role } from "../../db/enums";
import { createSetupLink } from "../../app/accounts/users.server";
import { EXPECTATIONS, PUBLIC_ROUTES } from "../authorization-expectations";
import { fixtureParams, seedAuthorizationFixtures, type ObjectIds, type Org } from "../authorization-fixtures";
import { paramNamesOf, pathOf, routeIds } from "../route-list";
import { startServer, type RunningServer } from "../server-process";

type Viewer = { label: string; cookie: string | null; role: Role | null };
type Checked = {
  address: string;
  viewer: string;
  status: number;
  location: string | null;
  nonce: string | null;
  problems: string[];
};

let server: RunningServer;
let a: Org;
let ids: ObjectIds;
let params: Record<string, string>;

// ---- What a response must carry ----

const SAFE_REFERRER_POLICIES = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/;

/** The policy's directives by name; a directive named twice, or a second policy, is a problem of its own. */
function directivesOf(policy: string, problems: string[]): Map<string, string[]> {
  // Two Content-Security-Policy headers reach fetch joined by ", ": both would apply, and the checks below read one.
  if (policy.includes(",")) problems.push("more than one Content-Security-Policy");
  const directives = new Map<string, string[]>();
  for (const part of policy.split(/[;,]/)) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) problems.push(`CSP names ${key} twice`);
    else directives.set(key, values);
  }
  return directives;
}

/** Sources a script directive may list: itself, this response's nonce, hashes, 'strict-dynamic'. Nothing else. */
function scriptSourceProblems(name: string, values: string[] | undefined, nonce: string | null): string[] {
  if (!values) return [];
  return values
    .filter((value) => !(value === "'self'" || value === "'strict-dynamic'" || HASH.test(value) || value === `'nonce-${nonce}'`))
    .map((value) => `${name} allows ${value}`);
}

function onlyKeywords(name: string, values: string[] | undefined, allowed: string[]): string[] {
  if (!values || values.length === 0) return [`CSP has no ${name}`];
  return values.filter((value) => !allowed.includes(value)).map((value) => `${name} allows ${value}`);
}

/** Everything wrong with a response's headers; the policy's nonce (null if none). */
function headerProblems(headers: Headers): { problems: string[]; nonce: string | null } {
  const problems: string[] = [];
  const policy = headers.get("content-security-policy");
  let nonce: string | null = null;
  if (!policy) problems.push("no Content-Security-Policy");
  else {
    const directives = directivesOf(policy, problems);
    const script = directives.get("script-src");
    const nonces = (script ?? []).filter((value) => value.startsWith("'nonce-")).map((value) => value.slice(7, -1));
    if (!script) problems.push("CSP has no script-src");
    if (nonces.length !== 1) problems.push(`script-src has ${nonces.length} nonces, not one`);
    nonce = nonces[0] ?? null;
    if (nonce !== null && !(/^[A-Za-z0-9+/]+=*$/.test(nonce) && Buffer.from(nonce, "base64").length >= 16))
      problems.push(`the nonce ${nonce} is not at least 128 random bits in base64`);
    for (const name of ["script-src", "script-src-elem", "script-src-attr"])
      problems.push(...scriptSourceProblems(name, directives.get(name), nonce));
    // A style nonce other than the script's would mean two nonces in flight, and the page gives its styles one.
    for (const value of directives.get("style-src") ?? [])
      if (value.startsWith("'nonce-") && value !== `'nonce-${nonce}'`) problems.push("style-src has another nonce");
    if ((directives.get("default-src") ?? []).join(" ") !== "'self'") problems.push("default-src is not 'self'");
    problems.push(...onlyKeywords("frame-ancestors", directives.get("frame-ancestors"), ["'self'", "'none'"]));
    problems.push(...onlyKeywords("base-uri", directives.get("base-uri"), ["'self'", "'none'"]));
    if ((directives.get("object-src") ?? []).join(" ") !== "'none'") problems.push("object-src is not 'none'");
  }
  // A header sent twice reaches fetch as one value joined by ", " (server/app.ts appends a route's own headers to the
  // middleware's). Read as browsers do: nosniff by the first value (Fetch), X-Frame-Options only if every value
  // agrees (HTML), Referrer-Policy by the last it knows (so every one listed must be safe).
  const listed = (name: string) => (headers.get(name) ?? "").split(",").map((value) => value.trim().toLowerCase());
  if (listed("x-content-type-options")[0] !== "nosniff")
    problems.push(`X-Content-Type-Options is ${headers.get("x-content-type-options")}`);
  const referrer = listed("referrer-policy");
  if (!referrer.every((value) => SAFE_REFERRER_POLICIES.includes(value)))
    problems.push(`Referrer-Policy is ${headers.get("referrer-policy")}`);
  const frameOptions = new Set(listed("x-frame-options"));
  if (
    headers.has("x-frame-options") &&
    !(frameOptions.size === 1 && (frameOptions.has("deny") || frameOptions.has("sameorigin")))
  )
    problems.push(`X-Frame-Options is ${headers.get("x-frame-options")}`);
  if (headers.has("x-powered-by")) problems.push(`X-Powered-By: ${headers.get("x-powered-by")}`);
  return { problems, nonce };
}

type Tag = { name: string; attributes: Map<string, string>; body: string };

/**
 * The HTML's start tags, with the text of <script> and <style> elements (read to their end tag, so nothing inside
 * them is taken for a tag). React escapes "<" and ">" in text and attributes, so a tag ends at the first ">".
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const open = /<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
  const attribute = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const name = match[1].toLowerCase();
    const attributes = new Map<string, string>();
    for (const found of match[2].matchAll(attribute))
      attributes.set(found[1].toLowerCase(), found[2] ?? found[3] ?? found[4] ?? "");
    let body = "";
    if (name === "script" || name === "style") {
      const end = html.toLowerCase().indexOf(`</${name}`, open.lastIndex);
      body = html.slice(open.lastIndex, end === -1 ? html.length : end);
      open.lastIndex = end === -1 ? html.length : end;
    }
    tags.push({ name, attributes, body });
  }
  return tags;
}

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href"];

/** Markup the policy would block: inline scripts and styles without this nonce, handlers, javascript: links. */
function htmlProblems(html: string, nonce: string | null): { problems: string[]; inlineScripts: number } {
  const problems: string[] = [];
  let inlineScripts = 0;
  const unescape = (text: string) => text.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'");
  for (const tag of tagsOf(html)) {
    const nonceOf = tag.attributes.has("nonce") ? unescape(tag.attributes.get("nonce")!) : null;
    if (tag.name === "script" && !tag.attributes.has("src")) {
      inlineScripts += 1;
      if (nonce === null || nonceOf !== nonce)
        problems.push(`inline <script> with nonce ${nonceOf ?? "(none)"}: ${tag.body.trim().slice(0, 60)}`);
    }
    if (tag.name === "script" && tag.attributes.has("src") && !/^\/(?!\/)/.test(tag.attributes.get("src")!))
      problems.push(`<script src="${tag.attributes.get("src")}"> is not from this site`);
    if (tag.name === "style" && nonceOf !== nonce) problems.push(`<style> with nonce ${nonceOf ?? "(none)"}`);
    for (const [name, value] of tag.attributes) {
      if (/^on[a-z]+$/.test(name)) problems.push(`<${tag.name} ${name}="…">: an inline handler the policy blocks`);
      if (URL_ATTRIBUTES.includes(name) && /^\s*javascript:/i.test(unescape(value)))
        problems.push(`<${tag.name} ${name}="${value}">: a javascript: address the policy blocks`);
    }
  }
  return { problems, inlineScripts };
}

// ---- The requests ----

const checked: Checked[] = [];
/** Addresses that send a security header twice: harmless while the values agree, but worth knowing. */
const repeated = new Set<string>();
const SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"];
const tally = { routes: 0, routeRequests: 0, otherRequests: 0, html: 0, inlineScripts: 0 };

async function check(address: string, viewer: Viewer): Promise<Checked> {
  const response = await fetch(`${server.base}${address}`, {
    redirect: "manual",
    headers: viewer.cookie ? { Cookie: viewer.cookie } : {},
  });
  const type = response.headers.get("content-type") ?? "";
  const body = Buffer.from(await response.arrayBuffer());
  const { problems, nonce } = headerProblems(response.headers);
  for (const name of SECURITY_HEADERS) if (response.headers.get(name)?.includes(",")) repeated.add(`${address} (${name})`);
  if (response.status >= 500) problems.push(`answered ${response.status}: ${body.toString("utf8").slice(0, 200)}`);
  if (type.startsWith("text/html")) {
    tally.html += 1;
    // Pages hold answers, response text and people's records: the Back button after Exit this page, or the next
    // person at a shared computer, must not get them from the browser's cache (issue #18).
    if (!/\bno-store\b/.test(response.headers.get("cache-control") ?? ""))
      problems.push(`Cache-Control is ${response.headers.get("cache-control")}, not no-store`);
    const html = htmlProblems(body.toString("utf8"), nonce);
    tally.inlineScripts += html.inlineScripts;
    problems.push(...html.problems);
  }
  const location = response.headers.get("location");
  const result = { address, viewer: viewer.label, status: response.status, location, nonce, problems };
  checked.push(result);
  return result;
}

const describeProblems = (result: Checked) =>
  result.problems.map((p) => `${result.address} as ${result.viewer} (${result.status}): ${p}`);

function viewersOf(id: string): Viewer[] {
  const admin: Viewer = { label: "admin of org A", cookie: a.people.admin.cookie, role: "admin" };
  if (id in PUBLIC_ROUTES) return [{ label: "anonymous", cookie: null, role: null }, admin];
  const allowed = EXPECTATIONS[id]?.loader ?? [];
  const viewers: Viewer[] = [admin, { label: "signed out", cookie: null, role: null }];
  // The admin may be refused (a blind second coder's page): that error page counts, and so does the page itself.
  const other = allowed.find((role) => role !== "admin");
  if (!allowed.includes("admin") && other)
    viewers.push({ label: `${other} of org A`, cookie: a.people[other].cookie, role: other });
  return viewers;
}

describe("security headers", () => {
  beforeAll(async () => {
    ({ a, ids } = await seedAuthorizationFixtures());
    const setup = createSetupLink({ id: a.people.admin.id, organisation: { id: a.organisation.id } }, a.people.analyst.id);
    params = {
      ...fixtureParams(a, ids),
      token: setup.token,
      colour: "1d70b8",
      "*": "no-such-page-for-the-header-check",
    };
    const file = process.env.DATABASE_URL!;
    closeDb();
    server = await startServer({ DATABASE_URL: file });
  }, 60_000);

  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
  });

  it("every route file, as each kind of viewer, answers with the headers and a strict policy", async () => {
    const problems: string[] = [];
    for (const id of routeIds) {
      const expectation = EXPECTATIONS[id];
      const own = expectation?.params?.({ sampledResponse: ids.sampledResponse }) ?? {};
      const missing = paramNamesOf(id).filter((name) => (own[name] ?? params[name]) === undefined);
      if (missing.length) {
        problems.push(`${id}: no fixture for $${missing.join(", $")} (add one to this test's params)`);
        continue;
      }
      const address = pathOf(id, { ...params, ...own }) + (expectation?.search ?? "");
      tally.routes += 1;
      for (const viewer of viewersOf(id)) {
        const result = await check(address, viewer);
        tally.routeRequests += 1;
        problems.push(...describeProblems(result));
        // The page itself, not a stand-in: a role the route lets in gets 200, and signed out is sent to sign in.
        if (!(id in PUBLIC_ROUTES) && viewer.role && expectation?.loader.includes(viewer.role) && result.status !== 200)
          problems.push(`${address} as ${viewer.label}: ${result.status}, not 200`);
        if (!(id in PUBLIC_ROUTES) && !viewer.role && !(result.status === 302 && result.location?.startsWith("/sign-in")))
          problems.push(`${address} signed out: ${result.status} ${result.location ?? ""}, not a redirect to sign in`);
      }
    }
    expect(problems).toEqual([]);
    expect(tally.routes).toBe(routeIds.length);
  }, 120_000);

  it("error pages and static files carry them too", async () => {
    const asset = readdirSync(path.resolve("build/client/assets")).find((file) => file.endsWith(".js"));
    const css = readdirSync(path.resolve("build/client/assets")).find((file) => file.endsWith(".css"));
    expect(asset, "a built script in build/client/assets").toBeDefined();
    const admin: Viewer = { label: "admin of org A", cookie: a.people.admin.cookie, role: "admin" };
    const anonymous: Viewer = { label: "anonymous", cookie: null, role: null };
    const addresses: [string, Viewer, number][] = [
      ["/no-such-page-at-all", anonymous, 404],
      ["/no-such-page-at-all", admin, 404],
      [`/surveys/999999999`, admin, 404],
      [`/actions/report.csv?from=not-a-date`, admin, 400],
      [`/theme/not-a-colour.css`, anonymous, 404],
      [`/s/no-such-survey`, anonymous, 404],
      [`/welcome/not-a-real-token`, anonymous, 410],
      [`/assets/${asset}`, anonymous, 200],
      [`/assets/${css}`, anonymous, 200],
      [`/assets/no-such-file.js`, anonymous, 404],
      [`/respondent.js`, anonymous, 200],
      [`/favicon.svg`, anonymous, 200],
    ];
    const problems: string[] = [];
    for (const [address, viewer, status] of addresses) {
      const result = await check(address, viewer);
      tally.otherRequests += 1;
      problems.push(...describeProblems(result));
      if (result.status !== status) problems.push(`${address} as ${viewer.label}: ${result.status}, expected ${status}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("gives every response a nonce of its own", () => {
    const nonces = checked.map((result) => result.nonce).filter((nonce): nonce is string => nonce !== null);
    expect(nonces.length).toBe(checked.length);
    expect(nonces.length).toBeGreaterThan(1);
    expect(new Set(nonces).size, "a nonce used twice").toBe(nonces.length);
    // The nonces were compared on real pages: HTML documents with inline scripts were among the responses.
    expect(tally.html).toBeGreaterThan(routeIds.length / 2);
    expect(tally.inlineScripts).toBeGreaterThan(0);
  });
});

describe("the checks themselves", () => {
  const good =
    "default-src 'self'; script-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='; frame-ancestors 'self'; base-uri 'none'; object-src 'none'";
  const headersWith = (policy: string, extra: Record<string, string> = {}) =>
    new Headers({
      "Content-Security-Policy": policy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      ...extra,
    });

  it("pass a strict policy and refuse every loosening of it", () => {
    expect(headerProblems(headersWith(good)).problems).toEqual([]);
    const loosened = [
      good.replace("'self' 'nonce", "'self' 'unsafe-inline' 'nonce"),
      good.replace("'self' 'nonce", "'self' 'unsafe-eval' 'nonce"),
      good.replace("'self' 'nonce", "'self' https://cdn.example 'nonce"),
      good.replace("'self' 'nonce", "* 'nonce"),
      good.replace("default-src 'self'", "default-src *"),
      good.replace("frame-ancestors 'self'; ", ""),
      good.replace("base-uri 'none'", "base-uri *"),
      good.replace("object-src 'none'", "object-src 'self'"),
      good.replace(" 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='", ""),
      `${good}, script-src 'unsafe-inline'`,
    ];
    for (const policy of loosened) expect(headerProblems(headersWith(policy)).problems, policy).not.toEqual([]);
    expect(headerProblems(headersWith(good, { "X-Powered-By": "Express" })).problems).not.toEqual([]);
    expect(headerProblems(new Headers()).problems).toContain("no Content-Security-Policy");
    expect(headerProblems(headersWith(good, { "X-Content-Type-Options": "sniff" })).problems).not.toEqual([]);
    expect(headerProblems(headersWith(good, { "Referrer-Policy": "same-origin, unsafe-url" })).problems).not.toEqual([]);
    expect(headerProblems(headersWith(good, { "X-Frame-Options": "SAMEORIGIN, DENY" })).problems).not.toEqual([]);
    expect(headerProblems(headersWith(good, { "X-Frame-Options": "ALLOW-FROM https://a.example" })).problems).not.toEqual([]);
    // The same value twice is what a browser reads once.
    const twice = new Headers(headersWith(good, { "X-Frame-Options": "SAMEORIGIN" }));
    twice.append("X-Content-Type-Options", "nosniff");
    twice.append("X-Frame-Options", "SAMEORIGIN");
    expect(headerProblems(twice).problems).toEqual([]);
  });

  it("find inline scripts and styles without the nonce, handlers and javascript: links", () => {
    const nonce = "AAAAAAAAAAAAAAAAAAAAAA==";
    const fine = `<html><head><script nonce="${nonce}">var a = "<script>";</script><script src="/x.js"></script></head></html>`;
    expect(htmlProblems(fine, nonce)).toEqual({ problems: [], inlineScripts: 1 });
    for (const html of [
      `<script>alert(1)</script>`,
      `<script nonce="other">alert(1)</script>`,
      `<script type="module">import("/x.js")</script>`,
      `<script src="https://cdn.example/x.js"></script>`,
      `<style>body{}</style>`,
      `<button onclick="go()">Go</button>`,
      `<a href="javascript:go()">Go</a>`,
    ])
      expect(htmlProblems(html, nonce).problems, html).not.toEqual([]);
  });
});

afterAll(() => {
  const viewers = new Set(checked.map((result) => result.viewer));
  const statuses = new Map<number, number>();
  for (const result of checked) statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
  const byStatus = [...statuses].sort(([x], [y]) => x - y).map(([status, n]) => `${n}×${status}`);
  console.log(
    `security headers: ${tally.routes} route files × their viewers (${[...viewers].join(", ")}) = ${tally.routeRequests} responses, ` +
      `plus ${tally.otherRequests} error pages and static files (${byStatus.join(", ")}); ${tally.html} HTML documents with ` +
      `${tally.inlineScripts} inline scripts checked against their response's nonce; ${new Set(checked.map((r) => r.nonce)).size} ` +
      `distinct nonces in ${checked.length} responses; a security header sent twice (same value) by ${repeated.size ? [...repeated].join(", ") : "none"}`,
  );
});
