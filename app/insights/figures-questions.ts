/**
 * The questions a dashboard counts, read from the published versions of its
 * surveys: texts in the page's language, the values each can hold, what each
 * measures, and which keys mark a response as complete. Pure (survey-core
 * reads the definitions; no I/O). Server side only: it pulls in survey-core.
 */
import { itemLabel } from "~/respondent/fields/messages";
import type { QuestionSpec } from "~/respondent/fields/types";
import { questionSpecs } from "~/respondent/survey-engine";
import { elementsOf, textFor, type SurveyJson } from "~/surveys/survey-json";
import type { AnswerFilter } from "./filters";
import { factKeysOf, type FigureItem, type QuestionGroup } from "./figures";

export type VersionDefinition = { surveyId: number; versionId: number; version: number; definition: object };

const KINDS: Partial<Record<QuestionSpec["kind"], QuestionGroup["kind"]>> = {
  choice: "single",
  rating: "single",
  boolean: "single",
  ranking: "single",
  choices: "multi",
  matrix: "matrix",
};

type Found = { spec: QuestionSpec; measures: Record<string, unknown> };

const items = (list: QuestionSpec["items"], lang: string): FigureItem[] =>
  list.map((item) => ({ value: String(item.value), label: itemLabel(item, lang) }));

function union(lists: FigureItem[][]): FigureItem[] {
  const seen = new Map<string, FigureItem>();
  for (const list of lists) for (const item of list) if (!seen.has(item.value)) seen.set(item.value, item);
  return [...seen.values()];
}

/** A survey's choice questions over all its versions, newest wording first; questions only in older versions follow. */
function surveyQuestions(versions: VersionDefinition[]): Map<string, Found[]> {
  const found = new Map<string, Found[]>();
  for (const version of [...versions].sort((a, b) => b.version - a.version)) {
    const measures = new Map(
      elementsOf(version.definition as SurveyJson).map(({ element }) => [element.name, element.measures ?? {}] as const),
    );
    for (const spec of questionSpecs(version.definition)) {
      if (!KINDS[spec.kind]) continue;
      const list = found.get(spec.name) ?? [];
      list.push({ spec, measures: (measures.get(spec.name) ?? {}) as Record<string, unknown> });
      found.set(spec.name, list);
    }
  }
  return found;
}

const signature = (found: Found[]) => {
  const spec = found[0].spec;
  const values = (list: QuestionSpec["items"]) => list.map((item) => String(item.value)).join("\u0000");
  return [KINDS[spec.kind], values(spec.items), values(spec.rows)].join("\u0001");
};

function groupOf(
  id: string,
  name: string,
  surveyIds: number[],
  found: Found[],
  lang: string,
  surveyTitle: string | null,
): QuestionGroup {
  const newest = found[0];
  const right = Number(newest.measures.victimsCodeRight);
  const outcome = newest.measures.outcome;
  return {
    id,
    key: name,
    surveyIds,
    surveyTitle,
    kind: KINDS[newest.spec.kind]!,
    title: textFor(newest.spec.title, lang, name),
    items: union(found.map((f) => items(f.spec.items, lang))),
    rows: union(found.map((f) => items(f.spec.rows, lang))),
    right: Number.isInteger(right) && right >= 1 && right <= 12 ? right : null,
    outcome: typeof outcome === "string" && outcome ? outcome : null,
  };
}

/**
 * The questions of one or more surveys. On an engagement, a question with the
 * same name in several surveys is counted once across them when it is the
 * same question (bank questions keep the bank's name): the same kind with the
 * same values and rows. Otherwise each survey's question is counted on its own
 * and named with its survey's title, since the designer's "question1" of one
 * survey has nothing to do with another's.
 */
export function questionGroups(
  surveys: { id: number; title: string }[],
  versions: VersionDefinition[],
  lang: string,
): QuestionGroup[] {
  const perSurvey = surveys.map((survey) => ({
    survey,
    questions: surveyQuestions(versions.filter((version) => version.surveyId === survey.id)),
  }));
  const names = [...new Set(perSurvey.flatMap(({ questions }) => [...questions.keys()]))];
  const many = surveys.length > 1;
  return names.flatMap((name) => {
    const holders = perSurvey.filter(({ questions }) => questions.has(name));
    const signatures = new Set(holders.map(({ questions }) => signature(questions.get(name)!)));
    if (signatures.size === 1) {
      const found = holders.flatMap(({ questions }) => questions.get(name)!);
      return [
        groupOf(
          name,
          name,
          holders.map(({ survey }) => survey.id),
          found,
          lang,
          null,
        ),
      ];
    }
    return holders.map(({ survey, questions }) =>
      groupOf(`${survey.id}/${name}`, name, [survey.id], questions.get(name)!, lang, many ? survey.title : null),
    );
  });
}

/**
 * The keys whose answer marks a response of each version as complete: the
 * choice questions (and matrix rows) of the version's last page that has any.
 * Versions without choice questions are left out.
 */
export function completionKeys(versions: VersionDefinition[]): { versionId: number; keys: string[] }[] {
  return versions.flatMap((version) => {
    const specs = questionSpecs(version.definition).filter((spec) => KINDS[spec.kind]);
    const last = specs.at(-1)?.page;
    if (last === undefined) return [];
    const keys = specs
      .filter((spec) => spec.page === last)
      .flatMap((spec) => (spec.kind === "matrix" ? spec.rows.map((row) => `${spec.name}.${String(row.value)}`) : [spec.name]));
    return [{ versionId: version.versionId, keys }];
  });
}

export type AnswerOptionGroup = { label: string; options: { value: string; label: string }[] };

/** Every answer people can be filtered by, for the form (grouped by question) and for checking what comes back. */
export function answerFilters(
  groups: QuestionGroup[],
  single: boolean,
): { groups: AnswerOptionGroup[]; choices: Map<string, AnswerFilter> } {
  const choices = new Map<string, AnswerFilter>();
  const form: AnswerOptionGroup[] = [];
  for (const group of groups) {
    for (const { key, row } of factKeysOf(group)) {
      const prefix = row ? `${group.id}.${row.value}` : group.id;
      const heading = [group.surveyTitle, group.title, row?.label].filter(Boolean).join(": ");
      const options = group.items.map((item) => {
        const value = `${prefix}::${item.value}`;
        choices.set(value, {
          option: value,
          key,
          value: item.value,
          surveyIds: single ? null : group.surveyIds,
          groupId: group.id,
          row: row?.value ?? null,
        });
        return { value, label: item.label };
      });
      form.push({ label: heading, options });
    }
  }
  return { groups: form, choices };
}
