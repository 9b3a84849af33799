/**
 * Every route module in app/routes × every role × two organisations (issues #7 and #10). The list of routes is read
 * from the directory, so a new route file fails this test until it is declared public or given an expectation in
 * tests/authorization-expectations.ts (which says how). Objects: tests/authorization-fixtures.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../db/enums";
import { args, BASE, dataOf, get, outcome } from "../helpers";
import { paramNamesOf, pathOf, routeFileOf, routeIds } from "../route-list";
import { EXPECTATIONS, PLANNED_ROUTES, PUBLIC_ROUTES, type Expectation } from "../authorization-expectations";
import {
  fixtureParams,
  MARK_A,
  PANEL_TWO,
  PLANNING_AGENDA,
  PLANNING_DAY,
  seedAuthorizationFixtures,
  type ObjectIds,
  type Org,
} from "../authorization-fixtures";

type Handler = (a: ReturnType<typeof args>) => unknown;
type RouteModule = { loader?: Handler; action?: Handler };
type Viewer = { label: string; org: "A" | "B"; role: Role; cookie: string };
/** The objects a route's parameters name. `memberSees`: whether panel 1's plain member may read it. */
type Target = { label: string; params: Record<string, string>; memberSees: boolean };

const staffRoutes = routeIds.filter((id) => !(id in PUBLIC_ROUTES)).sort();

let a: Org;
let b: Org;
let ids: ObjectIds;

beforeAll(async () => {
  ({ a, b, ids } = await seedAuthorizationFixtures());
});

/** The org A objects each parameter names; a route's own `params` wins (a page name, a sampled answer). */
function targetsOf(id: string, expectation: Expectation): Target[] {
  const names = paramNamesOf(id);
  const own = { ...fixtureParams(a, ids), ...(expectation.params?.({ sampledResponse: ids.sampledResponse }) ?? {}) };
  const pick = (extra: Record<string, string>) =>
    Object.fromEntries(names.map((name) => [name, extra[name] ?? own[name]]).filter(([, value]) => value !== undefined));
  if (names.includes("sessionId"))
    return [
      {
        label: "panel 1, issued session",
        params: pick({ panelId: String(ids.panel1), sessionId: String(ids.session1) }),
        memberSees: true,
      },
      {
        label: "panel 1, session in planning",
        params: pick({ panelId: String(ids.panel1), sessionId: String(ids.session1Planning) }),
        memberSees: false,
      },
      {
        label: "panel 2, issued session",
        params: pick({ panelId: String(ids.panel2), sessionId: String(ids.session2) }),
        memberSees: false,
      },
    ];
  if (names.includes("panelId"))
    return [
      { label: "panel 1", params: pick({ panelId: String(ids.panel1) }), memberSees: true },
      { label: "panel 2", params: pick({ panelId: String(ids.panel2) }), memberSees: false },
    ];
  return [{ label: "org A", params: pick({}), memberSees: true }];
}

/** Strings this viewer must never receive, whatever the status. */
const secretsFor = (viewer: Viewer) =>
  viewer.org === "B" ? [MARK_A] : viewer.role === "panel_member" ? [PANEL_TWO, PLANNING_AGENDA, PLANNING_DAY] : [];

type Kind = "loader" | "action";
/** Whether the viewer gets past the checks here. */
function letIn(id: string, expectation: Expectation, kind: Kind, viewer: Viewer, target: Target): boolean {
  const allowed = kind === "loader" ? expectation.loader : (expectation.action ?? []);
  if (viewer.org === "B" && isScoped(id)) return false;
  if (!allowed.includes(viewer.role)) return false;
  return !(expectation.panel && viewer.role === "panel_member" && (!target.memberSees || kind === "action"));
}

/**
 * Params that name org A objects: org B never gets them. Stage and practice statement keys name no object of anyone's
 * (every organisation has the same keys, each with its own wording).
 */
const UNOWNED = ["stageKey", "statementKey"];
const isScoped = (id: string) => paramNamesOf(id).some((name) => !UNOWNED.includes(name));

/** What a cell may answer: success statuses when the viewer is let in, refusals otherwise. */
function expected(id: string, expectation: Expectation, kind: Kind, viewer: Viewer, target: Target): number[] {
  const allowed = kind === "loader" ? expectation.loader : (expectation.action ?? []);
  const success = kind === "loader" ? [200] : (expectation.emptyPost ?? [400]);
  const panel = expectation.panel === true;
  if (viewer.org === "B" && isScoped(id)) return [403, 404];
  if (!allowed.includes(viewer.role)) return panel ? [403, 404] : [expectation.denied ?? 403];
  if (panel && viewer.role === "panel_member" && !target.memberSees) return [404];
  if (panel && viewer.role === "panel_member" && kind === "action") return [400, 403, 404];
  return success;
}

type Result = { status: number; body: string; location: string | null };

async function run(handler: Handler, request: Request, params: Record<string, string>): Promise<Result> {
  let result: Awaited<ReturnType<typeof outcome>>;
  try {
    result = await outcome(() => handler(args(request, params)));
  } catch (error) {
    // What the server would answer 500: reported as a cell, so one crash does not hide the rest of the route.
    return { status: 500, body: String(error), location: null };
  }
  const response = result.thrown ?? (result.value instanceof Response ? result.value : null);
  if (response)
    return { status: response.status, body: await response.clone().text(), location: response.headers.get("Location") };
  const { status, data } = dataOf(result.value);
  return { status, body: JSON.stringify(data) ?? "", location: null };
}

function request(kind: Kind, path: string, cookie: string | null) {
  if (kind === "loader") return get(path, cookie ?? undefined);
  // An empty form, sent as a same-origin browser post would be (server/security.ts checks these headers).
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body: new URLSearchParams(),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: BASE,
      "Sec-Fetch-Site": "same-origin",
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

/** The same request with every object id replaced by one that does not exist. */
function missing(handler: Handler, id: string, target: Target, viewer: Viewer) {
  const params = Object.fromEntries(
    Object.entries(target.params).map(([name, value]) => [name, name === "stageKey" ? value : "999999999"]),
  );
  return run(handler, request("action", pathOf(id, params), viewer.cookie), params);
}

/**
 * An action that validates the form before it looks the object up answers another organisation's empty POST 400.
 * That confirms nothing only if an id that exists nowhere gets the same answer; such routes are counted and listed.
 */
async function refusesBlindly(id: string, viewer: Viewer, kind: Kind, got: Result, probe: () => Promise<Result>) {
  if (viewer.org !== "B" || kind !== "action" || got.status !== 400) return false;
  const absent = await probe();
  if (absent.status !== 400) return false;
  tally.validatedFirst += 1;
  validatedFirst.add(id);
  return true;
}

const validatedFirst = new Set<string>();
const tally = { routes: 0, cells: 0, allowed: 0, refused: 0, signedOut: 0, validatedFirst: 0 };

describe("the route list", () => {
  it("declares every route file either public or with an expectation", () => {
    const undeclared = routeIds.filter((id) => !(id in PUBLIC_ROUTES) && !(id in EXPECTATIONS));
    expect(undeclared, "route files with no declared access: add them to tests/authorization-expectations.ts").toEqual([]);
  });

  it("names no route that neither exists nor is planned", () => {
    const stale = [...Object.keys(PUBLIC_ROUTES), ...Object.keys(EXPECTATIONS)].filter(
      (id) => !routeIds.includes(id) && !PLANNED_ROUTES.includes(id),
    );
    expect(stale).toEqual([]);
  });
});

async function routeModule(id: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ routeFileOf(id))) as RouteModule;
}

describe("the fixtures", () => {
  it("put org A's names where its own people see them, so that a leak would show", async () => {
    const seen = async (id: string, path: string, params: Record<string, string> = {}) =>
      (await run((await routeModule(id)).loader!, get(path, a.people.admin.cookie), params)).body;
    expect(await seen("engagements._index", "/engagements")).toContain(MARK_A);
    expect(await seen("surveys._index", "/surveys")).toContain(MARK_A);
    if (routeIds.includes("panels._index")) expect(await seen("panels._index", "/panels")).toContain(PANEL_TWO);
    if (routeIds.includes("panels.$panelId._index"))
      expect(await seen("panels.$panelId._index", `/panels/${ids.panel1}`, { panelId: String(ids.panel1) })).toContain(
        PLANNING_DAY,
      );
  });
});

describe("authorization matrix", () => {
  const viewers = (): Viewer[] =>
    [
      ["A", a],
      ["B", b],
    ].flatMap(([org, o]) =>
      ROLES.map((role) => ({
        label: `${role} of org ${org}`,
        org: org as "A" | "B",
        role,
        cookie: (o as Org).people[role].cookie,
      })),
    );
  const planned = PLANNED_ROUTES.filter((id) => !routeIds.includes(id));

  for (const id of planned) it.skip(`${id} (planned, no route file yet)`, () => {});

  for (const id of staffRoutes) {
    it(id, async () => {
      const expectation = EXPECTATIONS[id];
      expect(expectation, `${id} has no expectation`).toBeDefined();
      const module = await routeModule(id);
      const problems: string[] = [];
      if (!module.loader) problems.push("exports no loader");
      if (module.action && !expectation.action) problems.push("exports an action but declares no action expectation");
      if (!module.action && expectation.action && !expectation.panel)
        problems.push("declares an action expectation but exports no action");
      tally.routes += 1;
      for (const target of targetsOf(id, expectation)) {
        const path = pathOf(id, target.params) + (expectation.search ?? "");
        for (const kind of ["loader", "action"] as const) {
          const handler = module[kind];
          if (!handler) continue;
          const out = await run(handler, request(kind, path, null), target.params);
          tally.cells += 1;
          tally.signedOut += 1;
          if (out.status !== 302 || !out.location?.startsWith("/sign-in"))
            problems.push(`${kind} ${path} signed out: ${out.status} ${out.location ?? ""}, not a redirect to /sign-in`);
          for (const viewer of viewers()) {
            const want = expected(id, expectation, kind, viewer, target);
            const got = await run(handler, request(kind, path, viewer.cookie), target.params);
            tally.cells += 1;
            if (letIn(id, expectation, kind, viewer, target)) tally.allowed += 1;
            else tally.refused += 1;
            const where = `${kind} ${path} (${target.label}) as ${viewer.label}`;
            if (
              !want.includes(got.status) &&
              !(await refusesBlindly(id, viewer, kind, got, () => missing(handler, id, target, viewer)))
            )
              problems.push(`${where}: ${got.status}, expected ${want.join(" or ")}`);
            for (const secret of secretsFor(viewer))
              if (got.body.includes(secret)) problems.push(`${where}: the ${got.status} answer contains "${secret}"`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

afterAll(() => {
  const roles = ROLES.length;
  console.log(
    `authorization matrix: ${tally.routes} staff routes × ${roles} roles × 2 organisations (+ signed out), ` +
      `${tally.cells} cells (${tally.allowed} let in, ${tally.refused} refused, ${tally.signedOut} signed out); ` +
      `${routeIds.length - staffRoutes.length} public routes declared; ${PLANNED_ROUTES.filter((id) => !routeIds.includes(id)).length} planned routes skipped; ` +
      `${tally.validatedFirst} org B empty POSTs answered 400 as for a missing id (${[...validatedFirst].join(", ")})`,
  );
});
