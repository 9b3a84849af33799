/**
 * The question editor's form, both ways: what the form shows for an element
 * (elementFormValues) and the element the submitted form makes
 * (readElementForm). Pure: the route passes the form values and the element as
 * it was.
 *
 * Lossless: the form edits only the languages the survey offers and the
 * properties it has fields for. Everything else the element holds — strings in
 * languages not offered (German in an imported survey), properties the form
 * does not know, numeric choice values, bare-string choices, an expert's own
 * condition — comes back exactly as it was, and a field left as shown changes
 * nothing. Errors are translation keys.
 */
import { conditionExpression, parseCondition, type Condition } from "./edit";
import {
  choiceText,
  choiceValue,
  listOf,
  mergeLocalised,
  OPT_OUT_VALUE,
  textIn,
  type Choice,
  type SurveyElement,
} from "./survey-json";

export const CHOICE_LIST_TYPES = new Set(["radiogroup", "checkbox", "dropdown", "ranking"]);
const OPT_OUT_TYPES = new Set(["radiogroup", "checkbox", "dropdown"]);
const OPT_OUT_TEXT = { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" };
const OTHER_TEXT = { default: "Something else (please say)", cy: "Rhywbeth arall (dywedwch)" };
export const LOCALISED_FIELDS = ["title", "description", "html", "requiredReason", "identifyingReason"] as const;
type List = "choices" | "rows" | "columns";

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

const textsFor = (values: Values, prefix: string, langs: string[]) =>
  Object.fromEntries(langs.map((lang) => [lang, one(values, `${prefix}_${lang}`)]));

/** A list item's label as the form shows it: its text, or (like SurveyJS) its value when it has none. */
const shownText = (item: unknown) => choiceText(item) ?? choiceValue(item);

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

const listEdited = (element: SurveyElement): List[] =>
  CHOICE_LIST_TYPES.has(element.type) ? ["choices"] : element.type === "matrix" ? ["rows", "columns"] : [];
const hasOptOutList = (element: SurveyElement): List | null =>
  OPT_OUT_TYPES.has(element.type) ? "choices" : element.type === "matrix" ? "columns" : null;

/** Reads one list back, matching rows to the items they came from by value, so each keeps its value's type and its other properties. */
function readList(values: Values, before: unknown, list: List, langs: string[], errors: Record<string, string>): Choice[] {
  const originals = listOf(before);
  const byValue = new Map(originals.map((item) => [choiceValue(item), item as unknown]));
  const removed = new Set(many(values, `${list}Remove`));
  const items: unknown[] = [];
  many(values, `${list}Value`).forEach((value, index) => {
    if (removed.has(value)) return;
    const texts = Object.fromEntries(langs.map((lang) => [lang, (many(values, `${list}Text_${lang}`)[index] ?? "").trim()]));
    const original = byValue.has(value) ? byValue.get(value) : undefined;
    const baseline = original === undefined ? undefined : shownText(original);
    const text = mergeLocalised(baseline, texts, langs);
    if (!textIn(text, "en")) errors[`${list}Text_en-${index}`] = "errors.choiceTextRequired";
    if (original !== undefined && text === baseline) items.push(original);
    else if (typeof original === "object" && original !== null) items.push({ ...original, text });
    else items.push({ value: original ?? value, text });
  });
  const newTexts = textsFor(values, `new_${list}`, langs);
  if (Object.values(newTexts).some(Boolean)) {
    const text = mergeLocalised(undefined, newTexts, langs);
    if (!textIn(text, "en")) errors[`new_${list}_en`] = "errors.choiceTextRequired";
    else items.push({ value: slugFor(textIn(text, "en"), new Set(items.map(choiceValue))), text });
  }
  return items as Choice[];
}

/** Adds or removes "Prefer not to say", leaving an existing one where it was. */
function withOptOut(items: Choice[], before: unknown, wanted: boolean): Choice[] {
  const others = items.filter((c) => choiceValue(c) !== OPT_OUT_VALUE);
  if (!wanted) return others;
  const originals = listOf(before);
  const index = originals.findIndex((c) => choiceValue(c) === OPT_OUT_VALUE);
  if (index < 0) return [...others, { value: OPT_OUT_VALUE, text: OPT_OUT_TEXT }];
  return [...others.slice(0, index), originals[index], ...others.slice(index)];
}

export type ConditionOption = { question: string; value: string; type: string };

/** The condition select's value for a condition: names and values may hold any characters, so no separator is safe. */
export const conditionKey = (question: string, value: string) => JSON.stringify([question, value]);

function readConditionKey(key: string): [string, string] | null {
  try {
    const parsed: unknown = JSON.parse(key);
    return Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === "string")
      ? [parsed[0], parsed[1]]
      : null;
  } catch {
    return null;
  }
}

/** The element's condition as the chooser can show it, or null when it is an expert's own (kept as written). */
export function chosenCondition(element: SurveyElement, options: ConditionOption[]): Condition | null {
  const condition = typeof element.visibleIf === "string" ? parseCondition(element.visibleIf) : null;
  if (!condition) return null;
  const option = options.find((o) => o.question === condition.question && o.value === condition.value);
  return option && element.visibleIf === conditionExpression(condition, option.type) ? condition : null;
}

const isRequired = (element: SurveyElement) => element.isRequired === true;
const hasOther = (element: SurveyElement) => Boolean(element.showOtherItem || element.hasOther);

/** What the form shows for an element: exactly the values an unchanged submission sends back. */
export function elementFormValues(element: SurveyElement, langs: string[], options: ConditionOption[]): Values {
  const values: Values = {};
  for (const field of LOCALISED_FIELDS) for (const lang of langs) values[`${field}_${lang}`] = textIn(element[field], lang);
  for (const list of listEdited(element)) {
    // "Prefer not to say" is the checkbox below the list, where the type offers one; elsewhere it is a row like any other.
    const rows = listOf(element[list]).filter((c) => list !== hasOptOutList(element) || choiceValue(c) !== OPT_OUT_VALUE);
    values[`${list}Value`] = rows.map(choiceValue);
    for (const lang of langs) values[`${list}Text_${lang}`] = rows.map((row) => textIn(shownText(row), lang));
  }
  const optOutList = hasOptOutList(element);
  if (optOutList && listOf(element[optOutList]).some((c) => choiceValue(c) === OPT_OUT_VALUE)) values.preferNotToSay = "yes";
  if (OPT_OUT_TYPES.has(element.type) && hasOther(element)) values.other = "yes";
  if (element.type === "html" && element.contentWarning) values.contentWarning = "yes";
  if (isRequired(element)) values.isRequired = "yes";
  if (element.type === "rating") {
    values.rateMin = String(element.rateMin ?? 1);
    values.rateMax = String(element.rateMax ?? 5);
  }
  const condition = chosenCondition(element, options);
  values.condition = condition ? conditionKey(condition.question, condition.value) : "";
  values.operator = condition?.operator ?? "is";
  if (!condition && typeof element.visibleIf === "string" && element.visibleIf) values.keepExpertCondition = "yes";
  return values;
}

function setOrDelete(element: SurveyElement, key: string, value: unknown) {
  if (value === undefined) delete element[key];
  else element[key] = value;
}

export function readElementForm(
  values: Values,
  before: SurveyElement,
  langs: string[],
  conditionOptions: ConditionOption[],
): { ok: true; element: SurveyElement } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const element: SurveyElement = { ...before };
  const merged = (field: (typeof LOCALISED_FIELDS)[number]) =>
    mergeLocalised(before[field], textsFor(values, field, langs), langs);

  if (element.type === "html") {
    const html = merged("html");
    if (!textIn(html, "en")) errors.html_en = "errors.infoTextRequired";
    setOrDelete(element, "html", html);
    if (one(values, "contentWarning") === "yes") element.contentWarning = true;
    else if (before.contentWarning) delete element.contentWarning;
  } else {
    const title = merged("title");
    // A question imported without a title shows its name; it may stay so.
    if (!textIn(title, "en") && before.title !== undefined) errors.title_en = "errors.questionTitleRequired";
    setOrDelete(element, "title", title);
    setOrDelete(element, "description", merged("description"));
    setOrDelete(element, "identifyingReason", merged("identifyingReason"));

    if (one(values, "isRequired") === "yes") {
      element.isRequired = true;
      element.requiredReason = merged("requiredReason");
      for (const lang of langs) {
        if (!textIn(element.requiredReason, lang)) errors[`requiredReason_${lang}`] = "errors.requiredReasonMissing";
      }
    } else if (isRequired(before)) {
      delete element.isRequired;
      delete element.requiredReason;
    }
  }

  for (const list of listEdited(element)) element[list] = readList(values, before[list], list, langs, errors);
  const optOutList = hasOptOutList(element);
  if (optOutList)
    element[optOutList] = withOptOut(listOf(element[optOutList]), before[optOutList], one(values, "preferNotToSay") === "yes");
  if (CHOICE_LIST_TYPES.has(element.type) && listOf(element.choices).every((c) => choiceValue(c) === OPT_OUT_VALUE))
    errors.new_choices_en = "errors.choicesRequired";
  if (element.type === "matrix" && listOf(element.rows).length === 0) errors.new_rows_en = "errors.rowsRequired";

  if (OPT_OUT_TYPES.has(element.type)) {
    const wanted = one(values, "other") === "yes";
    if (wanted && !hasOther(before)) Object.assign(element, { showOtherItem: true, otherText: OTHER_TEXT });
    if (!wanted && hasOther(before)) {
      delete element.showOtherItem;
      delete element.hasOther;
      delete element.otherText;
    }
  }

  if (element.type === "rating") {
    const min = Number(one(values, "rateMin"));
    const max = Number(one(values, "rateMax"));
    if (min !== (before.rateMin ?? 1) || max !== (before.rateMax ?? 5)) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 10 || min >= max)
        errors.rateMin = "errors.ratingRange";
      else Object.assign(element, { rateMin: min, rateMax: max });
    }
  }

  const chosen = readConditionKey(one(values, "condition"));
  const shown = chosenCondition(before, conditionOptions);
  if (one(values, "condition") && !chosen) errors.condition = "errors.conditionUnknown";
  else if (chosen) {
    const [question, value] = chosen;
    const option = conditionOptions.find((o) => o.question === question && o.value === value);
    const operator: Condition["operator"] = one(values, "operator") === "isNot" ? "isNot" : "is";
    if (!option) errors.condition = "errors.conditionUnknown";
    else if (!(shown && shown.question === question && shown.value === value && shown.operator === operator))
      element.visibleIf = conditionExpression({ question, value, operator }, option.type);
  } else if (one(values, "keepExpertCondition") !== "yes") {
    delete element.visibleIf;
  }

  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, element };
}
