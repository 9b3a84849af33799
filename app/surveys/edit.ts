/**
 * The designer's operations on a draft: pure functions from SurveyJS JSON to
 * SurveyJS JSON. They never mutate their input.
 */
import { findBankQuestion, bankElement } from "./bank";
import {
  allElementsOf,
  choiceText,
  choiceValue,
  elementsOf,
  elementsOfPage,
  labelledItems,
  listOf,
  OPT_OUT_VALUE,
  pagesOf,
  textIn,
  type Localised,
  type QuestionType,
  type SurveyElement,
  type SurveyJson,
  type SurveyPage,
} from "./survey-json";

const OPT_OUT_CHOICE = { value: OPT_OUT_VALUE, text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" } };
const LIKERT = [
  { value: "strongly_agree", text: { default: "Strongly agree", cy: "Cytuno'n gryf" } },
  { value: "agree", text: { default: "Agree", cy: "Cytuno" } },
  { value: "neither", text: { default: "Neither agree nor disagree", cy: "Ddim yn cytuno nac yn anghytuno" } },
  { value: "disagree", text: { default: "Disagree", cy: "Anghytuno" } },
  { value: "strongly_disagree", text: { default: "Strongly disagree", cy: "Anghytuno'n gryf" } },
];

const clone = <T>(value: T): T => structuredClone(value);

/** An element by name, at any depth (inside panels too). */
export function findElement(json: SurveyJson, name: string) {
  return allElementsOf(json).find((entry) => entry.element.name === name);
}

export function findPage(json: SurveyJson, name: string) {
  return pagesOf(json).find((page) => page.name === name);
}

/** A name not yet used by any page or element: base, base2, base3… */
export function uniqueName(json: SurveyJson, base: string): string {
  const taken = new Set([...pagesOf(json).map((p) => p.name), ...elementsOf(json).map((e) => e.element.name)]);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

/** A new element of a type, with sensible wording and an opt-out where it can have one. */
export function newElement(json: SurveyJson, type: QuestionType): SurveyElement {
  const name = uniqueName(json, type === "html" ? "info" : "question");
  const title = { default: "New question", cy: "Cwestiwn newydd" };
  switch (type) {
    case "html":
      return {
        type,
        name,
        html: { default: "<p>Information for the person answering.</p>", cy: "<p>Gwybodaeth i'r person sy'n ateb.</p>" },
      };
    case "radiogroup":
    case "checkbox":
    case "dropdown":
      return {
        type,
        name,
        title,
        choices: [
          { value: "yes", text: { default: "Yes", cy: "Ie" } },
          { value: "no", text: { default: "No", cy: "Na" } },
          OPT_OUT_CHOICE,
        ],
      };
    case "ranking":
      return {
        type,
        name,
        title,
        choices: [
          { value: "first", text: { default: "First option", cy: "Dewis cyntaf" } },
          { value: "second", text: { default: "Second option", cy: "Ail ddewis" } },
        ],
      };
    case "matrix":
      return {
        type,
        name,
        title,
        rows: [{ value: "row1", text: { default: "Statement", cy: "Datganiad" } }],
        columns: [...LIKERT, OPT_OUT_CHOICE],
      };
    case "rating":
      return { type, name, title, rateMin: 1, rateMax: 5 };
    case "comment":
      return { type, name, title, maxLength: 5000 };
    default:
      return { type, name, title };
  }
}

function withPages(json: SurveyJson, pages: SurveyPage[]): SurveyJson {
  return { ...clone(json), pages };
}

export function addPage(json: SurveyJson): { json: SurveyJson; page: string } {
  const name = uniqueName(json, "page");
  const page: SurveyPage = { name, title: { default: "New page", cy: "Tudalen newydd" }, elements: [] };
  return { json: withPages(json, [...clone(pagesOf(json)), page]), page: name };
}

export function updatePage(
  json: SurveyJson,
  pageName: string,
  patch: { title: Localised | undefined; sensitive: boolean },
): SurveyJson {
  return withPages(
    json,
    clone(pagesOf(json)).map((page) => {
      if (page.name !== pageName) return page;
      const next: SurveyPage = { ...page, title: patch.title };
      if (patch.title === undefined) delete next.title;
      if (patch.sensitive) next.sensitive = true;
      else if (page.sensitive) delete next.sensitive;
      return next;
    }),
  );
}

export function movePage(json: SurveyJson, pageName: string, direction: -1 | 1): SurveyJson {
  const pages = clone(pagesOf(json));
  const index = pages.findIndex((p) => p.name === pageName);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= pages.length) return json;
  [pages[index], pages[target]] = [pages[target], pages[index]];
  return withPages(json, pages);
}

export function deletePage(json: SurveyJson, pageName: string): SurveyJson {
  const pages = clone(pagesOf(json)).filter((p) => p.name !== pageName);
  return withPages(json, pages.length ? pages : [{ name: uniqueName(json, "page"), elements: [] }]);
}

export function addElement(json: SurveyJson, pageName: string, element: SurveyElement): SurveyJson {
  return withPages(
    json,
    clone(pagesOf(json)).map((page) =>
      page.name === pageName ? { ...page, elements: [...elementsOfPage(page), element] } : page,
    ),
  );
}

export function addBankQuestion(json: SurveyJson, pageName: string, bankId: string): { json: SurveyJson; name: string } | null {
  const question = findBankQuestion(bankId);
  if (!question) return null;
  const element = bankElement(question);
  element.name = uniqueName(json, element.name);
  return { json: addElement(json, pageName, element), name: element.name };
}

/** Replaces the element of that name wherever it is, inside panels and dynamic panels too. */
export function replaceElement(json: SurveyJson, name: string, element: SurveyElement): SurveyJson {
  const inside = (elements: unknown): unknown =>
    Array.isArray(elements)
      ? elements.map((e: SurveyElement) => {
          if (typeof e !== "object" || e === null) return e;
          if (e.name === name) return element;
          const next = { ...e };
          if (Array.isArray(next.elements)) next.elements = inside(next.elements);
          if (Array.isArray(next.templateElements)) next.templateElements = inside(next.templateElements);
          return next;
        })
      : elements;
  return withPages(
    json,
    clone(pagesOf(json)).map((page) =>
      Array.isArray(page.elements) ? { ...page, elements: inside(page.elements) as SurveyElement[] } : page,
    ),
  );
}

/** Moves an element up or down; past the top or bottom of its page, onto the neighbouring page. */
export function moveElement(json: SurveyJson, name: string, direction: -1 | 1): SurveyJson {
  const pages = clone(pagesOf(json)).map((page) => ({ ...page, elements: elementsOfPage(page) }));
  const pageIndex = pages.findIndex((p) => p.elements.some((e) => e.name === name));
  if (pageIndex < 0) return json;
  const elements = pages[pageIndex].elements;
  const index = elements.findIndex((e) => e.name === name);
  const target = index + direction;
  if (target >= 0 && target < elements.length) {
    [elements[index], elements[target]] = [elements[target], elements[index]];
  } else {
    const neighbour = pages[pageIndex + direction];
    if (!neighbour) return json;
    const [moving] = elements.splice(index, 1);
    if (direction === -1) neighbour.elements.push(moving);
    else neighbour.elements.unshift(moving);
  }
  return withPages(json, pages);
}

export function duplicateElement(json: SurveyJson, name: string): { json: SurveyJson; name: string } {
  const found = findElement(json, name);
  if (!found) return { json, name };
  const copy = clone(found.element);
  copy.name = uniqueName(json, `${name}_copy`);
  delete copy.bankId;
  const pages = clone(pagesOf(json)).map((page) => {
    const elements = elementsOfPage(page);
    const index = elements.findIndex((e) => e.name === name);
    if (index < 0) return page;
    return { ...page, elements: [...elements.slice(0, index + 1), copy, ...elements.slice(index + 1)] };
  });
  return { json: withPages(json, pages), name: copy.name };
}

/** Deletes an element, and any condition that pointed at it (a hidden question must not hang on a deleted one). */
export function deleteElement(json: SurveyJson, name: string): SurveyJson {
  const pages = clone(pagesOf(json)).map((page) => ({
    ...page,
    elements: elementsOfPage(page)
      .filter((e) => e.name !== name)
      .map((e) => {
        if (typeof e.visibleIf === "string" && parseCondition(e.visibleIf)?.question === name) {
          const { visibleIf: _dropped, ...rest } = e;
          return rest as SurveyElement;
        }
        return e;
      }),
  }));
  return withPages(json, pages);
}

export type Condition = { question: string; operator: "is" | "isNot"; value: string };

/** A condition built by choosing from lists, written in SurveyJS's expression language. */
export function conditionExpression(condition: Condition, questionType: string): string {
  const value = `'${condition.value.replace(/'/g, "")}'`;
  if (questionType === "checkbox")
    return `{${condition.question}} ${condition.operator === "is" ? "contains" : "notcontains"} ${value}`;
  return `{${condition.question}} ${condition.operator === "is" ? "=" : "!="} ${value}`;
}

/** Reads back a condition the designer wrote; null for anything else (an expert's own expression). */
export function parseCondition(expression: string): Condition | null {
  const match = /^\{([^{}]+)\}\s+(=|!=|contains|notcontains)\s+'([^']*)'$/.exec(expression.trim());
  if (!match) return null;
  return { question: match[1], operator: match[2] === "=" || match[2] === "contains" ? "is" : "isNot", value: match[3] };
}

/** Answers a later question can depend on: every choice of every earlier choice question. */
export function conditionOptions(json: SurveyJson, beforeName: string) {
  const options: {
    question: string;
    questionTitle: Localised | undefined;
    value: string;
    text: Localised | undefined;
    type: string;
  }[] = [];
  for (const { element } of elementsOf(json)) {
    if (element.name === beforeName) break;
    if (element.type === "boolean") {
      options.push({
        question: element.name,
        questionTitle: element.title,
        value: "true",
        text: { default: "Yes", cy: "Ie" },
        type: element.type,
      });
      options.push({
        question: element.name,
        questionTitle: element.title,
        value: "false",
        text: { default: "No", cy: "Na" },
        type: element.type,
      });
    }
    if (!["radiogroup", "checkbox", "dropdown"].includes(element.type)) continue;
    for (const choice of listOf(element.choices)) {
      options.push({
        question: element.name,
        questionTitle: element.title,
        value: choiceValue(choice),
        text: choiceText(choice),
        type: element.type,
      });
    }
  }
  return options;
}

const TRANSLATABLE_FIELDS = ["title", "description", "html", "placeholder", "requiredReason", "identifyingReason"] as const;

/** Every localisable string with a label, for the translation table: elements at any depth, and every labelled item. */
export function translatableStrings(json: SurveyJson) {
  const out: { key: string; label: string; value: Localised | undefined }[] = [];
  out.push({ key: "survey.title", label: "Survey title", value: json.title });
  if (json.description !== undefined)
    out.push({ key: "survey.description", label: "Survey description", value: json.description });
  for (const page of pagesOf(json)) {
    out.push({ key: `page.${page.name}.title`, label: `Page: ${textIn(page.title, "en") || page.name}`, value: page.title });
  }
  for (const { element } of allElementsOf(json)) {
    const name = element.name;
    for (const field of TRANSLATABLE_FIELDS) {
      if (element[field] !== undefined)
        out.push({ key: `element.${name}.${field}`, label: `${name}: ${field}`, value: element[field] as Localised });
    }
    for (const item of labelledItems(element)) {
      out.push({ key: `element.${name}.${item.list}.${item.key}`, label: `${name}: ${item.key}`, value: item.text });
    }
  }
  return out;
}

function setLang(value: Localised | undefined, lang: string, text: string): Localised {
  const base: Record<string, string> = typeof value === "string" ? { default: value } : { ...(value ?? {}) };
  const key = lang === "en" ? "default" : lang;
  if (text.trim()) base[key] = text.trim();
  else delete base[key];
  return base;
}

/** One labelled item with its text in one language set; its other properties and its value's type kept. */
function translatedItem(item: unknown, byName: boolean, fallback: string, lang: string, text: string): unknown {
  if (byName) {
    const obj = (typeof item === "object" && item !== null ? item : { name: fallback }) as Record<string, unknown>;
    return { ...obj, title: setLang((obj.title as Localised | undefined) ?? fallback, lang, text) };
  }
  if (typeof item === "object" && item !== null) {
    const obj = item as Record<string, unknown>;
    return { ...obj, text: setLang((obj.text as Localised | undefined) ?? String(obj.value), lang, text) };
  }
  return { value: item, text: setLang(String(item), lang, text) };
}

/** Applies translations from the table: keys as translatableStrings gives them. */
export function applyTranslations(json: SurveyJson, lang: string, texts: Record<string, string>): SurveyJson {
  const next = clone(json);
  if ("survey.title" in texts) next.title = setLang(next.title, lang, texts["survey.title"]);
  if ("survey.description" in texts) next.description = setLang(next.description, lang, texts["survey.description"]);
  for (const page of pagesOf(next)) {
    const pageKey = `page.${page.name}.title`;
    // The table lists every page, titled or not: a row left blank must not give an untitled page an empty title,
    // which the check would then report as missing in every language.
    if (pageKey in texts && (page.title !== undefined || texts[pageKey].trim()))
      page.title = setLang(page.title, lang, texts[pageKey]);
  }
  for (const { element } of allElementsOf(next)) {
    for (const field of TRANSLATABLE_FIELDS) {
      const key = `element.${element.name}.${field}`;
      if (key in texts && element[field] !== undefined) element[field] = setLang(element[field] as Localised, lang, texts[key]);
    }
    for (const item of labelledItems(element)) {
      const key = `element.${element.name}.${item.list}.${item.key}`;
      if (!(key in texts)) continue;
      const list = element[item.list] as unknown[];
      const named =
        ((element.type === "matrixdropdown" || element.type === "matrixdynamic") && item.list === "columns") ||
        (element.type === "multipletext" && item.list === "items");
      list[item.index] = translatedItem(item.item, named, item.key, lang, texts[key]);
    }
  }
  return next;
}

/** A readable list of what changed between two versions, for the version history. */
export function changeSummary(previous: SurveyJson | null, next: SurveyJson): string[] {
  if (!previous) return ["first"];
  const before = new Map(elementsOf(previous).map((e) => [e.element.name, e.element]));
  const after = new Map(elementsOf(next).map((e) => [e.element.name, e.element]));
  const changes: string[] = [];
  for (const [name, element] of after) {
    const old = before.get(name);
    if (!old) changes.push(`added:${name}`);
    else if (JSON.stringify(old) !== JSON.stringify(element)) changes.push(`changed:${name}`);
  }
  for (const name of before.keys()) if (!after.has(name)) changes.push(`removed:${name}`);
  const order = (json: SurveyJson) =>
    elementsOf(json)
      .map((e) => e.element.name)
      .filter((n) => before.has(n) && after.has(n));
  if (order(previous).join() !== order(next).join()) changes.push("reordered");
  const pages = (json: SurveyJson) => JSON.stringify(pagesOf(json).map((p) => [p.name, p.title, p.sensitive]));
  if (
    pages(previous) !== pages(next) ||
    JSON.stringify([previous.title, previous.description]) !== JSON.stringify([next.title, next.description])
  ) {
    changes.push("wording");
  }
  return changes.length ? changes : ["none"];
}
