/**
 * The columns of an export: the response's id, day, channel and language, then
 * a column per question (a matrix: one per row; "something else" text: its own
 * "<question> – other" column), with every label in the chosen language. Pure.
 *
 * Columns are planned once per export from every published version of the
 * survey (the newest version's order first, then questions only older versions
 * asked), and each column reads its cell from a response with map lookups only,
 * so a million rows cost a million small loops and no searching.
 */
import { answeredParts } from "../respondent/free-text";
import { translatorFor } from "../respondent/fields/messages";
import { compositeJsonOf, questionSpecs } from "../respondent/survey-engine";
import { textFor } from "../surveys/survey-json";
import type { ItemSpec, Lang, QuestionSpec } from "../respondent/fields/types";
import { csvCell, LIST_SEPARATOR } from "./csv";
import { hasOtherItem, isRecord, labelMap, labelOf, labelsOf, otherKey, questionTitle, typedText, type LabelMap } from "./labels";

/** One response as the export reads it: answers already parsed, free text redacted unless asked otherwise. */
export type ExportRow = { id: number; day: string; channel: string; language: string; answers: Record<string, unknown> };

/** A cell before it is written: text, a number, a list (CSV joins it with "; ", JSON keeps it) or nothing. */
export type ExportValue = string | number | string[] | null;

/**
 * A column reads its value (for JSON and for tests), and writes its CSV cell directly: a choice's cell is looked up
 * ready-made (label, formula neutralised, quoted), so the export's hot loop builds no arrays and quotes no label twice.
 * `csv(row)` is always `csvCell(read(row))`.
 */
export type ExportColumn = { label: string; read: (row: ExportRow) => ExportValue; csv: (row: ExportRow) => string };

/** Value → finished CSV cell of its label, made once per export. */
type CellMap = Map<string, string>;

function cellMap(labels: LabelMap): CellMap {
  const cells: CellMap = new Map();
  for (const [value, label] of labels) cells.set(value, csvCell(label));
  return cells;
}

/** The finished cell of a stored choice value (as `csvCell(labelOf(...))` would write it). */
function cellOf(cells: CellMap, labels: LabelMap, value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return "";
  const key = String(value);
  return cells.get(key) ?? csvCell(labelOf(labels, key));
}

/** A column whose CSV cell is simply its value written as a cell. */
const plain = (label: string, read: ExportColumn["read"]): ExportColumn => ({ label, read, csv: (row) => csvCell(read(row)) });

export type ColumnWords = {
  responseId: string;
  day: string;
  channel: string;
  language: string;
  /** "<question> – other" */
  other: (question: string) => string;
  /** "<question> – <matrix row>" */
  row: (question: string, row: string) => string;
};

/** The same question across versions: the newest wording, and every value any version offered. */
/** A question across versions; `definition` is the newest version that asks it (its wording wins). */
type Merged = { spec: QuestionSpec; items: ItemSpec[]; rows: ItemSpec[]; other: boolean; definition: object };

function byValue(target: ItemSpec[], extra: readonly ItemSpec[]) {
  const known = new Set(target.map((item) => String(item.value)));
  for (const item of extra) if (!known.has(String(item.value))) target.push(item);
}

/** Every question of every version, newest version first: later versions win the wording. */
export function mergeQuestions(definitions: readonly object[]): Merged[] {
  const merged = new Map<string, Merged>();
  for (const definition of definitions) {
    for (const spec of questionSpecs(definition)) {
      const found = merged.get(spec.name);
      if (!found) {
        merged.set(spec.name, { spec, items: [...spec.items], rows: [...spec.rows], other: hasOtherItem(spec), definition });
        continue;
      }
      byValue(found.items, spec.items);
      byValue(found.rows, spec.rows);
      found.other ||= hasOtherItem(spec);
    }
  }
  return [...merged.values()];
}

const answerOf = (row: ExportRow, key: string) => (Object.hasOwn(row.answers, key) ? row.answers[key] : undefined);

const emptyToNull = (text: string) => (text === "" ? null : text);

function scalarColumn(label: string, name: string, labels: LabelMap): ExportColumn {
  const cells = cellMap(labels);
  return {
    label,
    read: (row) => {
      const value = answerOf(row, name);
      return value === undefined || value === null ? null : emptyToNull(labelOf(labels, value));
    },
    csv: (row) => cellOf(cells, labels, answerOf(row, name)),
  };
}

function listColumn(label: string, name: string, labels: LabelMap): ExportColumn {
  const read: ExportColumn["read"] = (row) => {
    const list = labelsOf(labels, answerOf(row, name));
    return list.length ? list : null;
  };
  const cells = cellMap(labels);
  return {
    label,
    read,
    csv: (row) => {
      const value = answerOf(row, name);
      if (!Array.isArray(value) || value.length === 0) return "";
      // One answer (the usual case) is its label's finished cell; more are joined first, then written as one cell.
      if (value.length === 1) return cellOf(cells, labels, value[0]);
      return csvCell(labelsOf(labels, value).join(LIST_SEPARATOR));
    },
  };
}

function textColumn(label: string, key: string, numeric: boolean): ExportColumn {
  return plain(label, (row) => {
    const value = answerOf(row, key);
    if (numeric && typeof value === "number" && Number.isFinite(value)) return value;
    return emptyToNull(typedText(value));
  });
}

/** A question of several parts as one cell: each answered part under its row or panel and title ("Row 2 – Place: …"). */
function compositeColumn(title: string, question: Merged, lang: Lang): ExportColumn {
  const json = compositeJsonOf(question.definition, question.spec.name);
  const key = question.spec.kind === "paneldynamic" ? "answerForm.entryNumber" : "answerForm.rowNumber";
  const t = translatorFor(lang);
  const entry = (n: number) => t(key, { n });
  return plain(title, (row) => {
    const value = answerOf(row, question.spec.name);
    if (!json || value === undefined || value === null) return null;
    const parts = answeredParts(json, value, lang, textFor, entry).map((part) => `${part.labels.join(" – ")}: ${part.text}`);
    return parts.length ? parts.join("; ") : null;
  });
}

function questionColumns(question: Merged, lang: Lang, words: ColumnWords): ExportColumn[] {
  const { spec } = question;
  const title = questionTitle(spec, lang);
  const labels = labelMap(question.items, lang);
  const columns: ExportColumn[] = [];
  switch (spec.kind) {
    case "text":
    case "comment":
      columns.push(textColumn(title, spec.name, spec.numeric));
      break;
    case "choice":
    case "rating":
    case "boolean":
      columns.push(scalarColumn(title, spec.name, labels));
      break;
    case "choices":
    case "ranking":
      columns.push(listColumn(title, spec.name, labels));
      break;
    case "matrix": {
      const cells = cellMap(labels);
      for (const matrixRow of question.rows) {
        const rowKey = String(matrixRow.value);
        const rowLabel = labelOf(labelMap([matrixRow], lang), matrixRow.value);
        columns.push({
          label: words.row(title, rowLabel),
          read: (row) => {
            const value = answerOf(row, spec.name);
            return isRecord(value) && Object.hasOwn(value, rowKey) ? emptyToNull(labelOf(labels, value[rowKey])) : null;
          },
          csv: (row) => {
            const value = answerOf(row, spec.name);
            return isRecord(value) && Object.hasOwn(value, rowKey) ? cellOf(cells, labels, value[rowKey]) : "";
          },
        });
      }
      break;
    }
    case "multipletext":
    case "matrixdropdown":
    case "matrixdynamic":
    case "paneldynamic":
      columns.push(compositeColumn(title, question, lang));
      break;
    default:
      break;
  }
  if (question.other) columns.push(textColumn(words.other(title), otherKey(spec.name), false));
  return columns;
}

/** Two questions with the same wording would make two columns no one can tell apart: the later ones say their name. */
function distinctLabels(columns: ExportColumn[], names: string[]): ExportColumn[] {
  const seen = new Set<string>();
  return columns.map((column, index) => {
    let label = column.label;
    if (seen.has(label)) label = `${label} (${names[index]})`;
    for (let n = 2; seen.has(label); n += 1) label = `${column.label} (${names[index]} ${n})`;
    seen.add(label);
    return label === column.label ? column : { ...column, label };
  });
}

/** The export's columns, in order, for the survey's published definitions (newest first). */
export function exportColumns(definitions: readonly object[], lang: Lang, words: ColumnWords): ExportColumn[] {
  const columns: ExportColumn[] = [
    plain(words.responseId, (row) => row.id),
    plain(words.day, (row) => row.day),
    plain(words.channel, (row) => row.channel),
    plain(words.language, (row) => row.language),
  ];
  const names = ["id", "day", "channel", "language"];
  for (const question of mergeQuestions(definitions)) {
    for (const column of questionColumns(question, lang, words)) {
      columns.push(column);
      names.push(question.spec.name);
    }
  }
  return distinctLabels(columns, names);
}

/** One response as a CSV record (CRLF-ended), the same text as `csvRow(exportValues(columns, row))`. */
export function exportCsvLine(columns: readonly ExportColumn[], row: ExportRow): string {
  let line = columns[0].csv(row);
  for (let i = 1; i < columns.length; i += 1) line += `,${columns[i].csv(row)}`;
  return `${line}\r\n`;
}

/** One response's cells, in column order. */
export function exportValues(columns: readonly ExportColumn[], row: ExportRow): ExportValue[] {
  const values = new Array<ExportValue>(columns.length);
  for (let i = 0; i < columns.length; i += 1) values[i] = columns[i].read(row);
  return values;
}
