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
import { questionSpecs } from "../respondent/survey-engine";
import type { ItemSpec, Lang, QuestionSpec } from "../respondent/fields/types";
import { hasOtherItem, isRecord, labelMap, labelOf, labelsOf, otherKey, questionTitle, typedText, type LabelMap } from "./labels";

/** One response as the export reads it: answers already parsed, free text redacted unless asked otherwise. */
export type ExportRow = { id: number; day: string; channel: string; language: string; answers: Record<string, unknown> };

/** A cell before it is written: text, a number, a list (CSV joins it with "; ", JSON keeps it) or nothing. */
export type ExportValue = string | number | string[] | null;

export type ExportColumn = { label: string; read: (row: ExportRow) => ExportValue };

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
type Merged = { spec: QuestionSpec; items: ItemSpec[]; rows: ItemSpec[]; other: boolean };

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
        merged.set(spec.name, { spec, items: [...spec.items], rows: [...spec.rows], other: hasOtherItem(spec) });
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

function scalarColumn(name: string, labels: LabelMap): ExportColumn["read"] {
  return (row) => {
    const value = answerOf(row, name);
    return value === undefined || value === null ? null : emptyToNull(labelOf(labels, value));
  };
}

function listColumn(name: string, labels: LabelMap): ExportColumn["read"] {
  return (row) => {
    const list = labelsOf(labels, answerOf(row, name));
    return list.length ? list : null;
  };
}

function textColumn(key: string, numeric: boolean): ExportColumn["read"] {
  return (row) => {
    const value = answerOf(row, key);
    if (numeric && typeof value === "number" && Number.isFinite(value)) return value;
    return emptyToNull(typedText(value));
  };
}

function questionColumns(question: Merged, lang: Lang, words: ColumnWords): ExportColumn[] {
  const { spec } = question;
  const title = questionTitle(spec, lang);
  const labels = labelMap(question.items, lang);
  const columns: ExportColumn[] = [];
  switch (spec.kind) {
    case "text":
    case "comment":
      columns.push({ label: title, read: textColumn(spec.name, spec.numeric) });
      break;
    case "choice":
    case "rating":
    case "boolean":
      columns.push({ label: title, read: scalarColumn(spec.name, labels) });
      break;
    case "choices":
    case "ranking":
      columns.push({ label: title, read: listColumn(spec.name, labels) });
      break;
    case "matrix":
      for (const matrixRow of question.rows) {
        const rowKey = String(matrixRow.value);
        const rowLabel = labelOf(labelMap([matrixRow], lang), matrixRow.value);
        columns.push({
          label: words.row(title, rowLabel),
          read: (row) => {
            const value = answerOf(row, spec.name);
            return isRecord(value) && Object.hasOwn(value, rowKey) ? emptyToNull(labelOf(labels, value[rowKey])) : null;
          },
        });
      }
      break;
    default:
      break;
  }
  if (question.other) columns.push({ label: words.other(title), read: textColumn(otherKey(spec.name), false) });
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
    { label: words.responseId, read: (row) => row.id },
    { label: words.day, read: (row) => row.day },
    { label: words.channel, read: (row) => row.channel },
    { label: words.language, read: (row) => row.language },
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

/** One response's cells, in column order. */
export function exportValues(columns: readonly ExportColumn[], row: ExportRow): ExportValue[] {
  const values = new Array<ExportValue>(columns.length);
  for (let i = 0; i < columns.length; i += 1) values[i] = columns[i].read(row);
  return values;
}
