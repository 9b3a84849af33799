/**
 * Questions of several parts on the plain form — multipletext, matrixdropdown, matrixdynamic, paneldynamic — read
 * from survey-core's live model. Each part (an item's editor, a matrix cell, a question in a dynamic panel) is a
 * survey-core question of its own, so the form shows, posts, replays and checks it as it does any question, under a
 * name of its own (`<question>.<row or panel>.<part>`, ids.ts partName). survey-core keeps the value of the whole in
 * step, exactly as when its renderer sets a cell. Server only (survey-core).
 */
import type { Question } from "survey-core";
import { textFor } from "~/surveys/survey-json";
import { translatorFor } from "./messages";
import { specOf } from "./specs";
import { partName } from "./ids";
import type { ElementView, GroupView, Lang, QuestionSpec } from "./types";

export const COMPOSITE_KINDS = new Set(["multipletext", "matrixdropdown", "matrixdynamic", "paneldynamic"]);
export const isComposite = (spec: QuestionSpec) => COMPOSITE_KINDS.has(spec.kind);

type Localised = { getJson(): unknown; renderedHtml: string } | undefined;
type Row = {
  rowName?: unknown;
  locText?: Localised;
  cells: { question: Question; column: { name: string; locTitle?: Localised } }[];
};
type Live = {
  items?: { name: string; editor: Question; locTitle?: Localised }[];
  visibleRows?: Row[];
  panels?: { questions: Question[]; locTitle?: Localised; processedTitle?: string }[];
  rowCount?: number;
  panelCount?: number;
  minPanelCount?: number;
  canAddRow?: boolean;
  canRemoveRows?: boolean;
  canRemoveRow?: (row: Row) => boolean;
  canAddPanel?: boolean;
  canRemovePanel?: boolean;
  locAddRowText?: Localised;
  locRemoveRowText?: Localised;
  locPanelAddText?: Localised;
  locPanelRemoveText?: Localised;
  locTemplateTitle?: Localised;
  addRow?: () => void;
  removeRow?: (index: number) => void;
  addPanel?: () => void;
  removePanel?: (index: number) => void;
};
const live = (question: Question) => question as unknown as Live;

export type LivePart = { name: string; question: Question; title: unknown };
export type LiveGroup = { key: string; label: string; removable: boolean; parts: LivePart[] };

const authored = (text: Localised) => {
  const json = text?.getJson();
  return json === null || json === undefined || json === "" ? null : (text?.renderedHtml ?? null);
};

/** The groups of a question of several parts as survey-core has them now, each part named after the question. */
export function groupsOf(question: Question, name: string, lang: Lang): LiveGroup[] {
  const q = live(question);
  const t = translatorFor(lang);
  switch (question.getType()) {
    case "multipletext":
      return [
        {
          key: "",
          label: "",
          removable: false,
          parts: (q.items ?? []).map((item) => ({
            name: partName(name, item.name),
            question: item.editor,
            title: item.locTitle?.getJson() ?? item.name,
          })),
        },
      ];
    case "matrixdropdown":
    case "matrixdynamic": {
      const dynamic = question.getType() === "matrixdynamic";
      return (q.visibleRows ?? []).map((row, index) => {
        const key = dynamic ? String(index) : String(row.rowName);
        return {
          key,
          label: dynamic ? t("answerForm.rowNumber", { n: index + 1 }) : (row.locText?.renderedHtml ?? key),
          removable: dynamic && Boolean(q.canRemoveRows && (q.canRemoveRow?.(row) ?? true)) && !question.isReadOnly,
          parts: row.cells.map((cell) => ({
            name: partName(name, key, cell.column.name),
            question: cell.question,
            title: cell.column.locTitle?.getJson() ?? cell.column.name,
          })),
        };
      });
    }
    case "paneldynamic": {
      const titled = authored(q.locTemplateTitle) !== null;
      const count = q.panelCount ?? 0;
      return (q.panels ?? []).map((panel, index) => ({
        key: String(index),
        label: titled ? (panel.locTitle?.renderedHtml ?? "") : t("answerForm.entryNumber", { n: index + 1 }),
        removable: Boolean(q.canRemovePanel) && count > (q.minPanelCount ?? 0) && !question.isReadOnly,
        parts: panel.questions.map((inner) => ({
          name: partName(name, String(index), inner.name),
          question: inner,
          title: inner.getLocalizableString("title")?.getJson() ?? inner.name,
        })),
      }));
    }
    default:
      return [];
  }
}

const partSpecs = new WeakMap<Question, Map<string, QuestionSpec>>();

/** A part as a question of its own: its spec, named and titled as the form shows it. */
export function partSpecOf(part: LivePart, page: string): QuestionSpec {
  let byName = partSpecs.get(part.question);
  if (!byName) partSpecs.set(part.question, (byName = new Map()));
  let spec = byName.get(part.name);
  if (!spec) byName.set(part.name, (spec = { ...specOf(part.question, page), name: part.name, title: part.title }));
  return spec;
}

/**
 * survey-core makes a matrix's rows when they are first shown, and making them can run conditions that read the
 * matrix (`{matrix} notempty`): the renderer shows them as soon as the page is shown, and so does the server.
 */
export function showParts(questions: Question[]) {
  for (const question of questions) {
    const type = question.getType();
    if (type === "matrixdropdown" || type === "matrixdynamic") void live(question).visibleRows;
    if (type === "paneldynamic") void live(question).panels;
  }
}

/**
 * What a message about one part says first, so that it makes sense in the error summary too: its row or panel and
 * its title ("Row 2, Place"), in the survey's language.
 */
export function partContext(group: LiveGroup, part: LivePart, lang: Lang): string {
  return [group.label, textFor(part.title, lang, part.question.name)].filter(Boolean).join(", ");
}

/** Dynamic rows and panels: how many there are now. */
export function countOf(question: Question): number | null {
  const type = question.getType();
  if (type === "matrixdynamic") return live(question).rowCount ?? 0;
  if (type === "paneldynamic") return live(question).panelCount ?? 0;
  return null;
}

/** Sets how many dynamic rows or panels there are, as survey-core does when a renderer adds or takes them away. */
export function setCount(question: Question, count: number) {
  const type = question.getType();
  if (type === "matrixdynamic") (question as unknown as { rowCount: number }).rowCount = count;
  if (type === "paneldynamic") (question as unknown as { panelCount: number }).panelCount = count;
}

/** A row or panel added or taken away, as the add-another buttons ask (ids.ts rowChangeOf). */
export type RowChange = { change: "add" | "remove"; question: string; index: number };

/** What survey-core allows, done as its renderer does it: a row or panel added, or the one asked taken away. */
export function applyRowChange(question: Question, change: RowChange): void {
  const q = live(question);
  if (question.isReadOnly) return;
  const type = question.getType();
  if (change.change === "add") {
    if (type === "matrixdynamic" && q.canAddRow) q.addRow?.();
    if (type === "paneldynamic" && q.canAddPanel) q.addPanel?.();
    return;
  }
  const groups = groupsOf(question, question.name, "en");
  if (!groups[change.index]?.removable) return;
  if (type === "matrixdynamic") q.removeRow?.(change.index);
  if (type === "paneldynamic") q.removePanel?.(change.index);
}

/** The dynamic question a change names, on the page or inside one of its dynamic panels. */
export function findDynamic(questions: Question[], name: string): Question | null {
  for (const question of questions) {
    if (question.name === name && countOf(question) !== null) return question;
  }
  for (const question of questions) {
    if (question.getType() !== "paneldynamic") continue;
    for (const group of groupsOf(question, question.name, "en")) {
      const inner = group.parts.find((part) => part.name === name);
      if (inner && countOf(inner.question) !== null) return inner.question;
      const deeper = findDynamic(
        group.parts.map((part) => part.question),
        name.startsWith(`${partName(question.name, group.key)}.`)
          ? name.slice(partName(question.name, group.key).length + 1)
          : "",
      );
      if (deeper) return deeper;
    }
  }
  return null;
}

/** The words of the add and remove buttons: the author's, else our own. */
export function rowButtons(question: Question, lang: Lang): { add: string | null; remove: string } {
  const q = live(question);
  const t = translatorFor(lang);
  if (question.getType() === "matrixdynamic")
    return {
      add: q.canAddRow && !question.isReadOnly ? (authored(q.locAddRowText) ?? t("answerForm.addRow")) : null,
      remove: authored(q.locRemoveRowText) ?? t("answerForm.remove"),
    };
  if (question.getType() === "paneldynamic")
    return {
      add: q.canAddPanel && !question.isReadOnly ? (authored(q.locPanelAddText) ?? t("answerForm.addAnother")) : null,
      remove: authored(q.locPanelRemoveText) ?? t("answerForm.remove"),
    };
  return { add: null, remove: "" };
}

/** The groups as the form shows them, each shown part through `view` (the session's live view of a question). */
export function groupViews(
  question: Question,
  name: string,
  lang: Lang,
  page: string,
  view: (spec: QuestionSpec, part: Question) => ElementView | null,
  shown: (part: Question) => boolean,
): GroupView[] {
  return groupsOf(question, name, lang).map((group) => ({
    key: group.key,
    label: group.label,
    removable: group.removable,
    elements: group.parts.flatMap((part) => (shown(part.question) ? (view(partSpecOf(part, page), part.question) ?? []) : [])),
  }));
}
