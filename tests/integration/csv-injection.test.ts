/**
 * CSV formula injection is neutralised in every export (issue #10). The exports are found from app/routes — a file
 * named for CSV or an export, or one whose imports reach a CSV writer (a module that sends text/csv, or
 * app/responses/csv.ts) — and a new one fails here until it is exercised below, so it cannot be forgotten.
 *
 * Every free-text field an export reads carries a formula payload: respondents' answers (stored as respondents' are,
 * validated and redacted by recordResponse, so both the redacted and the original export are read), the survey's
 * question titles and choice labels, channel labels, and the actions report's titles, engagement titles, teams,
 * owners' names and reasons. Staff text is written to the database as it stands, not through the forms (which trim),
 * because the export must be safe whatever is stored. Each download is parsed as RFC 4180 and no cell may begin with
 * = + - @, a tab or a carriage return unless the app's single quote comes first (app/responses/csv.ts); and every
 * payload is still there, whole, behind that quote.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeEngagement, makeUser } from "../../db/factories";
import { actions, outcomeMeasures, responses, surveyVersions } from "../../db/schema";
import { createChannel } from "../../app/distribution/channels.server";
import { ukToday } from "../../app/engagements/stages";
import { recordResponse } from "../../app/respondent/responses.server";
import { validateSubmission } from "../../app/respondent/survey-engine";
import * as actionsReportCsv from "../../app/routes/actions.report[.csv]";
import * as outcomeReturnCsv from "../../app/routes/outcomes.return[.csv]";
import { acceptInvitation, inviteServiceBySlug } from "../../app/commissioning/commissions.server";
import { addOwnMeasure, publishFramework, startDraft } from "../../app/commissioning/frameworks.server";
import { adoptOutcomeSurvey } from "../../app/commissioning/outcome-survey.server";
import { previousQuarter, quarterKey, quarterOf } from "../../app/outcomes/quarters";
import { makeOrganisation } from "../../db/factories";
import * as responsesExport from "../../app/routes/surveys.$surveyId.responses.export";
import { RESPONDENT_SURVEY } from "../fixtures/respondent-survey";
import { args, get, makeOrganisationWithUsers, post } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";
import { pathOf, routeFileOf, routeIds } from "../route-list";

const PAYLOADS = [
  `=HYPERLINK("http://evil.example","x")`,
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  "=cmd|' /C calc'!A0",
  ` =HYPERLINK("http://evil.example","x")`,
];

// ---- Which routes are exports ----

const APP_DIR = fileURLToPath(new URL("../../app/", import.meta.url));
const CSV_WRITER = path.join(APP_DIR, "responses", "csv.ts");

/** The app modules a module imports ("~/…" and relative), as files. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
    const specifier = match[1];
    const base = specifier.startsWith("~/")
      ? path.join(APP_DIR, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(file), specifier)
        : null;
    if (!base) continue;
    const resolved = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(
      (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
    );
    if (resolved) found.push(resolved);
  }
  return found;
}

/** Whether a module, or anything it imports from the app, writes CSV. */
function writesCsv(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  if (file === CSV_WRITER || /["'`]text\/csv/i.test(readFileSync(file, "utf8"))) return true;
  return importsOf(file).some((imported) => writesCsv(imported, seen));
}

const exportRoutes = routeIds.filter((id) => /csv|export/i.test(id) || writesCsv(routeFileOf(id)));

// ---- Reading a download ----

/** RFC 4180: quoted fields with doubled quotes, CRLF (or LF) between records. Throws on anything malformed. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error("a quoted field never ends");
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && !",\r\n".includes(text[i])) {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field, record ${rows.length + 1}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ",") i += 1;
    else if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (text[i] === "\n") i += 1;
    else if (i < text.length) throw new Error(`${JSON.stringify(text[i])} after a field, record ${rows.length + 1}`);
    if (text[i - 1] === "\n" || i >= text.length) {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** A cell a spreadsheet could run: a formula character first, or after spaces that some importers trim. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@])/;

/** A cell as a person reads it: the app's neutralising quote taken off again. */
const shown = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

type Download = { label: string; rows: string[][] };

/** Cells a spreadsheet would run, and records that do not have the header's number of cells. */
function cellProblems(download: Download): string[] {
  const problems: string[] = [];
  const width = download.rows[0]?.length ?? 0;
  download.rows.forEach((row, index) => {
    if (row.length !== width) problems.push(`${download.label} record ${index + 1}: ${row.length} cells, header has ${width}`);
    for (const cell of row)
      if (FORMULA.test(cell)) problems.push(`${download.label} record ${index + 1}: a formula cell ${JSON.stringify(cell)}`);
  });
  return problems;
}

// ---- The data ----

type Seeded = {
  /** The outcome return's typed texts: services named by payloads, and a measure whose title and scale are payloads. */
  outcomes: {
    services: { id: number; name: string }[];
    key: string;
    points: string[];
    title: { en: string; cy: string };
    labels: { en: string; cy: string }[];
  };
  analyst: string;
  admin: string;
  surveyId: number;
  /** Question titles by language: each is one payload. */
  titles: Record<"en" | "cy", string[]>;
  /** Per response: its id, channel label, and the stored free text, redacted and original. */
  responses: { id: number; channel: string; redacted: string[]; original: string[] }[];
  /** Per action: its id and the texts its row must show. */
  actions: { id: number; texts: string[] }[];
  period: { from: string; to: string };
};

const FREE_TEXT = ["better", "help-Comment", "short"];

/**
 * The respondent fixture survey with one more (short text) question, each question titled with one payload (a
 * different one in Welsh) and every choice, matrix row and column, "something else" and yes/no label with another.
 */
function payloadSurvey() {
  const definition = structuredClone(RESPONDENT_SURVEY) as unknown as {
    pages: { name: string; elements: Record<string, unknown>[] }[];
  };
  definition.pages
    .find((page) => page.name === "words")!
    .elements.push({ type: "text", name: "short", title: { default: "", cy: "" } });
  let label = 0;
  const next = () => {
    label += 1;
    return {
      default: `${PAYLOADS[label % PAYLOADS.length]} ${label}`,
      cy: `${PAYLOADS[(label + 3) % PAYLOADS.length]} ${label}`,
    };
  };
  const titles: Record<"en" | "cy", string[]> = { en: [], cy: [] };
  const questions = definition.pages.flatMap((page) => page.elements).filter((element) => element.type !== "html");
  questions.forEach((question, index) => {
    const title = { default: PAYLOADS[index % PAYLOADS.length], cy: PAYLOADS[(index + 5) % PAYLOADS.length] };
    question.title = title;
    titles.en.push(title.default);
    titles.cy.push(title.cy);
    for (const key of ["choices", "rows", "columns"])
      if (Array.isArray(question[key]))
        question[key] = (question[key] as { value: string }[]).map((item) => ({ ...item, text: next() }));
    for (const key of ["otherText", "labelTrue", "labelFalse"]) if (key in question) question[key] = next();
  });
  return { definition, titles };
}

let seeded: Seeded;

// ---- The downloads ----

async function bodyOf(result: unknown, label: string): Promise<string> {
  if (!(result instanceof Response)) throw new Error(`${label}: not a Response`);
  expect(result.status, label).toBe(200);
  expect(result.headers.get("Content-Type"), label).toMatch(/^text\/csv/);
  return result.text();
}

type Exercise = (label: string, lng: "en" | "cy") => Promise<{ download: Download; expected: string[][]; titles: string[] }[]>;

/** Each export route, and how to download it: every variant it offers of CSV, in both languages. */
const EXERCISED: Record<string, Exercise> = {
  "surveys.$surveyId.responses.export": async (label, lng) => {
    const params = { surveyId: String(seeded.surveyId) };
    const address = pathOf("surveys.$surveyId.responses.export", params);
    const redacted = await bodyOf(
      await responsesExport.loader(args(get(`${address}?format=csv&lng=${lng}`, seeded.analyst), params)),
      label,
    );
    // The original text comes only from the form's POST (analysts and admins).
    const original = await bodyOf(
      await responsesExport.action(args(post(address, { format: "csv", lng, text: "original" }, seeded.analyst), params)),
      label,
    );
    const expected = (pick: "redacted" | "original") =>
      seeded.responses.map((response) => [String(response.id), response.channel, ...response[pick]]);
    return [
      {
        download: { label: `${label} redacted`, rows: parseCsv(redacted) },
        expected: expected("redacted"),
        titles: seeded.titles[lng],
      },
      {
        download: { label: `${label} original`, rows: parseCsv(original) },
        expected: expected("original"),
        titles: seeded.titles[lng],
      },
    ];
  },
  "outcomes.return[.csv]": async (label, lng) => {
    const quarter = quarterKey(previousQuarter(quarterOf(ukToday())));
    const address = `${pathOf("outcomes.return[.csv]", {})}?quarter=${quarter}&lng=${lng}`;
    const text = await bodyOf(await outcomeReturnCsv.loader(args(get(address, seeded.analyst))), label);
    const { services, key, points, title, labels } = seeded.outcomes;
    const name = (s: { name: string }) => s.name;
    const rowsOf = (id: string, texts: string[]) => [
      ...points.map((p, i) => [`${id}:${key}:point:${p}`, ...texts, title[lng], labels[i][lng]]),
      ...["favourable", "improved", "stayed", "worse"].map((f) => [`${id}:${key}:${f}`, ...texts, title[lng]]),
    ];
    const expected = [
      ...services.map((s) => [`${s.id}:-:responses`, name(s)]),
      ["all:-:responses"],
      ...services.flatMap((s) => rowsOf(String(s.id), [name(s)])),
      ...rowsOf("all", []),
    ];
    return [{ download: { label, rows: parseCsv(text) }, expected, titles: [] }];
  },
  "actions.report[.csv]": async (label, lng) => {
    const { from, to } = seeded.period;
    const address = `${pathOf("actions.report[.csv]", {})}?from=${from}&to=${to}&lng=${lng}`;
    const text = await bodyOf(await actionsReportCsv.loader(args(get(address, seeded.admin))), label);
    const expected = seeded.actions.map((action) => [String(action.id), ...action.texts]);
    return [{ download: { label, rows: parseCsv(text) }, expected, titles: [] }];
  },
};

const tally = { routes: 0, downloads: 0, cells: 0, payloadCells: 0, spaceFirst: 0 };

describe("CSV exports", () => {
  beforeAll(async () => {
    const org = await makeOrganisationWithUsers("csv-injection");
    const db = getDb();
    const organisationId = org.organisation.id;
    const lead = { id: org.people.engagement_lead.id, organisation: { id: organisationId } };
    const today = ukToday();

    const { definition, titles } = payloadSurvey();
    const surveyId = publishTestSurvey(lead, "csv-injection", definition);
    const version = db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get()!;
    const stored: Seeded["responses"] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      // Labels are told apart with their spaces trimmed, so two payloads that differ only in those need a number.
      const label = `${payload} ${i}`;
      const channel = createChannel(lead, surveyId, label);
      if (!channel.ok) throw new Error(`channel ${JSON.stringify(label)} not created: ${channel.error}`);
      const language = i % 2 ? "cy" : "en";
      const checked = validateSubmission(
        version.definition,
        {
          reported: "yes",
          help: ["police", "other"],
          "help-Comment": payload,
          treated: 3,
          informed: true,
          aspects: { listened: "agree", believed: "prefer_not_to_say" },
          better: payload,
          area: "north",
          short: payload,
        },
        language,
      );
      if (!checked.ok) throw new Error(`answers with ${JSON.stringify(payload)} refused: ${JSON.stringify(checked)}`);
      recordResponse({
        organisationId,
        surveyId,
        versionId: version.id,
        definition: version.definition,
        channelId: channel.id,
        language,
        answers: checked.answers,
        submissionKey: `csv-injection-${i}`,
      });
      const row = db
        .select({ id: responses.id, answers: responses.answers, unredacted: responses.unredactedText })
        .from(responses)
        .where(eq(responses.submissionKey, `csv-injection-${i}`))
        .get()!;
      const redacted = FREE_TEXT.map((key) => String(row.answers[key]));
      const original = FREE_TEXT.map((key) => String(row.unredacted[key] ?? row.answers[key]));
      stored.push({ id: row.id, channel: label, redacted, original });
    }

    const seededActions: Seeded["actions"] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const at = (shift: number) => PAYLOADS[(i + shift) % PAYLOADS.length];
      const engagement = makeEngagement(db, { organisationId, title: at(1), purpose: "Listen", audience: "Victims" });
      const owner = await makeUser(db, {
        organisationId,
        email: `owner-${i}@csv-injection.example.org`,
        name: at(2),
        roles: ["action_owner"],
      });
      const action = db
        .insert(actions)
        .values({
          organisationId,
          engagementId: engagement.id,
          title: payload,
          description: at(3),
          owningTeam: at(4),
          ownerUserId: owner.id,
          status: "not_taken_forward",
          statusReason: at(5),
          raisedOn: today,
        })
        .returning({ id: actions.id })
        .get();
      seededActions.push({ id: action.id, texts: [payload, at(1), at(4), at(2), at(5)] });
    }

    // A PCC office's outcome return: services named by payloads, an own measure whose title and scale are payloads.
    const admin = { id: org.people.admin.id, organisation: { id: organisationId } };
    startDraft(admin, { name: "Payload framework", nameCy: "Fframwaith" });
    const labels = [
      { en: PAYLOADS[2], cy: PAYLOADS[3] },
      { en: PAYLOADS[6], cy: PAYLOADS[7] },
    ];
    const title = { en: PAYLOADS[0], cy: PAYLOADS[7] };
    const measure = addOwnMeasure(admin, {
      key: "payload",
      kind: "outcome",
      title: title.en,
      titleCy: title.cy,
      scale: labels,
      improvedWhen: "higher",
    });
    if (!measure.ok) throw new Error(`payload measure refused: ${measure.error}`);
    if (!publishFramework(admin).ok) throw new Error("payload framework not published");
    const outcomeServices: Seeded["outcomes"]["services"] = [];
    for (const [i, payload] of [PAYLOADS[1], PAYLOADS[7], PAYLOADS[4]].entries()) {
      const service = makeOrganisation(db, { slug: `csv-service-${i}`, name: payload, nameCy: payload });
      const serviceAdmin = await makeUser(db, {
        organisationId: service.id,
        email: `admin-${i}@csv-service.example.org`,
        name: "Admin",
        roles: ["admin"],
      });
      const invited = inviteServiceBySlug(admin, service.slug);
      if (!invited.ok) throw new Error("payload service not invited");
      const serviceActor = { id: serviceAdmin.id, organisation: { id: service.id } };
      acceptInvitation(serviceActor, invited.id);
      if (!adoptOutcomeSurvey(serviceActor, invited.id, `csv-service-${i}-outcomes`).ok) throw new Error("not adopted");
      outcomeServices.push({ id: service.id, name: payload });
    }
    const payloadMeasure = db
      .select()
      .from(outcomeMeasures)
      .all()
      .find((m) => m.key === "payload")!;

    seeded = {
      outcomes: {
        services: outcomeServices.sort((a, b) => (a.name < b.name ? -1 : 1)),
        key: "payload",
        points: payloadMeasure.scale.map((p) => p.value),
        title,
        labels: payloadMeasure.scale.map((p) => ({ en: p.text.en, cy: p.text.cy })),
      },
      analyst: org.people.analyst.cookie,
      admin: org.people.admin.cookie,
      surveyId,
      titles,
      responses: stored,
      actions: seededActions,
      period: { from: today, to: today },
    };
  });

  it("are all found, and every one is exercised here", () => {
    expect(exportRoutes.length).toBeGreaterThan(0);
    expect(
      exportRoutes.filter((id) => !(id in EXERCISED)),
      "an export route this test does not download: add it to EXERCISED with data in every field it writes",
    ).toEqual([]);
    expect(
      Object.keys(EXERCISED).filter((id) => !exportRoutes.includes(id)),
      "exercised, but no longer a route that writes CSV",
    ).toEqual([]);
  });

  it("stored every payload as a formula still: nothing on the way in disarmed it", () => {
    // Read back from the database: validation and redaction left each answer a formula (the test would prove little else).
    for (const text of seeded.responses.flatMap((response) => [...response.redacted, ...response.original]))
      expect(text, "a stored answer").toMatch(/^\s*[=+\-@]/);
    expect(seeded.responses).toHaveLength(PAYLOADS.length);
    // Redaction replaced the address in the redacted text only: the original export has something else to show.
    expect(seeded.responses[0].redacted[0]).not.toBe(seeded.responses[0].original[0]);
  });

  for (const id of exportRoutes) {
    it(`${id} neutralises every formula and keeps every payload`, async () => {
      const exercise = EXERCISED[id];
      expect(exercise, `${id} is not exercised`).toBeDefined();
      tally.routes += 1;
      const problems: string[] = [];
      for (const lng of ["en", "cy"] as const) {
        for (const { download, expected, titles } of await exercise(`${id} (${lng})`, lng)) {
          tally.downloads += 1;
          problems.push(...cellProblems(download));
          const [header, ...records] = download.rows;
          expect(records.length, `${download.label}: one record per seeded row`).toBe(expected.length);
          for (const row of download.rows)
            for (const cell of row) {
              tally.cells += 1;
              if (/^'\s+[=+\-@]/.test(cell)) tally.spaceFirst += 1;
            }
          // Every payload is whole behind the quote, in the record that holds it (found by its id, the first cell).
          for (const [rowId, ...texts] of expected) {
            const record = records.find((cells) => cells[0] === rowId);
            if (!record) {
              problems.push(`${download.label}: no record ${rowId}`);
              continue;
            }
            const cells = record.map(shown);
            for (const text of texts) {
              tally.payloadCells += 1;
              if (!cells.includes(text)) problems.push(`${download.label} record ${rowId}: ${JSON.stringify(text)} missing`);
            }
          }
          // Survey text is read trimmed (textFor in app/surveys/survey-json.ts): "\t=1" is titled "=1".
          for (const title of titles)
            if (!header.map(shown).some((cell) => cell.startsWith(title.trim())))
              problems.push(`${download.label}: no header begins with the title ${JSON.stringify(title)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("the CSV checks themselves", () => {
  it("fail on a formula, a torn record or a quote out of place", () => {
    const rows = parseCsv('\uFEFF"a","b"\r\n"=1+1","x, ""y""\r\nz"\r\n');
    expect(rows).toEqual([
      ["a", "b"],
      ["=1+1", 'x, "y"\r\nz'],
    ]);
    expect(cellProblems({ label: "raw", rows })).toHaveLength(1);
    expect(cellProblems({ label: "quoted", rows: parseCsv(`"a"\r\n"'=1+1"\r\n"'\t=1"\r\n`) })).toEqual([]);
    expect(cellProblems({ label: "torn", rows: parseCsv(`"a","b"\r\n"c"\r\n`) })).toHaveLength(1);
    for (const cell of ["+1", "-2", "@SUM(A1)", "\t=1", "\r=1"]) expect(FORMULA.test(cell), cell).toBe(true);
    expect(() => parseCsv('"a"b\r\n')).toThrow();
    expect(shown("'=1+1")).toBe("=1+1");
    expect(shown("'quoted")).toBe("'quoted");
  });
});

afterAll(() => {
  console.log(
    `csv injection: ${tally.routes} export routes (${tally.downloads} downloads: en and cy, redacted and original) × ` +
      `${PAYLOADS.length} payloads; ${tally.cells} cells parsed, ${tally.payloadCells} payload cells checked whole; ` +
      `${tally.spaceFirst} cells began with spaces then a formula character (all neutralised)`,
  );
});
