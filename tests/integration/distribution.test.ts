import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditEvents, channels, responses, surveys, surveyVersions } from "../../db/schema";
import { resetConfigForTests } from "../../app/config.server";
import { channelForCode } from "../../app/distribution/channels.server";
import * as distribution from "../../app/routes/surveys.$surveyId.distribution";
import * as qrSvg from "../../app/routes/surveys.$surveyId.distribution.$channelId[.svg]";
import * as qrPng from "../../app/routes/surveys.$surveyId.distribution.$channelId[.png]";
import * as overview from "../../app/routes/surveys.$surveyId._index";
import * as organisationSettings from "../../app/routes/admin.organisation";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let surveyId: string;
let otherSurveyId: string;
let foreignSurveyId: string;
let foreignChannelId: string;

function makeSurvey(organisationId: number, slug: string, status: "draft" | "published" = "draft") {
  const db = getDb();
  const survey = db
    .insert(surveys)
    .values({
      organisationId,
      slug,
      title: `Survey ${slug}`,
      status,
      settings: { languages: ["cy"], estimatedMinutes: 5, intro: {}, opensOn: null, closesOn: null, retentionDays: 365 },
      draft: { title: `Survey ${slug}`, pages: [{ name: "p1", elements: [{ type: "comment", name: "c" }] }] },
    })
    .returning({ id: surveys.id })
    .get();
  return String(survey.id);
}

const path = (id: string) => `/surveys/${id}/distribution`;

function load(cookie: string, id = surveyId) {
  return distribution.loader(args(get(path(id), cookie), { surveyId: id }));
}

function rawAct(fields: Record<string, string>, cookie = a.people.engagement_lead.cookie, id = surveyId) {
  return distribution.action(args(post(path(id), fields, cookie), { surveyId: id }));
}

function act(fields: Record<string, string>, cookie = a.people.engagement_lead.cookie, id = surveyId) {
  return outcome(() => rawAct(fields, cookie, id));
}

function channelNamed(label: string) {
  return getDb()
    .select({ id: channels.id, code: channels.code, status: channels.status })
    .from(channels)
    .where(and(eq(channels.label, label), eq(channels.surveyId, Number(surveyId))))
    .get()!;
}

function auditActions(objectId: number) {
  return getDb()
    .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.objectType, "channel"), eq(auditEvents.objectId, String(objectId))))
    .all();
}

beforeAll(async () => {
  a = await makeOrganisationWithUsers("dist-a");
  b = await makeOrganisationWithUsers("dist-b");
  surveyId = makeSurvey(a.organisation.id, "dist-rights");
  otherSurveyId = makeSurvey(a.organisation.id, "dist-other");
  foreignSurveyId = makeSurvey(b.organisation.id, "dist-foreign", "published");
  const created = await outcome(() =>
    distribution.action(
      args(post(path(foreignSurveyId), { intent: "create", label: "Foreign poster" }, b.people.engagement_lead.cookie), {
        surveyId: foreignSurveyId,
      }),
    ),
  );
  foreignChannelId = String((created.value as { channelId: number }).channelId);
});

afterEach(() => {
  delete process.env.PUBLIC_URL;
  resetConfigForTests();
});

describe("creating channels", () => {
  it("creates a channel with its own random code, link and QR preview, and audits it", async () => {
    const { value } = await act({ intent: "create", label: "  Victim hub text message " });
    expect(dataOf(value)).toMatchObject({ status: 200, data: { ok: true, notice: "distribution.created" } });
    const channel = channelNamed("Victim hub text message");
    expect(channel.code).toMatch(/^[abcdefghjkmnpqrstuvwxyz23456789]{10}$/);
    expect(channel.status).toBe("open");

    const page = await load(a.people.engagement_lead.cookie);
    expect(page.publicLink).toBe("http://localhost/s/dist-rights");
    expect(page.channels).toHaveLength(1);
    expect(page.channels[0]).toMatchObject({
      label: "Victim hub text message",
      status: "open",
      link: `http://localhost/s/dist-rights?ch=${channel.code}`,
    });
    expect(page.channels[0].qr.size).toBeGreaterThan(20);
    expect(page.channels[0].qr.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(page.canChange).toBe(true);
    expect(page.survey.status).toBe("draft");
    expect(auditActions(channel.id)).toEqual([{ action: "channel.created", actor: a.people.engagement_lead.id }]);
  });

  it("gives every channel a different code", async () => {
    await act({ intent: "create", label: "Poster in custody suite" }, a.people.admin.cookie);
    const codes = (await load(a.people.admin.cookie)).channels.map((c) => c.link.split("ch=")[1]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("refuses a label the survey already has (in any case), an empty one and a long one, keeping what was typed", async () => {
    for (const [label, error] of [
      ["victim HUB text message", "distribution.errors.labelTaken"],
      ["   ", "distribution.errors.labelRequired"],
      ["x".repeat(81), "distribution.errors.labelTooLong"],
    ]) {
      const { value } = await act({ intent: "create", label });
      expect(dataOf(value), label).toMatchObject({ status: 400, data: { errors: { label: error }, values: { label } } });
    }
    expect((await load(a.people.admin.cookie)).channels).toHaveLength(2);
  });

  it("allows the same label on another survey", async () => {
    const { value } = await act(
      { intent: "create", label: "Victim hub text message" },
      a.people.engagement_lead.cookie,
      otherSurveyId,
    );
    expect(dataOf(value).status).toBe(200);
  });

  it("uses PUBLIC_URL for links when it is set", async () => {
    process.env.PUBLIC_URL = "https://voice.example.police.uk/";
    resetConfigForTests();
    const page = await load(a.people.analyst.cookie);
    expect(page.publicLink).toBe("https://voice.example.police.uk/s/dist-rights");
    expect(page.channels[0].link).toMatch(/^https:\/\/voice\.example\.police\.uk\/s\/dist-rights\?ch=[a-z2-9]{10}$/);
  });
});

describe("pausing and reopening", () => {
  it("pauses and reopens, audited, and the respondent route sees the status", async () => {
    const channel = channelNamed("Poster in custody suite");
    const paused = await act({ intent: "pause", channelId: String(channel.id) });
    expect(dataOf(paused.value).data).toMatchObject({ ok: true, notice: "distribution.paused" });
    expect(channelForCode(Number(surveyId), channel.code)).toEqual({ id: channel.id, status: "paused" });
    await act({ intent: "reopen", channelId: String(channel.id) });
    expect(channelForCode(Number(surveyId), channel.code)).toEqual({ id: channel.id, status: "open" });
    expect(auditActions(channel.id).map((e) => e.action)).toEqual(["channel.created", "channel.paused", "channel.reopened"]);
  });

  it("finds a code only on its own survey, and ignores malformed codes", () => {
    const channel = channelNamed("Poster in custody suite");
    expect(channelForCode(Number(otherSurveyId), channel.code)).toBeNull();
    expect(channelForCode(Number(surveyId), "nope")).toBeNull();
    expect(channelForCode(Number(surveyId), channel.code.toUpperCase())).toBeNull();
  });

  it("answers an unknown intent with 400 and a missing channel with 404", async () => {
    expect((await act({ intent: "explode" })).thrown?.status).toBe(400);
    expect((await act({ intent: "pause", channelId: "abc" })).thrown?.status).toBe(404);
    expect((await act({ intent: "pause", channelId: "999999" })).thrown?.status).toBe(404);
  });
});

describe("who may see and change channels", () => {
  it("lets analysts and action owners read but not change; panel members get 403", async () => {
    for (const role of ["analyst", "action_owner"] as const) {
      const page = await load(a.people[role].cookie);
      expect(page.canChange).toBe(false);
      expect(page.channels.length).toBeGreaterThan(0);
      expect((await act({ intent: "create", label: `By ${role}` }, a.people[role].cookie)).thrown?.status).toBe(403);
    }
    expect((await outcome(() => load(a.people.panel_member.cookie))).thrown?.status).toBe(403);
    const channelId = String(channelNamed("Poster in custody suite").id);
    const qrArgs = args(get(`${path(surveyId)}/${channelId}.svg`, a.people.panel_member.cookie), { surveyId, channelId });
    expect((await outcome(() => qrSvg.loader(qrArgs))).thrown?.status).toBe(403);
  });

  it("answers 404 for another organisation's survey, channel and QR codes, and changes nothing", async () => {
    const cookie = a.people.admin.cookie;
    const ownChannel = String(channelNamed("Poster in custody suite").id);
    const attempts = [
      () => load(cookie, foreignSurveyId),
      () => rawAct({ intent: "create", label: "Sneaky" }, cookie, foreignSurveyId),
      () => rawAct({ intent: "pause", channelId: foreignChannelId }, cookie, foreignSurveyId),
      // Their channel through our survey's address.
      () => rawAct({ intent: "pause", channelId: foreignChannelId }, cookie, surveyId),
      () => qrSvg.loader(args(get("/x.svg", cookie), { surveyId: foreignSurveyId, channelId: foreignChannelId })),
      () => qrPng.loader(args(get("/x.png", cookie), { surveyId: foreignSurveyId, channelId: foreignChannelId })),
      () => qrSvg.loader(args(get("/x.svg", cookie), { surveyId, channelId: foreignChannelId })),
      // Our channel under our other survey.
      () => qrPng.loader(args(get("/x.png", cookie), { surveyId: otherSurveyId, channelId: ownChannel })),
      () => qrSvg.loader(args(get("/x.svg", cookie), { surveyId, channelId: "1e3" })),
    ];
    for (const attempt of attempts) {
      expect((await outcome(attempt)).thrown?.status, attempt.toString()).toBe(404);
    }
    const foreign = getDb()
      .select({ status: channels.status })
      .from(channels)
      .where(eq(channels.id, Number(foreignChannelId)))
      .get();
    expect(foreign?.status).toBe("open");
    expect(getDb().select().from(channels).where(eq(channels.label, "Sneaky")).all()).toEqual([]);
  });
});

describe("QR code downloads", () => {
  const channelArgs = (ext: string) => {
    const channelId = String(channelNamed("Poster in custody suite").id);
    return args(get(`${path(surveyId)}/${channelId}.${ext}`, a.people.analyst.cookie), { surveyId, channelId });
  };

  it("downloads a self-contained SVG named after the survey and channel", async () => {
    const response = await qrSvg.loader(channelArgs("svg"));
    expect(response.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="dist-rights-poster-in-custody-suite-qr.svg"');
    const svg = await response.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("<title>Survey dist-rights: QR code for ‘Poster in custody suite’</title>");
    // No external references: the only address is the SVG namespace itself.
    const withoutNamespace = svg.replace('xmlns="http://www.w3.org/2000/svg"', "");
    for (const forbidden of ["href", "http:", "https:", "url(", "<image", "<script", "<use", "<foreignObject", "@import"]) {
      expect(withoutNamespace).not.toContain(forbidden);
    }
    expect(svg).toMatch(/<path fill="#000000" d="(M\d+ \d+h\d+v1h-\d+z)+"\/>/);
  });

  it("downloads a print-sized PNG", async () => {
    const response = await qrPng.loader(channelArgs("png"));
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="dist-rights-poster-in-custody-suite-qr.png"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = new DataView(bytes.buffer).getUint32(16);
    expect(width).toBeGreaterThanOrEqual(1000);
  });
});

describe("response counts, through disclosure control", () => {
  beforeAll(() => {
    const db = getDb();
    const survey = Number(surveyId);
    db.update(surveys).set({ status: "published" }).where(eq(surveys.id, survey)).run();
    const version = db
      .insert(surveyVersions)
      .values({
        surveyId: survey,
        version: 1,
        definition: {},
        settings: { languages: [], estimatedMinutes: 5, intro: {}, opensOn: null, closesOn: null, retentionDays: 365 },
        changes: [],
        acknowledgedWarnings: [],
      })
      .returning({ id: surveyVersions.id })
      .get();
    const hub = channelNamed("Victim hub text message").id;
    const poster = channelNamed("Poster in custody suite").id;
    let n = 0;
    const add = (channelId: number | null, count: number, danger = 0) => {
      for (let i = 0; i < count; i += 1) {
        n += 1;
        db.insert(responses)
          .values({
            organisationId: a.organisation.id,
            surveyId: survey,
            surveyVersionId: version.id,
            channelId,
            language: "en",
            submittedOn: "2027-04-01",
            answers: {},
            unredactedText: {},
            dangerFlag: i < danger,
            submissionKey: `dist-${n}`,
          })
          .run();
      }
    };
    add(hub, 12, 1);
    add(poster, 2);
    add(null, 30);
  });

  it("shows small counts as 'fewer than', hides the next smallest, and keeps the total", async () => {
    const page = await load(a.people.analyst.cookie);
    expect(page.survey.status).toBe("published");
    expect(page.threshold).toBe(5);
    expect(page.counts).toMatchObject({
      noChannel: { kind: "count", value: 30 },
      channels: [
        { label: "Victim hub text message", responses: { kind: "hidden" } },
        { label: "Poster in custody suite", responses: { kind: "fewerThan", threshold: 5 } },
      ],
      total: { kind: "count", value: 44 },
      danger: { kind: "fewerThan", threshold: 5 },
    });
  });

  it("shows the same figures on the survey overview", async () => {
    const page = await overview.loader(args(get(`/surveys/${surveyId}`, a.people.action_owner.cookie), { surveyId }));
    expect(page.responses.total).toEqual({ kind: "count", value: 44 });
    expect(page.responses.channels.map((c) => c.responses.kind)).toEqual(["hidden", "fewerThan"]);
    expect(page.responses.danger).toEqual({ kind: "fewerThan", threshold: 5 });
  });

  it("follows the organisation's own threshold", async () => {
    const saved = await outcome(() =>
      organisationSettings.action(
        args(
          post(
            "/admin/organisation",
            {
              name: "dist-a Police",
              nameCy: "Heddlu dist-a",
              brandColour: "#1d4f91",
              quickExitUrl: "https://www.bbc.co.uk/weather",
              disclosureThreshold: "15",
            },
            a.people.admin.cookie,
          ),
        ),
      ),
    );
    expect(dataOf(saved.value).status).toBe(200);
    const page = await load(a.people.analyst.cookie);
    expect(page.threshold).toBe(15);
    expect(page.counts.channels.map((c) => c.responses)).toEqual([
      { kind: "fewerThan", threshold: 15 },
      { kind: "fewerThan", threshold: 15 },
    ]);
    expect(page.counts.total).toEqual({ kind: "count", value: 44 });
  });

  it("never shows another organisation's responses", async () => {
    const page = await distribution.loader(
      args(get(path(foreignSurveyId), b.people.analyst.cookie), { surveyId: foreignSurveyId }),
    );
    expect(page.counts.total).toEqual({ kind: "count", value: 0 });
  });
});
