/**
 * The shipped question bank and templates (surveys/bank, surveys/templates),
 * turned into SurveyJS JSON. Pure: the JSON files are bundled at build time.
 */
import questionsFile from "../../surveys/bank/questions.json";
import scalesFile from "../../surveys/bank/scales.json";
import domesticAbuse from "../../surveys/templates/domestic-abuse-survivors.json";
import reporting from "../../surveys/templates/experience-of-reporting.json";
import supportOutcomes from "../../surveys/templates/support-service-outcomes.json";
import victimsCode from "../../surveys/templates/victims-code-compliance.json";
import type { SurveyElement, SurveyJson } from "./survey-json";

type Bilingual = { en: string; cy: string };
type BankChoice = { value: string; text: Bilingual };

export type BankQuestion = {
  id: string;
  type: string;
  scale?: string;
  choices?: BankChoice[];
  tags: string[];
  measures: Record<string, string | number>;
  sensitivity: "low" | "medium" | "high";
  title?: Bilingual;
  description?: Bilingual;
  html?: Bilingual;
};

export type Template = {
  id: string;
  title: Bilingual;
  description: Bilingual;
  estimatedMinutes: number;
  pages: { name: string; title: Bilingual; sensitive?: boolean; elements: string[] }[];
};

const scales = scalesFile.scales as Record<string, BankChoice[]>;
const optOut = scalesFile.optOut as BankChoice[];

// The files' shape is checked by bank.test.ts.
export const BANK = questionsFile.questions as unknown as BankQuestion[];
export const TEMPLATES = [reporting, supportOutcomes, domesticAbuse, victimsCode] as unknown as Template[];

const localised = (text: Bilingual) => ({ default: text.en, cy: text.cy });

/** A bank question as a SurveyJS element: optional, with "Prefer not to say" on every choice question. */
export function bankElement(question: BankQuestion): SurveyElement {
  const element: SurveyElement = {
    type: question.type,
    name: question.id,
    bankId: question.id,
    sensitivity: question.sensitivity,
    measures: question.measures,
  };
  if (question.title) element.title = localised(question.title);
  if (question.description) element.description = localised(question.description);
  if (question.html) element.html = localised(question.html);
  if (question.measures.contentWarning) element.contentWarning = true;
  const choices = question.scale ? scales[question.scale] : question.choices;
  if (question.scale && !choices) throw new Error(`Bank question ${question.id}: unknown scale ${question.scale}`);
  if (choices) element.choices = [...choices, ...optOut].map((c) => ({ value: c.value, text: localised(c.text) }));
  if (question.type === "comment") element.maxLength = 5000;
  return element;
}

export function findBankQuestion(id: string): BankQuestion | undefined {
  return BANK.find((question) => question.id === id);
}

/** Bank questions with every given tag (all of them when none is given). */
export function searchBank(tags: string[], text = "", lang: "en" | "cy" = "en"): BankQuestion[] {
  const needle = text.trim().toLowerCase();
  return BANK.filter(
    (question) =>
      tags.every((tag) => question.tags.includes(tag)) &&
      (needle === "" || (question.title?.[lang] ?? question.html?.[lang] ?? "").toLowerCase().includes(needle)),
  );
}

/** A template as a complete SurveyJS survey. */
export function templateSurvey(template: Template): SurveyJson {
  return {
    title: localised(template.title),
    description: localised(template.description),
    showQuestionNumbers: "off",
    pages: template.pages.map((page) => ({
      name: page.name,
      title: localised(page.title),
      ...(page.sensitive ? { sensitive: true } : {}),
      elements: page.elements.map((id) => {
        const question = findBankQuestion(id);
        if (!question) throw new Error(`Template ${template.id}: no bank question ${id}`);
        return bankElement(question);
      }),
    })),
  };
}
