/**
 * Messages of our own answer checks, in the respondent's language: Welsh or
 * English from the answerForm strings; English for any other survey language.
 */
import type { TFunction } from "i18next";
import { fixedT, isLanguage } from "~/i18n/i18n";
import { textFor } from "~/surveys/survey-json";
import type { Problem, ProblemCode } from "./answer-checks";
import type { ItemSpec, Lang } from "./types";

const KEYS: Record<ProblemCode | "notAnswers" | "unknownAnswer", string> = {
  notText: "answerForm.notText",
  notANumber: "answerForm.notANumber",
  tooLong: "answerForm.tooLong",
  otherTooLong: "answerForm.otherTooLong",
  otherTextWithoutOther: "answerForm.otherTextWithoutOther",
  notAChoice: "answerForm.notAChoice",
  duplicateChoice: "answerForm.duplicateChoice",
  exclusiveChoice: "answerForm.exclusiveChoice",
  ratingRange: "answerForm.ratingRange",
  notARating: "answerForm.notARating",
  notYesOrNo: "answerForm.notYesOrNo",
  matrixInvalid: "answerForm.matrixInvalid",
  rankingInvalid: "answerForm.rankingInvalid",
  rankingSamePosition: "answerForm.rankingSamePosition",
  rankingIncomplete: "answerForm.rankingIncomplete",
  partsInvalid: "answerForm.partsInvalid",
  notAnswers: "answerForm.notAnswers",
  unknownAnswer: "answerForm.unknownAnswer",
};

/** Our strings in the respondent's language: Welsh or English. */
export function translatorFor(lang: Lang): TFunction {
  return fixedT(isLanguage(lang) ? lang : "en");
}

/** A choice's text in the language, else its built-in wording, else its value. */
export function itemLabel(item: ItemSpec, lang: Lang): string {
  return textFor(item.text, lang) || item.fallback?.(lang) || String(item.value);
}

const formatNumber = (n: number) => n.toLocaleString("en-GB");

export function problemMessage(problem: Problem, lang: Lang): string {
  const t = translatorFor(lang);
  const params: Record<string, string> = { label: t("answerForm.pleaseSay") };
  for (const [key, value] of Object.entries(problem.params ?? {})) params[key] = formatNumber(value);
  if (problem.item) params.option = itemLabel(problem.item, lang);
  const question = problem.question === undefined ? "" : textFor(problem.question, lang);
  // Several long answers on one page each get a message that says which one it is.
  if (problem.code === "tooLong" && question) return t("respondentCare.tooLongNamed", { ...params, question });
  return t(KEYS[problem.code], params);
}

export function generalMessage(code: "notAnswers" | "unknownAnswer", lang: Lang): string {
  return translatorFor(lang)(KEYS[code]);
}
