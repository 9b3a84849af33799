/**
 * One CSV export of a survey's responses into a sink that only counts bytes,
 * in a process of its own so its memory is its own:
 * `node --import tsx --expose-gc export-child.ts <db file> <organisation id> <survey id> <ours|baseline>`.
 * Prints one JSON line: rows, bytes, seconds, and memory (resident set and
 * heap) before and at their highest during the export, sampled at every chunk.
 *
 * Ours is exportResponses, as the download route calls it (labels in English,
 * redacted text, formula neutralisation, batches resumed by (day, id)). The
 * baseline is the cheapest equivalent: one prepared statement's iterate() over
 * the same rows, each answer of the survey's questions written as a quoted
 * cell, 250 rows a chunk.
 */
import Database from "better-sqlite3";
import { closeDb, getDb } from "../../db/client";
import { questionSpecs } from "../../app/respondent/survey-engine";
import { exportResponses } from "../../app/responses/export.server";

const [file, organisationText, surveyText, kind] = process.argv.slice(2);
process.env.DATABASE_URL = file;
const organisationId = Number(organisationText);
const surveyId = Number(surveyText);
const CHUNK_ROWS = 250;

const memory = { rssBefore: 0, heapBefore: 0, rssPeak: 0, heapPeak: 0 };
function sample() {
  const { rss, heapUsed } = process.memoryUsage();
  memory.rssPeak = Math.max(memory.rssPeak, rss);
  memory.heapPeak = Math.max(memory.heapPeak, heapUsed);
}
let bytes = 0;
/** The null sink: counts what it is given and keeps nothing. */
function sink(chunk: Uint8Array) {
  bytes += chunk.byteLength;
  sample();
}

/** A quoted CSV cell, inner quotes doubled; nothing else (no labels, no formula neutralisation). */
const naiveCell = (value: unknown) =>
  value === undefined || value === null
    ? ""
    : `"${(typeof value === "object" ? (Array.isArray(value) ? value.join("; ") : JSON.stringify(value)) : String(value)).replaceAll('"', '""')}"`;

async function ours(): Promise<number> {
  const prepared = exportResponses(organisationId, surveyId, { format: "csv", language: "en", original: false });
  start();
  const reader = prepared.stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) sink(read.value);
  return prepared.rows;
}

function baseline(): number {
  const sqlite = new Database(file, { readonly: true });
  const definition = JSON.parse(
    (
      sqlite
        .prepare("select definition from survey_versions where survey_id = ? order by version desc limit 1")
        .get(surveyId) as {
        definition: string;
      }
    ).definition,
  ) as object;
  const keys = questionSpecs(definition).map((spec) => spec.name);
  const rows = sqlite.prepare(
    `select id, submitted_on as day, channel_id as channelId, language, answers from responses
     where organisation_id = ? and survey_id = ? order by submitted_on, id`,
  );
  const encoder = new TextEncoder();
  start();
  sink(encoder.encode(`id,day,channel,language,${keys.join(",")}\r\n`));
  let text = "";
  let count = 0;
  for (const row of rows.iterate(organisationId, surveyId) as IterableIterator<{
    id: number;
    day: string;
    channelId: number | null;
    language: string;
    answers: string;
  }>) {
    const answers = JSON.parse(row.answers) as Record<string, unknown>;
    text += `${row.id},${row.day},${row.channelId ?? ""},${row.language},${keys.map((key) => naiveCell(answers[key])).join(",")}\r\n`;
    count += 1;
    if (count % CHUNK_ROWS === 0) {
      sink(encoder.encode(text));
      text = "";
    }
  }
  sink(encoder.encode(text));
  sqlite.close();
  return count;
}

let started = 0;
/** The moment the export begins: everything before (opening, modules) is not the export's memory. */
function start() {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  Object.assign(memory, { rssBefore: rss, heapBefore: heapUsed, rssPeak: rss, heapPeak: heapUsed });
  started = performance.now();
}

if (kind === "ours") getDb();
const rows = kind === "ours" ? await ours() : baseline();
const seconds = (performance.now() - started) / 1000;
closeDb();
console.log(JSON.stringify({ rows, bytes, seconds, ...memory }));
process.exit(0);
