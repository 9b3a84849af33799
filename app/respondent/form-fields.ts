/**
 * Reads one page of the plain HTML survey form (page-form.tsx) back into
 * SurveyJS answers. Pure. Values arrive as strings and are matched against
 * the definition's own choices, never trusted: a posted value that is not a
 * choice is a problem, not an answer. Field names are in fields/ids.ts.
 */
import { isNumericText, isPlainObject, otherChosen, otherItemOf, ratingProblem, type Problem } from "./fields/answer-checks";
import { fieldName, otherFieldName, partFieldName, partName } from "./fields/ids";
import { problemMessage } from "./fields/messages";
import { pageQuestionSpecs, visibleQuestionNames } from "./survey-engine";
import type { Answers, Lang, QuestionErrors, QuestionSpec } from "./fields/types";

type Form = URLSearchParams | FormData;
export type Read = { value?: unknown; comment?: string; problem?: Problem };

/** The posted strings of a field (files and the like are not answers). */
const strings = (form: Form, name: string): string[] =>
  (form.getAll(name) as unknown[]).filter((v): v is string => typeof v === "string");

/** One typed answer: line endings as the browser sends them become "\n"; blanks are no answer. */
const typed = (form: Form, name: string) => (strings(form, name)[0] ?? "").replace(/\r\n?/g, "\n").trim();

const byPosted =
  (spec: QuestionSpec, items = spec.items) =>
  (posted: string) =>
    items.find((item) => String(item.value) === posted);

function readRanking(spec: QuestionSpec, form: Form): Read {
  const positions = spec.items.map((item) => typed(form, partFieldName(spec.name, String(item.value))));
  if (positions.every((p) => p === "")) return {};
  if (positions.some((p) => p === "")) return { problem: { code: "rankingIncomplete" } };
  const count = spec.items.length;
  const numbers = positions.map((p) => (/^\d{1,4}$/.test(p) ? Number(p) : NaN));
  if (numbers.some((n) => !(n >= 1 && n <= count))) return { problem: { code: "rankingInvalid", params: { count } } };
  if (new Set(numbers).size !== count) return { problem: { code: "rankingSamePosition" } };
  return {
    value: spec.items
      .map((item, i) => ({ item, n: numbers[i] }))
      .sort((a, b) => a.n - b.n)
      .map(({ item }) => item.value),
  };
}

function readMatrix(spec: QuestionSpec, form: Form): Read {
  const value: Record<string, unknown> = {};
  for (const row of spec.rows) {
    const posted = typed(form, partFieldName(spec.name, String(row.value)));
    if (posted === "") continue;
    const column = byPosted(spec)(posted);
    if (!column) return { problem: { code: "matrixInvalid" } };
    value[String(row.value)] = column.value;
  }
  return Object.keys(value).length ? { value } : {};
}

function readChoices(spec: QuestionSpec, form: Form): Read {
  const posted = strings(form, fieldName(spec.name)).filter((v) => v !== "");
  if (posted.length > spec.items.length * 2) return { problem: { code: "notAChoice" } };
  const items = posted.map(byPosted(spec));
  if (items.some((item) => !item)) return { problem: { code: "notAChoice" } };
  // In the definition's order, whatever order the browser sent them in.
  const value = spec.items.filter((item) => items.includes(item)).map((item) => item.value);
  return value.length ? { value } : {};
}

/** One group's parts (an item set, a row, a panel) from their fields `q.<question>.<key>.<part>`; blanks are no answer. */
function readGroup(spec: QuestionSpec, form: Form, prefix: string[]): { value?: Record<string, unknown>; problem?: Problem } {
  const value: Record<string, unknown> = {};
  for (const part of spec.parts) {
    const read = readQuestion({ ...part, name: partName(...prefix, part.name) }, form);
    if (read.problem) return { problem: read.problem };
    if (read.value !== undefined) value[part.name] = read.value;
    if (read.comment !== undefined) value[`${part.name}-Comment`] = read.comment;
  }
  return Object.keys(value).length ? { value } : {};
}

/**
 * A question of several parts from its parts' fields, as survey-core would hold it. The server's own path replays
 * each part into survey-core (survey-session.ts); this reading serves a form whose journey was lost.
 */
function readParts(spec: QuestionSpec, form: Form): Read {
  if (spec.kind === "multipletext") return readGroup(spec, form, [spec.name]);
  if (spec.kind === "matrixdropdown") {
    const value: Record<string, unknown> = {};
    for (const row of spec.rows) {
      const read = readGroup(spec, form, [spec.name, String(row.value)]);
      if (read.problem) return { problem: read.problem };
      if (read.value) value[String(row.value)] = read.value;
    }
    return Object.keys(value).length ? { value } : {};
  }
  // Dynamic rows and panels: as many as the form has fields for, within the question's most.
  const prefix = `${fieldName(spec.name)}.`;
  let count = 0;
  for (const key of new Set(form.keys())) {
    const index = key.startsWith(prefix) ? /^(\d{1,4})\./.exec(key.slice(prefix.length)) : null;
    if (index) count = Math.max(count, Number(index[1]) + 1);
  }
  count = Math.min(count, spec.maxCount > 0 ? spec.maxCount : count);
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index += 1) {
    const read = readGroup(spec, form, [spec.name, String(index)]);
    if (read.problem) return { problem: read.problem };
    rows.push(read.value ?? {});
  }
  return rows.some((row) => Object.keys(row).length) ? { value: rows } : {};
}

function readValue(spec: QuestionSpec, form: Form): Read {
  const posted = typed(form, fieldName(spec.name));
  switch (spec.kind) {
    case "text":
      if (posted === "") return {};
      if (spec.numeric)
        return isNumericText(posted) ? { value: Number(posted) } : { value: posted, problem: { code: "notANumber" } };
      return { value: posted };
    case "comment":
      return posted === "" ? {} : { value: posted };
    case "choice":
    case "rating": {
      if (posted === "") return {};
      const item = byPosted(spec)(posted);
      if (item) return { value: item.value };
      return { problem: spec.kind === "rating" ? ratingProblem(spec) : { code: "notAChoice" } };
    }
    case "boolean":
      if (posted === "") return {};
      if (posted === "true" || posted === "false") return { value: spec.items[posted === "true" ? 0 : 1].value };
      return { problem: { code: "notYesOrNo" } };
    case "choices":
      return readChoices(spec, form);
    case "matrix":
      return readMatrix(spec, form);
    case "ranking":
      return readRanking(spec, form);
    case "multipletext":
    case "matrixdropdown":
    case "matrixdynamic":
    case "paneldynamic":
      return readParts(spec, form);
    default:
      return {};
  }
}

/** What the form posted for one question: its value, its "something else" text, or a problem. */
export function readQuestion(spec: QuestionSpec, form: Form): Read {
  const read = readValue(spec, form);
  const other = otherItemOf(spec);
  if (!other) return read;
  const comment = typed(form, otherFieldName(spec.name));
  if (comment === "") return read;
  // Without JavaScript the "Please say" box is always there: say so rather than lose what they wrote.
  const problem: Problem | undefined =
    read.problem ?? (otherChosen(spec, read.value) ? undefined : { code: "otherTextWithoutOther", item: other });
  return { ...read, comment, problem };
}

function apply(answersSoFar: Answers, specs: QuestionSpec[], reads: Map<string, Read>, shown: Set<string>): Answers {
  const answers = { ...answersSoFar };
  for (const spec of specs) {
    if (!shown.has(spec.name)) continue;
    const read = reads.get(spec.name) ?? {};
    const commentKey = `${spec.name}-Comment`;
    delete answers[spec.name];
    delete answers[commentKey];
    if (read.value !== undefined) answers[spec.name] = read.value;
    if (read.comment !== undefined) answers[commentKey] = read.comment;
  }
  return answers;
}

/**
 * Reads the posted fields of one page's visible questions into answers. Missing/empty fields delete
 * that answer (a respondent may clear an answer). Problems a form can have that JSON cannot (a ranking
 * with two items at the same position, a number that is not a number) come back as messages.
 */
export function readPageFields(
  definition: object,
  pageName: string,
  answersSoFar: Answers,
  form: URLSearchParams | FormData,
  lang: Lang,
): { answers: Answers; errors: QuestionErrors } {
  const base = isPlainObject(answersSoFar) ? answersSoFar : {};
  const specs = pageQuestionSpecs(definition, pageName);
  const reads = new Map(specs.map((spec) => [spec.name, readQuestion(spec, form)]));
  // Which questions show can depend on answers on this very page: settle it from what was posted.
  let shown = new Set(specs.map((spec) => spec.name));
  let answers = apply(base, specs, reads, shown);
  for (let round = 0; round <= specs.length; round += 1) {
    const next = new Set(visibleQuestionNames(definition, answers, pageName));
    if (next.size === shown.size && [...next].every((name) => shown.has(name))) break;
    shown = next;
    answers = apply(base, specs, reads, shown);
  }
  const errors: QuestionErrors = {};
  for (const spec of specs) {
    const problem = reads.get(spec.name)?.problem;
    if (problem && shown.has(spec.name)) errors[spec.name] = [problemMessage(problem, lang)];
  }
  return { answers, errors };
}
