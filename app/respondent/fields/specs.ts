/**
 * Reads each question of a survey-core model once into a plain QuestionSpec:
 * its kind of answer, the values it accepts (as typed in the definition) and
 * its texts as written. survey-core supplies the defaults the JSON leaves out
 * (rating scales, "Other" and "None" items, yes and no values).
 */
import {
  Model,
  surveyLocalization,
  type ItemValue,
  type Question,
  type QuestionBooleanModel,
  type QuestionMatrixModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
} from "survey-core";
import { OPT_OUT_VALUE } from "~/surveys/survey-json";
import { translatorFor } from "./messages";
import type { ItemSpec, Lang, QuestionKind, QuestionSpec } from "./types";

/** survey-core's locale for one of ours: English is its default (""). */
export const surveyLocale = (lang: Lang) => (lang === "en" ? "" : lang);

const builtIn = (key: string) => (lang: Lang) => surveyLocalization.getString(key, surveyLocale(lang)) ?? "";

const KINDS: Record<string, QuestionKind> = {
  text: "text",
  comment: "comment",
  radiogroup: "choice",
  dropdown: "choice",
  checkbox: "choices",
  tagbox: "choices",
  rating: "rating",
  boolean: "boolean",
  matrix: "matrix",
  ranking: "ranking",
  html: "info",
  expression: "expression",
  multipletext: "multipletext",
  matrixdropdown: "matrixdropdown",
  matrixdynamic: "matrixdynamic",
  paneldynamic: "paneldynamic",
};

/** survey-core's dynamic matrix and dynamic panel, as far as the form needs them (3.0.0). */
type Column = { name: string; templateQuestion: Question };
type Parts = {
  items?: { name: string; editor: Question }[];
  columns?: Column[];
  template?: { questions: Question[] };
  minRowCount?: number;
  maxRowCount?: number;
  minPanelCount?: number;
  maxPanelCount?: number;
};

/**
 * A matrix column's cells, as survey-core makes them for a row: the column's template question does not carry the
 * matrix's own cellType and choices, so one row of a copy of the matrix is made and its cells read.
 */
function cellQuestionsOf(question: Question): Question[] {
  const json: Record<string, unknown> = {
    ...(question.toJSON() as Record<string, unknown>),
    type: "matrixdropdown",
    name: "m",
    rows: ["r"],
  };
  for (const key of ["visibleIf", "enableIf", "requiredIf", "rowsVisibleIf", "defaultValue", "defaultValueExpression"])
    delete json[key];
  const copy = new Model({ elements: [json] }).getQuestionByName("m") as unknown as {
    visibleRows: { cells: { question: Question }[] }[];
  };
  return copy.visibleRows[0]?.cells.map((cell) => cell.question) ?? [];
}

/** The questions inside a question of several parts, named as in its value (item, column, template question). */
export function partQuestionsOf(question: Question): Question[] {
  const parts = question as unknown as Parts;
  switch (question.getType()) {
    case "multipletext":
      return (parts.items ?? []).map((item) => item.editor);
    case "matrixdropdown":
    case "matrixdynamic":
      return cellQuestionsOf(question);
    case "paneldynamic":
      return parts.template?.questions ?? [];
    default:
      return [];
  }
}

function countsOf(question: Question): { minCount: number; maxCount: number } {
  const parts = question as unknown as Parts;
  if (question.getType() === "matrixdynamic") return { minCount: parts.minRowCount ?? 0, maxCount: parts.maxRowCount ?? 0 };
  if (question.getType() === "paneldynamic") return { minCount: parts.minPanelCount ?? 0, maxCount: parts.maxPanelCount ?? 0 };
  return { minCount: 0, maxCount: 0 };
}

const localised = (question: Question, property: string): unknown => question.getLocalizableString(property)?.getJson() ?? null;

function itemSpec(item: ItemValue, extra: Partial<ItemSpec> = {}): ItemSpec {
  return { value: item.value, text: item.locText.getJson(), optOut: false, other: false, ...extra };
}

function choiceItems(question: QuestionSelectBase): ItemSpec[] {
  const items = question.choices.map((choice: ItemValue) => {
    const image = (choice as ItemValue & { imageLink?: unknown }).imageLink;
    return itemSpec(choice, {
      optOut: choice.value === OPT_OUT_VALUE,
      ...(typeof image === "string" && image ? { image } : {}),
    });
  });
  if (question.showOtherItem) items.push(itemSpec(question.otherItem, { other: true, fallback: builtIn("otherItemText") }));
  if (question.showNoneItem) items.push(itemSpec(question.noneItem, { optOut: true, fallback: builtIn("noneItemText") }));
  if (question.showRefuseItem) items.push(itemSpec(question.refuseItem, { optOut: true, fallback: builtIn("refuseItemText") }));
  if (question.showDontKnowItem)
    items.push(itemSpec(question.dontKnowItem, { optOut: true, fallback: builtIn("dontKnowItemText") }));
  return items;
}

function booleanItems(question: QuestionBooleanModel): ItemSpec[] {
  // Our own yes and no: survey-core's Welsh "Iawn" reads as "OK", not "Yes".
  const yes = (lang: Lang) => translatorFor(lang)("answerForm.yes");
  const no = (lang: Lang) => translatorFor(lang)("answerForm.no");
  return [
    { value: question.getValueTrue(), text: localised(question, "labelTrue"), fallback: yes, optOut: false, other: false },
    { value: question.getValueFalse(), text: localised(question, "labelFalse"), fallback: no, optOut: false, other: false },
  ];
}

/** An image picker is a single or multiple choice that shows pictures. */
function kindOf(question: Question, type: string): QuestionKind {
  if (type === "imagepicker") return (question as unknown as { multiSelect?: boolean }).multiSelect ? "choices" : "choice";
  return KINDS[type] ?? "none";
}

export function specOf(question: Question, page: string): QuestionSpec {
  const type = question.getType();
  const kind = kindOf(question, type);
  const spec: QuestionSpec = {
    name: question.name,
    type,
    kind,
    page,
    title: localised(question, "title"),
    description: localised(question, "description"),
    requiredReason: localised(question, "requiredReason"),
    required: question.isRequired,
    items: [],
    rows: [],
    inputType: "text",
    numeric: false,
    maxLength: 0,
    html: null,
    contentWarning: false,
    minText: null,
    maxText: null,
    parts: partQuestionsOf(question).map((part) => specOf(part, page)),
    ...countsOf(question),
  };
  if (kind === "choice" || kind === "choices") spec.items = choiceItems(question as QuestionSelectBase);
  if (kind === "ranking") spec.items = (question as QuestionSelectBase).choices.map((choice: ItemValue) => itemSpec(choice));
  if (kind === "boolean") spec.items = booleanItems(question as QuestionBooleanModel);
  if (kind === "rating") {
    spec.items = (question as QuestionRatingModel).visibleRateValues.map((item) => itemSpec(item));
    spec.minText = localised(question, "minRateDescription");
    spec.maxText = localised(question, "maxRateDescription");
  }
  if (kind === "matrix") {
    const matrix = question as QuestionMatrixModel;
    spec.rows = matrix.rows.map((row: ItemValue) => itemSpec(row));
    spec.items = matrix.columns.map((column: ItemValue) => itemSpec(column));
  }
  if (kind === "matrixdropdown") spec.rows = (question as QuestionMatrixModel).rows.map((row: ItemValue) => itemSpec(row));
  if (kind === "text" || kind === "comment") {
    const text = question as QuestionTextModel;
    spec.maxLength = typeof text.maxLength === "number" && text.maxLength > 0 ? text.maxLength : 0;
    if (kind === "text") {
      spec.inputType = text.inputType || "text";
      spec.numeric = spec.inputType === "number" || spec.inputType === "range";
    }
  }
  if (kind === "info") {
    spec.html = localised(question, "html");
    spec.contentWarning = question.getPropertyValue("contentWarning") === true;
  }
  return spec;
}
