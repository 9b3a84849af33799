/**
 * The choice answers of a response as flat facts (question key, value), the
 * shape figures and filters are counted from. Pure.
 */
import { questionSpecs, type Answers } from "../respondent/survey-engine";

export type AnswerFact = { questionKey: string; value: string };

const scalar = (value: unknown) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";

export function answerFactsOf(definition: object, answers: Answers): AnswerFact[] {
  const facts: AnswerFact[] = [];
  for (const spec of questionSpecs(definition)) {
    const value = Object.hasOwn(answers, spec.name) ? answers[spec.name] : undefined;
    if (value === undefined || value === null) continue;
    switch (spec.kind) {
      case "choice":
      case "rating":
      case "boolean":
        if (scalar(value)) facts.push({ questionKey: spec.name, value: String(value) });
        break;
      case "choices":
        if (Array.isArray(value))
          for (const item of value) if (scalar(item)) facts.push({ questionKey: spec.name, value: String(item) });
        break;
      case "matrix":
        if (typeof value === "object" && !Array.isArray(value))
          for (const [row, column] of Object.entries(value as Record<string, unknown>))
            if (scalar(column)) facts.push({ questionKey: `${spec.name}.${row}`, value: String(column) });
        break;
      case "ranking":
        // The first choice only: "ranked first" is what figures show for a ranking.
        if (Array.isArray(value) && value.length > 0 && scalar(value[0]))
          facts.push({ questionKey: spec.name, value: String(value[0]) });
        break;
      default:
        break;
    }
  }
  return facts;
}
