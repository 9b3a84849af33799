/**
 * Exports of a survey's responses as CSV or JSON, streamed: rows are read in
 * small batches with better-sqlite3's iterate() on a prepared statement and
 * written into a ReadableStream only when its reader asks for more, so memory
 * stays flat however many responses there are.
 *
 * Each batch is read to the end inside one pull. better-sqlite3 allows nothing
 * else on a connection while an iterator is open, and the app has one
 * connection: an iterator held across a slow download would stop every other
 * request. Batches resume from the last (day, id) with responses_org_idx
 * (organisation, survey, day, then the row id), which hands them over in that
 * order with no sort, and stop at the newest id that existed when the export
 * began, so the file is the responses counted at the start (less any the
 * retention purge deletes meanwhile).
 */
import { withTexts } from "../respondent/free-text";
import { getDb } from "../../db/client";
import { fileSafe } from "../distribution/links";
import { fixedT, isLanguage } from "../i18n/i18n";
import { londonDate } from "../components/dates";
import { getSurvey } from "../surveys/surveys.server";
import { exportColumns, exportCsvLine, exportValues, type ColumnWords, type ExportColumn, type ExportRow } from "./columns";
import { CSV_BOM, csvRow } from "./csv";
import { publishedDefinitions } from "./responses.server";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = {
  format: ExportFormat;
  /** Language of headers and choice labels: "en" or "cy". */
  language: string;
  /** The original free text instead of the redacted: analysts and admins only, checked by the caller and audited. */
  original: boolean;
  /** Responses per read (and per chunk of the stream). */
  batchSize?: number;
};

export type PreparedExport = {
  stream: ReadableStream<Uint8Array>;
  /** Responses the export will hold, counted as it began. */
  rows: number;
  fileName: string;
  contentType: string;
};

/** Rows a read: each resumes by one index seek (responses_org_idx), so small chunks cost little. */
const DEFAULT_BATCH = 250;

export function columnWords(language: string): ColumnWords {
  const t = fixedT(isLanguage(language) ? language : "en");
  return {
    responseId: t("exports.column.responseId"),
    day: t("exports.column.day"),
    channel: t("exports.column.channel"),
    language: t("exports.column.language"),
    other: (question) => t("exports.column.other", { question }),
    row: (question, row) => `${question} – ${row}`,
  };
}

/** "<slug>-responses-<yyyy-mm-dd>.csv" */
export function exportFileName(slug: string, format: ExportFormat, today = londonDate(new Date())): string {
  return `${fileSafe(slug, 60) || "survey"}-responses-${today}.${format}`;
}

type RawRow = {
  id: number;
  day: string;
  channelId: number | null;
  language: string;
  answers: string;
  unredacted?: string;
};

const parseObject = (text: string | undefined): Record<string, unknown> => {
  if (!text) return {};
  const value: unknown = JSON.parse(text);
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

/** A JSON element: the same fields as the CSV's columns, lists as arrays, blanks as null. */
function jsonElement(columns: readonly ExportColumn[], row: ExportRow): string {
  const element: Record<string, unknown> = {};
  const values = exportValues(columns, row);
  for (let i = 0; i < columns.length; i += 1) element[columns[i].label] = values[i];
  return JSON.stringify(element);
}

/**
 * Prepares a survey's export and returns its stream (nothing is read until the
 * stream is). 404 for another organisation's survey. Callers check who may have
 * the original text and record the audit entry.
 */
export function exportResponses(organisationId: number, surveyId: number, options: ExportOptions): PreparedExport {
  const survey = getSurvey(organisationId, surveyId);
  const language = isLanguage(options.language) ? options.language : "en";
  const versions = publishedDefinitions(surveyId);
  const columns = exportColumns(
    versions.map((version) => version.definition),
    language,
    columnWords(language),
  );
  const client = getDb().$client;
  const plainLink = fixedT(language)("exports.plainLink");
  const channelLabels = new Map(
    (
      client
        .prepare("select id, label from channels where organisation_id = ? and survey_id = ?")
        .all(organisationId, surveyId) as { id: number; label: string }[]
    ).map((channel) => [channel.id, channel.label]),
  );
  const extent = client
    .prepare("select count(*) as n, coalesce(max(id), 0) as last from responses where organisation_id = ? and survey_id = ?")
    .get(organisationId, surveyId) as { n: number; last: number };
  // The original text is not even read for a redacted export.
  const batch = client.prepare(
    `select id, submitted_on as day, channel_id as channelId, language, answers${options.original ? ", unredacted_text as unredacted" : ""}
     from responses
     where organisation_id = ? and survey_id = ? and id <= ? and (submitted_on, id) > (?, ?)
     order by submitted_on, id
     limit ?`,
  );
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const csv = options.format === "csv";
  const encoder = new TextEncoder();
  let after: [string, number] = ["", 0];
  let written = 0;
  let begun = false;

  const line = (raw: RawRow): string => {
    const stored = parseObject(raw.answers);
    // With the originals: each changed text put back where it was taken from (nested ones by their path).
    const answers = options.original ? withTexts(stored, parseObject(raw.unredacted)) : stored;
    const row: ExportRow = {
      id: raw.id,
      day: raw.day,
      channel: raw.channelId === null ? plainLink : (channelLabels.get(raw.channelId) ?? plainLink),
      language: raw.language,
      answers,
    };
    if (csv) return exportCsvLine(columns, row);
    return `${written === 0 ? "\n" : ",\n"}${jsonElement(columns, row)}`;
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let text = "";
        if (!begun) {
          begun = true;
          text = csv ? CSV_BOM + csvRow(columns.map((column) => column.label)) : "[";
        }
        let read = 0;
        for (const raw of batch.iterate(
          organisationId,
          surveyId,
          extent.last,
          after[0],
          after[1],
          batchSize,
        ) as IterableIterator<RawRow>) {
          text += line(raw);
          written += 1;
          read += 1;
          after = [raw.day, raw.id];
        }
        if (read < batchSize) {
          if (!csv) text += written === 0 ? "]\n" : "\n]\n";
          controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(text));
      },
    },
    // One chunk waiting at most: the next batch is read only when the reader has taken this one.
    new CountQueuingStrategy({ highWaterMark: 1 }),
  );

  return {
    stream,
    rows: extent.n,
    fileName: exportFileName(survey.slug, options.format),
    contentType: csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
  };
}
