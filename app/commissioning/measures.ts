/**
 * Outcome measures as data: what a measure is, how a bank question or a commissioner's own question becomes one,
 * and the SurveyJS element every service's outcome survey carries for it. Pure (the bank files are bundled).
 *
 * A measure's scale lists the scored values from lowest to highest. Opt-outs ("this did not apply to me", "don't
 * know", "prefer not to say") are choices of the element but never part of the scale, so they are never scored.
 */
import scalesFile from "../../surveys/bank/scales.json";
import type { OutcomeMeasureKind, OutcomeScaleValue } from "../../db/schema";
import { bankElement, findBankQuestion, type BankQuestion } from "../surveys/bank";
import type { MeasureScale } from "../outcomes/measures";
import type { SurveyElement } from "../surveys/survey-json";
import { measureKeyFromBankId, outcomeQuestionName } from "./names";

export type ImprovedWhen = "higher" | "lower";

export type MeasureInput = {
  key: string;
  kind: OutcomeMeasureKind;
  bankId: string | null;
  element: SurveyElement;
  scale: OutcomeScaleValue[];
  improvedWhen: ImprovedWhen;
};

/** What part B and the pages read: a measure of a published (or draft) framework version. */
export type OutcomeMeasure = MeasureInput & { position: number; questionName: string };

const NOT_SCORED = new Set(["not_applicable", "dont_know", "prefer_not_to_say"]);
const optOut = scalesFile.optOut as OutcomeScaleValue[];

/** The bank tags a framework may draw measures from, and the kind of measure each gives. */
const KIND_BY_TAG: [string, OutcomeMeasureKind][] = [
  ["cope-and-recover", "outcome"],
  ["victims-code", "victims_code"],
  ["satisfaction", "satisfaction"],
];

export function measureKindOf(question: BankQuestion): OutcomeMeasureKind | null {
  if (!question.scale) return null;
  return KIND_BY_TAG.find(([tag]) => question.tags.includes(tag))?.[1] ?? null;
}

/** Bank questions that can be measures, grouped by kind in bank order. */
export function measurableBankQuestions(bank: BankQuestion[]): { kind: OutcomeMeasureKind; questions: BankQuestion[] }[] {
  return KIND_BY_TAG.map(([, kind]) => ({ kind, questions: bank.filter((q) => measureKindOf(q) === kind) }));
}

/** A bank question as a measure. The bank lists its scales best first, so the scored order is reversed. */
export function bankMeasure(bankId: string): MeasureInput | null {
  const question = findBankQuestion(bankId);
  if (!question) return null;
  const kind = measureKindOf(question);
  if (!kind) return null;
  const key = measureKeyFromBankId(bankId);
  const element = { ...bankElement(question), name: outcomeQuestionName(key) };
  const choices = (scalesFile.scales as Record<string, OutcomeScaleValue[]>)[question.scale!] ?? [];
  const scale = choices.filter((c) => !NOT_SCORED.has(c.value)).reverse();
  return { key, kind, bankId, element, scale, improvedWhen: "higher" };
}

export type OwnMeasure = {
  key: string;
  kind: OutcomeMeasureKind;
  title: string;
  titleCy: string;
  /** Lowest first. */
  scale: { en: string; cy: string }[];
  improvedWhen: ImprovedWhen;
};

/** A value for a scale choice from its English text ("Very well" → "very_well"), unique within the scale. */
export function scaleValues(texts: string[]): string[] {
  const used = new Set<string>();
  return texts.map((text, index) => {
    const base =
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .slice(0, 40) || `value_${index + 1}`;
    let value = NOT_SCORED.has(base) ? `${base}_${index + 1}` : base;
    for (let n = 2; used.has(value); n++) value = `${base}_${n}`;
    used.add(value);
    return value;
  });
}

/** A commissioner's own question as a measure: optional, with the bank's opt-outs after its scale. */
export function ownMeasure(input: OwnMeasure): MeasureInput {
  const values = scaleValues(input.scale.map((c) => c.en));
  const scale = input.scale.map((c, i) => ({ value: values[i], text: { en: c.en, cy: c.cy } }));
  // Shown best first, as the bank's scales are, so every measure reads the same way to a respondent.
  const shown = input.improvedWhen === "higher" ? [...scale].reverse() : scale;
  const element: SurveyElement = {
    type: "radiogroup",
    name: outcomeQuestionName(input.key),
    title: { default: input.title, cy: input.titleCy },
    sensitivity: "low",
    measures: { outcomeMeasure: input.key },
    choices: [...shown, ...optOut].map((c) => ({ value: c.value, text: { default: c.text.en, cy: c.text.cy } })),
  };
  return { key: input.key, kind: input.kind, bankId: null, element, scale, improvedWhen: input.improvedWhen };
}

/**
 * A measure's scale as the outcome figures read it (app/outcomes/measures.ts): its points in order, lowest first, and
 * which way is better. Comparing two answers is `movement` there, the one place that decides improved, stayed or worse.
 */
export function measureScale(measure: Pick<MeasureInput, "scale" | "improvedWhen">): MeasureScale {
  return { points: measure.scale.map((c) => c.value), improvedWhen: measure.improvedWhen };
}
