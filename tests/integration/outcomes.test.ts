/**
 * Outcomes across commissioned services (issue 20 part B), end to end through the loaders: a PCC office with three
 * services (part A's demo commissioning), a quarter of answers with pairs (db/demo-outcomes.ts), one service small.
 * Proves what crosses an organisation's boundary: the PCC office sees per-service figures through disclosure
 * control and never a response, a quote or a raw small count; a service sees its own figures and the average, and
 * never another service's name or figures; an unrelated organisation sees nothing of either. Closed quarters'
 * returns are kept as reported, and ending a relationship does not change them.
 */
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemoCommissioning, type DemoService } from "../../db/demo-commissioning";
import { seedDemoOutcomes } from "../../db/demo-outcomes";
import { outcomePairCodes, outcomeReturns, responses } from "../../db/schema";
import { endCommission } from "../../app/commissioning/commissions.server";
import { ukToday } from "../../app/engagements/stages";
import { previousQuarter, quarterKey, quarterOf } from "../../app/outcomes/quarters";
import * as comparisonRoute from "../../app/routes/outcomes._index";
import * as csvRoute from "../../app/routes/outcomes.return[.csv]";
import * as printRoute from "../../app/routes/outcomes.return";
import * as serviceRoute from "../../app/routes/outcomes.service";
import * as channelsRoute from "../../app/routes/outcomes.channels";
import * as answerRoute from "../../app/routes/s.$slug.answer";
import type { ThanksView } from "../../app/respondent/answer-flow.server";
import { listChannels } from "../../app/distribution/channels.server";
import { stageOfChannelCode } from "../../app/outcomes/channel-stages.server";
import { answerClient } from "../respondent-helpers";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post, sessionCookieFor } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let pcc: Org;
let unrelated: Org;
let services: DemoService[];
const quarter = quarterKey(previousQuarter(quarterOf(ukToday())));
const READERS = ["admin", "engagement_lead", "analyst", "action_owner"] as const;
const SERVICE_NAMES = ["Demo Victim and Witness Hub", "Demo ISVA Service", "Demo Domestic Abuse Outreach"];

async function load(route: { loader: (a: never) => unknown }, path: string, cookie: string) {
  const result = await outcome(() => route.loader(args(get(path, cookie)) as never));
  if (result.thrown) return { status: result.thrown.status, text: await result.thrown.text() };
  if (result.value instanceof Response) return { status: result.value.status, text: await result.value.text() };
  return { status: 200, text: JSON.stringify(result.value) };
}

/** Every free-text answer stored in the services' outcome surveys (the hub adds an open question). */
function storedTexts(): string[] {
  return getDb()
    .select({ answers: responses.answers })
    .from(responses)
    .all()
    .flatMap((r) =>
      Object.values(r.answers).filter((v): v is string => typeof v === "string" && v.includes(" ") && v.length > 12),
    );
}

beforeAll(async () => {
  pcc = await makeOrganisationWithUsers("outcomes-pcc");
  unrelated = await makeOrganisationWithUsers("outcomes-other");
  let n = 0;
  services = await seedDemoCommissioning(
    getDb(),
    { id: pcc.people.admin.id, organisation: { id: pcc.organisation.id } },
    () => `demo password ${(n += 1)} for tests`,
  );
  seedDemoOutcomes(services);
}, 120_000);

describe("the PCC office's comparison", () => {
  it("shows every service by name, the small one as 'fewer than 5', with pairs counted, for every reader role", async () => {
    for (const role of READERS) {
      const page = await load(comparisonRoute, `/outcomes?quarter=${quarter}`, pcc.people[role].cookie);
      expect(page.status).toBe(200);
      const data = JSON.parse(page.text);
      expect(data.quarterReturn.comparison.services.map((s: { name: string }) => s.name).sort()).toEqual(
        [...SERVICE_NAMES].sort(),
      );
      const outreach = data.quarterReturn.comparison.services.find((s: { name: string }) => s.name === SERVICE_NAMES[2]);
      expect(outreach.responses).toEqual({ kind: "fewerThan", threshold: 5 });
      const hubIndex = data.quarterReturn.comparison.services.findIndex((s: { name: string }) => s.name === SERVICE_NAMES[0]);
      const pairs = data.quarterReturn.comparison.measures.map(
        (m: { services: { pairs: { kind: string; value?: number } }[] }) => m.services[hubIndex].pairs,
      );
      expect(
        Math.max(...pairs.map((p: { kind: string; value?: number }) => (p.kind === "count" ? p.value! : 0))),
      ).toBeGreaterThanOrEqual(10);
    }
  });

  it("never carries a response's text, and its CSV and printable return neither", async () => {
    const texts = storedTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const [route, path] of [
      [comparisonRoute, `/outcomes?quarter=${quarter}`],
      [printRoute, `/outcomes/return?quarter=${quarter}`],
      [csvRoute, `/outcomes/return.csv?quarter=${quarter}`],
    ] as const) {
      const page = await load(route, path, pcc.people.analyst.cookie);
      expect(page.status).toBe(200);
      for (const text of texts) expect(page.text).not.toContain(text);
    }
    const csv = await load(csvRoute, `/outcomes/return.csv?quarter=${quarter}&lng=cy`, pcc.people.admin.cookie);
    expect(csv.text).toContain("llai na 5");
    expect(csv.text).toContain(SERVICE_NAMES[1].replace("Demo ISVA Service", "Gwasanaeth ISVA Demo"));
  });

  it("keeps a closed quarter's return as reported, even after a relationship ends", async () => {
    const before = await load(comparisonRoute, `/outcomes?quarter=${quarter}`, pcc.people.admin.cookie);
    const stored = getDb().select().from(outcomeReturns).where(eq(outcomeReturns.organisationId, pcc.organisation.id)).all();
    expect(stored.map((r) => r.quarter)).toContain(quarter);
    const isva = services[1];
    expect(
      endCommission({ id: pcc.people.admin.id, organisation: { id: pcc.organisation.id } } as never, isva.commissionId),
    ).toBe(true);
    const after = await load(comparisonRoute, `/outcomes?quarter=${quarter}`, pcc.people.admin.cookie);
    expect(JSON.parse(after.text).quarterReturn).toEqual(JSON.parse(before.text).quarterReturn);
    expect(JSON.parse(after.text).status).toBe("reported");
  });

  it("is refused to roles that do not read figures", async () => {
    const page = await load(comparisonRoute, `/outcomes?quarter=${quarter}`, pcc.people.panel_member.cookie);
    expect(page.status).toBe(403);
  });
});

describe("a service's own page", () => {
  it("shows its own figures and never another service's name, for every reader role of the service", async () => {
    const hub = services[0];
    const cookie = sessionCookieFor(hub.accounts.find((a) => a.role === "admin")!.id);
    const page = await load(serviceRoute, `/outcomes/service?quarter=${quarter}`, cookie);
    expect(page.status).toBe(200);
    const data = JSON.parse(page.text);
    expect(data.outcomes).toHaveLength(1);
    expect(data.outcomes[0].own.services[0].responses.kind).toBe("count");
    for (const other of SERVICE_NAMES.slice(1)) expect(page.text).not.toContain(other);
    for (const text of storedTexts()) expect(page.text).not.toContain(text);
    // The comparison is the commissioner's: a service sees none of it.
    const comparison = await load(comparisonRoute, `/outcomes?quarter=${quarter}`, cookie);
    expect(JSON.parse(comparison.text).quarterReturn).toBeNull();
    for (const other of SERVICE_NAMES) expect(comparison.text).not.toContain(other);
  });

  it("sets its own channels' stages, and never another organisation's", async () => {
    const hub = services[0];
    const lead = hub.accounts.find((a) => a.role === "admin")!;
    const cookie = sessionCookieFor(lead.id);
    const set = dataOf(
      await channelsRoute.action(
        args(post("/outcomes/channels", { channelId: String(hub.channelIds[1]), stage: "start" }, cookie)) as never,
      ),
    );
    expect(set.status).toBe(200);
    dataOf(
      await channelsRoute.action(
        args(post("/outcomes/channels", { channelId: String(hub.channelIds[1]), stage: "end" }, cookie)) as never,
      ),
    );
    const bad = dataOf(
      await channelsRoute.action(
        args(post("/outcomes/channels", { channelId: String(hub.channelIds[1]), stage: "middle" }, cookie)) as never,
      ),
    );
    expect(bad.status).toBe(400);
    const theirs = await outcome(() =>
      channelsRoute.action(
        args(post("/outcomes/channels", { channelId: String(services[1].channelIds[0]), stage: "end" }, cookie)) as never,
      ),
    );
    expect(theirs.thrown?.status).toBe(400);
  });
});

describe("an unrelated organisation", () => {
  it("sees no service's name, figure or answer on any outcome page", async () => {
    for (const role of READERS) {
      for (const [route, path] of [
        [comparisonRoute, `/outcomes?quarter=${quarter}`],
        [printRoute, `/outcomes/return?quarter=${quarter}`],
        [csvRoute, `/outcomes/return.csv?quarter=${quarter}`],
        [serviceRoute, `/outcomes/service?quarter=${quarter}`],
      ] as const) {
        const page = await load(route, path, unrelated.people[role].cookie);
        expect(page.status).toBe(200);
        for (const name of SERVICE_NAMES) expect(page.text).not.toContain(name);
        for (const text of storedTexts()) expect(page.text).not.toContain(text);
      }
    }
  });
});

describe("pair codes at rest", () => {
  it("store only a hash with each start and end answer, pairs sharing one", () => {
    const rows = getDb().select().from(outcomePairCodes).all();
    expect(rows.some((r) => r.stage === "start")).toBe(true);
    expect(rows.some((r) => r.stage === "end")).toBe(true);
    for (const row of rows) expect(row.pairHash ?? "").toMatch(/^[A-Za-z0-9_-]{32}$|^$/);
    const starts = new Set(rows.filter((r) => r.stage === "start").map((r) => r.pairHash));
    expect(rows.filter((r) => r.stage === "end" && starts.has(r.pairHash)).length).toBeGreaterThan(10);
  });
});

describe("the respondent-held pair code", () => {
  const { load, send, asPage } = answerClient("demo-hub-outcomes");

  async function answerThrough(slug: string, query: string, extra: Record<string, string> = {}, lng?: string) {
    let page = asPage((await load(`/s/${slug}/answer?${query}`, { slug }, answerRoute as never)).view);
    const first = page;
    expect(page.shown).toContain("vvo_cr_coping");
    let fields: Record<string, string> = { "q.vvo_cr_coping": "a_little", ...extra };
    for (let step = 0; step < 12; step += 1) {
      const sent = await send(
        { journey: page.journey, intent: page.isLast ? "submit" : "next", shown: page.shown, website: "", ...fields },
        { lng, slug },
      );
      fields = {};
      if (sent.location) return { first, thanks: sent.view as ThanksView };
      page = asPage(sent.view);
    }
    throw new Error("the survey did not end");
  }

  const latestPair = () => getDb().select().from(outcomePairCodes).orderBy(desc(outcomePairCodes.responseId)).limit(1).get()!;

  it("gives a code on a start channel's thank-you page, takes it back on an end channel's first page, and pairs by hash", async () => {
    const hub = services[0];
    const [start, end] = listChannels(hub.organisationId, hub.surveyId);
    expect(stageOfChannelCode(start.code)).toBe("start");
    const begun = await answerThrough("demo-hub-outcomes", `ch=${start.code}`);
    expect(begun.first.pairCodeField).toBeNull();
    expect(begun.thanks.pairCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const startRow = latestPair();
    expect(startRow.stage).toBe("start");
    // Nothing stored holds the code itself.
    expect(JSON.stringify(getDb().select().from(responses).where(eq(responses.id, startRow.responseId)).get())).not.toContain(
      begun.thanks.pairCode!,
    );

    // At the end, in Welsh, typed as a person might: lower case, a space instead of the dash.
    const typed = begun.thanks.pairCode!.toLowerCase().replace("-", " ");
    const ended = await answerThrough("demo-hub-outcomes", `ch=${end.code}&lng=cy`, { pair_code: typed }, "cy");
    expect(ended.first.pairCodeField).toEqual({ value: "" });
    expect(ended.thanks.pairCode).toBeNull();
    expect(ended.thanks.lang).toBe("cy");
    const endRow = latestPair();
    expect(endRow).toMatchObject({ stage: "end", pairHash: startRow.pairHash });
  });

  it("counts an end answer with a wrong or no code, unpaired, and offers no field on an ordinary link", async () => {
    const hub = services[0];
    const [, end] = listChannels(hub.organisationId, hub.surveyId);
    await answerThrough("demo-hub-outcomes", `ch=${end.code}`, { pair_code: "not a code" });
    expect(latestPair()).toMatchObject({ stage: "end", pairHash: null });
    await answerThrough("demo-hub-outcomes", `ch=${end.code}`);
    expect(latestPair()).toMatchObject({ stage: "end", pairHash: null });
    const plain = await answerThrough("demo-hub-outcomes", "lng=en");
    expect(plain.first.pairCodeField).toBeNull();
    expect(plain.thanks.pairCode).toBeNull();
  });
});
