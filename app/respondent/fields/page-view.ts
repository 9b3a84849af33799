/** One question or information block as the plain HTML form shows it, in the respondent's language. */
import { textFor, textIn } from "~/surveys/survey-json";
import { ANSWER_LIMITS, limitOf } from "./answer-checks";
import { itemLabel } from "./messages";
import type { ElementView, ItemSpec, Lang, OptionView, QuestionSpec } from "./types";

/**
 * An image picker's picture, only when it cannot reach another site: a path on our own origin or a data: URI of an
 * image. Anything else (another host, a protocol-relative address, a script) shows the text label alone.
 */
export function safeImage(link: string | undefined): string | undefined {
  if (!link) return undefined;
  const trimmed = link.trim();
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml|avif)[;,]/i.test(trimmed)) return trimmed;
  if (/^\/(?![\/\\])/.test(trimmed) && !/[\s\\]/.test(trimmed)) return trimmed;
  return undefined;
}

const optionOf = (item: ItemSpec, lang: Lang): OptionView => {
  const image = safeImage(item.image);
  return {
    value: String(item.value),
    stored: item.value,
    label: itemLabel(item, lang),
    optOut: item.optOut,
    other: item.other,
    ...(image ? { image } : {}),
  };
};

/** Ordinary choices, then "something else", then the ways to opt out (shown after an "or"). */
const ordered = (items: ItemSpec[]) => [
  ...items.filter((item) => !item.optOut && !item.other),
  ...items.filter((item) => item.other),
  ...items.filter((item) => item.optOut),
];

/**
 * A question or information block in `lang`: where its text falls back to English (the survey is not offered in that
 * language, or this element is not translated), the view says so (`lang: "en"`) and the page marks the element.
 */
export function viewOf(spec: QuestionSpec, lang: Lang): ElementView | null {
  const view = viewIn(spec, lang);
  const text = spec.kind === "info" ? spec.html : spec.title;
  if (!view || lang === "en" || textIn(text, lang) || !textIn(text, "en")) return view;
  return { ...view, lang: "en" };
}

function viewIn(spec: QuestionSpec, lang: Lang): ElementView | null {
  if (spec.kind === "info")
    return { kind: "info", name: spec.name, html: textFor(spec.html, lang), contentWarning: spec.contentWarning };
  const shown = {
    name: spec.name,
    title: textFor(spec.title, lang, spec.name),
    description: textFor(spec.description, lang),
    required: spec.required,
    reason: spec.required ? textIn(spec.requiredReason, lang) : "",
  };
  const options = (items: ItemSpec[]) => items.map((item) => optionOf(item, lang));
  switch (spec.kind) {
    case "text":
      return { ...shown, kind: "text", inputType: spec.inputType, numeric: spec.numeric, limit: limitOf(spec) };
    case "comment":
      return { ...shown, kind: "comment", limit: limitOf(spec) };
    case "choice":
    case "choices": {
      const kind = spec.kind === "choices" ? "checkbox" : spec.type === "dropdown" ? "dropdown" : "radiogroup";
      return { ...shown, kind, options: options(ordered(spec.items)), otherLimit: ANSWER_LIMITS.other };
    }
    case "rating":
      return {
        ...shown,
        kind: "rating",
        options: options(spec.items),
        minText: textFor(spec.minText, lang),
        maxText: textFor(spec.maxText, lang),
      };
    case "boolean":
      // Posted as "true" and "false" whatever values the definition stores for yes and no.
      return {
        ...shown,
        kind: "boolean",
        options: spec.items.map((item, i) => ({ ...optionOf(item, lang), value: String(i === 0) })),
      };
    case "matrix":
      return { ...shown, kind: "matrix", rows: options(spec.rows), columns: options(spec.items) };
    case "ranking":
      return { ...shown, kind: "ranking", items: options(spec.items) };
    case "multipletext":
    case "matrixdropdown":
    case "matrixdynamic":
    case "paneldynamic":
      // The groups and buttons come from survey-core's live model (survey-session's layout, fields/parts.ts).
      return { ...shown, kind: spec.kind, groups: [], add: null, remove: "" };
    default:
      return null;
  }
}
