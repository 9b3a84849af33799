/**
 * Bad input at every door (issue #10): thousands of malformed bodies sent to the production server at every route
 * that accepts a POST — the public ones signed out, the staff ones as a person whose role gets past the checks, so
 * the body reaches the form handling. Routes are read from app/routes, so a new form is fuzzed without anyone
 * remembering to add it; field names come from the rendered page and the route's source.
 *
 * Whatever arrives: never a 5xx, never a stack trace or internal error name, always a clear answer. Bodies that
 * are not forms at all, cannot be parsed or are too large are refused before any route sees them (415, 400, 413,
 * chunked bodies included); forms with nothing usable get the route's refusal (4xx).
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "../../db/client";
import { makeUser } from "../../db/factories";
import { EXPECTATIONS, PUBLIC_ROUTES, SAMPLE_CODER } from "../authorization-expectations";
import { seeded } from "../../app/respondent/fields/testing";
import { fixtureParams, seedAuthorizationFixtures, SURVEY_SLUG, type ObjectIds, type Org } from "../authorization-fixtures";
import { journeyIn } from "../respondent-helpers";
import { pathOf, routeIds, routeSource } from "../route-list";
import { startServer, type RunningServer } from "../server-process";

const LIMIT = 1024 * 1024;

let server: RunningServer;
let a: Org;
let ids: ObjectIds;
/** The person the user admin page is fuzzed on: fuzzing may deactivate them, so not anyone whose session the test uses. */
let bystander = 0;

beforeAll(async () => {
  ({ a, ids } = await seedAuthorizationFixtures());
  bystander = (
    await makeUser(getDb(), {
      organisationId: a.organisation.id,
      email: "bystander@example.org",
      name: "By Stander",
      roles: ["analyst"],
    })
  ).id;
  const file = process.env.DATABASE_URL!;
  closeDb();
  server = await startServer({
    DATABASE_URL: file,
    RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "100000",
    RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR: "100000",
  });
}, 60_000);

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill("SIGKILL");
});

/** A route's address with org A's objects in it. */
function addressOf(id: string): string {
  const own = EXPECTATIONS[id]?.params?.({ sampledResponse: ids.sampledResponse }) ?? {};
  return pathOf(id, {
    ...fixtureParams(a, ids),
    userId: String(bystander),
    token: "not-a-real-token",
    ...own,
  });
}

type Door = { id: string; path: string; cookie?: string; fields: string[]; intents: string[]; emptyPost: number[] };

function sourceFields(id: string): string[] {
  const source = routeSource(id);
  return [...source.matchAll(/(?:get|getAll|has)\("([A-Za-z][\w-]*)"\)|name="([A-Za-z][\w-]*)"/g)].map((m) => m[1] ?? m[2]);
}

/** Field names and intent values from the page's forms as the viewer sees it. */
function formFieldsIn(html: string): { fields: string[]; intents: string[] } {
  const fields = [...html.matchAll(/<(?:input|select|textarea|button)\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
  const intents = [
    ...html.matchAll(/<button\b[^>]*\bname="intent"[^>]*\bvalue="([^"]+)"|<button\b[^>]*\bvalue="([^"]+)"[^>]*\bname="intent"/g),
  ].map((m) => m[1] ?? m[2]);
  return { fields, intents };
}

async function doors(): Promise<Door[]> {
  const withActions = routeIds.filter((id) => /export (async )?function action\b|export const action\b/.test(routeSource(id)));
  const found: Door[] = [];
  for (const id of withActions) {
    const isPublic = id in PUBLIC_ROUTES;
    // Blind double coding: only the sample's second coder gets to the form (anyone else is sent back to the sample).
    const blind = id === "surveys.$surveyId.themes.samples.$sampleId.$responseId";
    const role = isPublic ? undefined : blind ? SAMPLE_CODER : (EXPECTATIONS[id]?.action?.[0] ?? "admin");
    const cookie = role ? a.people[role].cookie : undefined;
    const path = addressOf(id);
    const page = await fetch(server.base + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
    const html = page.headers.get("content-type")?.includes("html") ? await page.text() : "";
    const fromPage = formFieldsIn(html);
    const fields = [...new Set([...fromPage.fields, ...sourceFields(id)])].filter((name) => name !== "intent");
    found.push({
      id,
      path,
      cookie,
      fields,
      intents: [...new Set(fromPage.intents)],
      emptyPost: EXPECTATIONS[id]?.emptyPost ?? [],
    });
  }
  return found;
}

const BAD_VALUES: readonly string[] = [
  "",
  " ",
  "-1",
  "0",
  "1e309",
  "NaN",
  "0x10",
  "99999999999999999999999",
  "2026-02-31",
  "31/12/2026",
  "true",
  "null",
  "undefined",
  "[object Object]",
  "<script>alert(1)</script>",
  "'; drop table responses; --",
  "\u0000\u0001\u0002",
  "\u202egnirts desrever\u202c",
  "\u200b\u200b\u200b",
  "👩🏽‍⚖️👩🏽‍⚖️",
  "a".repeat(5000),
  "ŵŷâêîôû".repeat(400),
  "[".repeat(20_000),
  '{"a":'.repeat(10_000),
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '{"v":1,"k":"aaaaaaaaaaaaaaaaaaaa","p":"start","a":[]}',
  "../../../../etc/passwd",
  "%00%ff%fe",
  "http://evil.example/",
  "javascript:alert(1)",
];

type Body = { kind: string; body: BodyInit | null; type?: string; headers?: Record<string, string> };

const form = (pairs: [string, string][]) => {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) params.append(key, value);
  return params.toString();
};

/** Raw bytes: a form whose every value is invalid UTF-8. */
function invalidUtf8(fields: string[]): Uint8Array<ArrayBuffer> {
  const parts: number[] = [];
  for (const [i, field] of [...fields, "intent"].entries()) {
    if (i) parts.push(0x26);
    parts.push(...Buffer.from(`${field}=`), 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xed, 0xa0, 0x80, 0xf8, 0x88);
  }
  return Uint8Array.from(parts);
}

const ANY_4XX = Array.from({ length: 100 }, (_, i) => 400 + i);

/** Refused before any route sees them: [kind, body, the statuses allowed]. */
function structuralBodies(door: Door): [Body, number[]][] {
  const big = "x".repeat(LIMIT + 1);
  const some = form(door.fields.slice(0, 3).map((f) => [f, "value"]));
  // A form with nothing usable in it: the route's refusal, unless the route is one where an empty form means something
  // (signing out, showing the export or translation form again).
  const refuseEmpty = door.id === "sign-out" ? [302] : door.emptyPost.some((s) => s < 400) ? door.emptyPost : ANY_4XX;
  return [
    [{ kind: "json", body: JSON.stringify({ title: "x", intent: "save" }), type: "application/json" }, [415]],
    [{ kind: "text/plain", body: some || "a=b", type: "text/plain" }, [415]],
    [{ kind: "xml", body: "<?xml version='1.0'?><a>&lt;</a>", type: "application/xml" }, [415]],
    [{ kind: "no content type", body: some || "a=b", type: "" }, [415]],
    [
      {
        kind: "broken multipart",
        body: "--xyz\r\nContent-Disposition: form-data\r\n\r\nunterminated",
        type: "multipart/form-data; boundary=xyz",
      },
      [400],
    ],
    [{ kind: "multipart without boundary", body: "garbage", type: "multipart/form-data" }, [400]],
    [{ kind: "oversize", body: `a=${big}`, type: "application/x-www-form-urlencoded" }, [413]],
    [{ kind: "oversize chunked", body: chunked(`a=${big}`), type: "application/x-www-form-urlencoded" }, [413]],
    [
      {
        kind: "oversize multipart",
        body: `--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n${big}\r\n--b--\r\n`,
        type: "multipart/form-data; boundary=b",
      },
      [413],
    ],
    [{ kind: "empty form", body: "", type: "application/x-www-form-urlencoded" }, refuseEmpty],
    [{ kind: "empty, no content type", body: "", type: "" }, refuseEmpty],
    [{ kind: "empty JSON", body: "", type: "application/json" }, [415]],
    [{ kind: "empty multipart", body: "", type: "multipart/form-data; boundary=x" }, refuseEmpty],
    [
      {
        kind: "unknown fields only",
        body: form([
          ["zzz", "1"],
          ["__proto__[polluted]", "1"],
          ["constructor[prototype][x]", "1"],
        ]),
        type: "application/x-www-form-urlencoded",
      },
      refuseEmpty,
    ],
  ];
}

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
      offset += 64 * 1024;
    },
  });
}

/** Forms with the right names and wrong contents: [kind, body]. */
function valueBodies(door: Door, count: number, seed: number): Body[] {
  const rng = seeded(seed);
  const type = "application/x-www-form-urlencoded";
  const intents = [...door.intents, "delete", "publish", "sign-off", "submit-all", "", "no-such-intent"];
  const bodies: Body[] = [];
  const perField = Math.floor((LIMIT * 0.8) / Math.max(1, door.fields.length + 1) / 3);
  bodies.push({ kind: "huge values", body: form([...door.fields, "intent"].map((f) => [f, "ŵ".repeat(perField)])), type });
  bodies.push({ kind: "invalid UTF-8", body: invalidUtf8(door.fields), type });
  bodies.push({
    kind: "each field a thousand times",
    body: form(
      door.fields.flatMap((f) =>
        Array.from({ length: Math.min(1000, 40_000 / Math.max(1, door.fields.length)) }, (): [string, string] => [f, "1"]),
      ),
    ),
    type,
  });
  for (let i = bodies.length; i < count; i += 1) {
    const pairs: [string, string][] = [["intent", rng.pick(intents)]];
    for (const field of door.fields) {
      const roll = rng.next();
      if (roll < 0.25) continue; // missing
      pairs.push([field, rng.pick(BAD_VALUES)]);
      if (roll > 0.9) pairs.push([field, rng.pick(BAD_VALUES)]); // repeated
    }
    if (rng.next() < 0.3) pairs.push([`unknown_${i}`, rng.pick(BAD_VALUES)]);
    bodies.push({ kind: "wrong values", body: form(pairs), type });
  }
  return bodies;
}

const STACK =
  /\n\s+at [\w.<>$]+ \(|node_modules|\.tsx?:\d+:\d+|SqliteError|TypeError|ReferenceError|RangeError|ZodError|SyntaxError|Unexpected Server Error/;

type Sent = { door: string; kind: string; status: number; problem: string | null };

async function send(door: Door, body: Body, allowed?: number[]): Promise<Sent> {
  const headers: Record<string, string> = {
    Origin: server.base,
    ...(door.cookie ? { Cookie: door.cookie } : {}),
    ...body.headers,
  };
  if (body.type) headers["Content-Type"] = body.type;
  const init: RequestInit & { duplex?: "half" } = { method: "POST", headers, body: body.body, redirect: "manual" };
  if (body.body instanceof ReadableStream) init.duplex = "half";
  if (body.type === "" && typeof body.body === "string") init.body = new TextEncoder().encode(body.body);
  let response: Response;
  try {
    response = await fetch(server.base + door.path, init);
  } catch (error) {
    // Even an oversize body gets its 413 page: the server reads and drops the rest rather than resetting the upload.
    return { door: door.id, kind: body.kind, status: 0, problem: `no answer: ${String(error)}` };
  }
  const text = await response.text();
  const status = response.status;
  let problem: string | null = null;
  if (status >= 500) problem = `answered ${status}`;
  else if (STACK.test(text)) problem = `internal details in the answer: ${STACK.exec(text)![0].trim()}`;
  else if (allowed && !allowed.includes(status))
    problem = `answered ${status}, expected ${allowed === ANY_4XX ? "a 4xx" : allowed.join(" or ")}`;
  else if (status >= 400 && !/<h1|govuk-error-summary|role="alert"/.test(text) && !/\S/.test(text))
    problem = `a ${status} that says nothing`;
  return { door: door.id, kind: body.kind, status, problem };
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

describe("fuzzing every route that takes a form", () => {
  it("answers thousands of malformed bodies with a clear 4xx, never a 5xx or a stack trace", async () => {
    const all = await doors();
    expect(all.length).toBeGreaterThan(40);
    const results: Sent[] = [];
    for (const [n, door] of all.entries()) {
      const jobs: [Body, number[] | undefined][] = [
        ...structuralBodies(door),
        ...valueBodies(door, door.id === "s.$slug.answer" ? 150 : 40, n + 1).map((body): [Body, undefined] => [body, undefined]),
      ];
      results.push(...(await inBatches(jobs, 4, ([body, allowed]) => send(door, body, allowed))));
    }
    const problems = results.filter((r) => r.problem).map((r) => `${r.door} (${r.kind}): ${r.problem}`);
    if (process.env.FUZZ_DEBUG) {
      // Which malformed bodies a route took as valid (free text is free text): for a person reviewing the fuzzing.
      const accepted = new Map<string, number>();
      for (const r of results.filter((r) => r.status < 400)) {
        const key = `${r.door} ${r.kind} ${r.status}`;
        accepted.set(key, (accepted.get(key) ?? 0) + 1);
      }
      console.log([...accepted].map(([key, n]) => `${key} ×${n}`).join("\n"));
    }
    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    console.log(
      `fuzz: ${results.length} malformed bodies to ${all.length} routes; answers ${[...byStatus]
        .sort(([x], [y]) => x - y)
        .map(([status, n]) => `${status}×${n}`)
        .join(", ")}; ${problems.length} problems`,
    );
    expect(problems.slice(0, 40)).toEqual([]);
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
  }, 600_000);

  it("refuses tampered respondent answers inside a well-formed journey, storing none of them", async () => {
    const page = await (await fetch(`${server.base}/s/${SURVEY_SLUG}/answer`)).text();
    const journey = journeyIn(page);
    const rng = seeded(99);
    const questions = ["reported", "help", "treated", "informed", "aspects", "better", "area", "nonexistent", "__proto__"];
    const odd: unknown[] = [
      { $gt: 1 },
      [1, [2, [3]]],
      12345,
      -1,
      true,
      null,
      "x".repeat(200_000),
      ["yes", "no", "yes"],
      { text: "<script>alert(1)</script>" },
      Number.MAX_SAFE_INTEGER,
    ];
    const door: Door = { id: "s.$slug.answer", path: `/s/${SURVEY_SLUG}/answer`, fields: [], intents: [], emptyPost: [] };
    const bodies: Body[] = Array.from({ length: 200 }, (_, i) => {
      const answers: Record<string, unknown> = {};
      for (const name of questions) if (rng.next() < 0.5) answers[name] = rng.pick(odd);
      const tampered: Record<string, unknown> = { ...journey, k: `fuzz-${String(i).padStart(12, "0")}`, a: answers };
      if (rng.next() < 0.2) tampered.p = rng.pick(["", "nowhere", "a".repeat(300), 5]);
      if (rng.next() < 0.2) tampered.v = rng.pick([0, -1, 999999, "1", 1.5]);
      return {
        kind: "tampered answers",
        body: form([
          ["journey", JSON.stringify(tampered)],
          ["intent", rng.pick(["submit-all", "save-all", "show-all", "next", "submit"])],
        ]),
        type: "application/x-www-form-urlencoded",
      };
    });
    const results = await inBatches(bodies, 4, (body) => send(door, body));
    const problems = results.filter((r) => r.problem).map((r) => r.problem);
    const db = new Database(process.env.DATABASE_URL!, { readonly: true });
    const stored = db.prepare("select answers from responses where submission_key like 'fuzz-%'").all() as { answers: string }[];
    db.close();
    const known = new Set(questions.slice(0, 7));
    const malformed = stored
      .map((row) => JSON.parse(row.answers) as Record<string, unknown>)
      .filter((answers) =>
        Object.entries(answers).some(
          ([name, value]) =>
            !known.has(name) ||
            !(typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"))) ||
            JSON.stringify(value).length > 20_000,
        ),
      );
    console.log(
      `fuzz: ${results.length} tampered respondent journeys; ${stored.length} stored (all well-formed); ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
    expect(malformed).toEqual([]);
  }, 300_000);
});
