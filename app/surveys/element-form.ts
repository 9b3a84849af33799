/**
 * Reads the question editor's form into a SurveyJS element. Pure: the route
 * passes the form values and the element as it was. Errors are translation keys.
 */
import { conditionExpression, type Condition } from "./edit";
import {
  choiceText,
  choiceValue,
  listOf,
  OPT_OUT_VALUE,
  textIn,
  type Choice,
  type Localised,
  type SurveyElement,
} from "./survey-json";

export const CHOICE_LIST_TYPES = new Set(["radiogroup", "checkbox", "dropdown", "ranking"]);
const OPT_OUT_TYPES = new Set(["radiogroup", "checkbox", "dropdown"]);
const OPT_OUT_TEXT = { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" };

type Values = Record<string, string | string[]>;
const one = (values: Values, key: string) => {
  const v = values[key];
  return (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
};
const many = (values: Values, key: string) => {
  const v = values[key];
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
};

export const LIST_FIELDS = (langs: string[]) =>
  ["choices", "rows", "columns"].flatMap((list) => [
    `${list}Value`,
    `${list}Remove`,
    ...langs.map((lang) => `${list}Text_${lang}`),
  ]);

function localised(values: Values, prefix: string, langs: string[]): Localised | undefined {
  const out: Record<string, string> = {};
  for (const lang of langs) {
    const text = one(values, `${prefix}_${lang}`);
    if (text) out[lang === "en" ? "default" : lang] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

function slugFor(text: string, taken: Set<string>) {
  const base =
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .slice(0, 30)
      .replace(/^_+|_+$/g, "") || "option";
  let value = base;
  for (let n = 2; taken.has(value); n += 1) value = `${base}_${n}`;
  return value;
}

function readList(values: Values, list: string, langs: string[], errors: Record<string, string>): Choice[] {
  const valuesInForm = many(values, `${list}Value`);
  const removed = new Set(many(values, `${list}Remove`));
  const items: Choice[] = [];
  valuesInForm.forEach((value, index) => {
    if (removed.has(value)) return;
    const text: Record<string, string> = {};
    for (const lang of langs) {
      const t = (many(values, `${list}Text_${lang}`)[index] ?? "").trim();
      if (t) text[lang === "en" ? "default" : lang] = t;
    }
    if (!text.default) errors[`${list}Text_en-${index}`] = "errors.choiceTextRequired";
    items.push({ value, text });
  });
  const newText = localised(values, `new_${list}`, langs);
  if (newText) {
    if (!textIn(newText, "en")) errors[`new_${list}_en`] = "errors.choiceTextRequired";
    else items.push({ value: slugFor(textIn(newText, "en"), new Set(items.map(choiceValue))), text: newText });
  }
  return items;
}

function withOptOut(items: Choice[], wanted: boolean): Choice[] {
  const others = items.filter((c) => choiceValue(c) !== OPT_OUT_VALUE);
  if (!wanted) return others;
  const existing = items.find((c) => choiceValue(c) === OPT_OUT_VALUE);
  return [...others, existing ?? { value: OPT_OUT_VALUE, text: OPT_OUT_TEXT }];
}

export type ConditionOption = { question: string; value: string; type: string };

export function readElementForm(
  values: Values,
  before: SurveyElement,
  langs: string[],
  conditionOptions: ConditionOption[],
): { ok: true; element: SurveyElement } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const element: SurveyElement = { ...before };

  if (element.type === "html") {
    const html = localised(values, "html", langs);
    if (!textIn(html, "en")) errors.html_en = "errors.infoTextRequired";
    element.html = html;
    if (one(values, "contentWarning") === "yes") element.contentWarning = true;
    else delete element.contentWarning;
  } else {
    const title = localised(values, "title", langs);
    if (!textIn(title, "en")) errors.title_en = "errors.questionTitleRequired";
    element.title = title;
    const description = localised(values, "description", langs);
    if (description) element.description = description;
    else delete element.description;

    if (one(values, "isRequired") === "yes") {
      element.isRequired = true;
      element.requiredReason = localised(values, "requiredReason", langs);
      for (const lang of langs) {
        if (!textIn(element.requiredReason, lang)) errors[`requiredReason_${lang}`] = "errors.requiredReasonMissing";
      }
    } else {
      delete element.isRequired;
      delete element.requiredReason;
    }
  }

  if (CHOICE_LIST_TYPES.has(element.type)) {
    const items = readList(values, "choices", langs, errors);
    element.choices = OPT_OUT_TYPES.has(element.type) ? withOptOut(items, one(values, "preferNotToSay") === "yes") : items;
    if (element.choices.filter((c) => choiceValue(c) !== OPT_OUT_VALUE).length === 0)
      errors.new_choices_en = "errors.choicesRequired";
    if (OPT_OUT_TYPES.has(element.type) && one(values, "other") === "yes") {
      element.showOtherItem = true;
      element.otherText = { default: "Something else (please say)", cy: "Rhywbeth arall (dywedwch)" };
    } else {
      delete element.showOtherItem;
      delete element.otherText;
    }
  }
  if (element.type === "matrix") {
    element.rows = readList(values, "rows", langs, errors);
    element.columns = withOptOut(readList(values, "columns", langs, errors), one(values, "preferNotToSay") === "yes");
    if (element.rows.length === 0) errors.new_rows_en = "errors.rowsRequired";
  }
  if (element.type === "rating") {
    const min = Number(one(values, "rateMin"));
    const max = Number(one(values, "rateMax"));
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 10 || min >= max)
      errors.rateMin = "errors.ratingRange";
    else Object.assign(element, { rateMin: min, rateMax: max });
  }

  const condition = one(values, "condition");
  if (condition) {
    const [question, value] = condition.split("::");
    const option = conditionOptions.find((o) => o.question === question && o.value === value);
    if (!option) errors.condition = "errors.conditionUnknown";
    else {
      const operator: Condition["operator"] = one(values, "operator") === "isNot" ? "isNot" : "is";
      element.visibleIf = conditionExpression({ question, value, operator }, option.type);
    }
  } else if (one(values, "keepExpertCondition") !== "yes") {
    delete element.visibleIf;
  }

  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, element };
}

/** The editor's starting values for a list (choices, rows or columns). */
export function listRows(element: SurveyElement, list: "choices" | "rows" | "columns") {
  return listOf(element[list])
    .filter((c) => choiceValue(c) !== OPT_OUT_VALUE)
    .map((c) => ({ value: choiceValue(c), text: choiceText(c) }));
}
