/**
 * Theme suggestions over made-up free-text answers, in a process of its own:
 * `node --import tsx themes-child.ts <answers> <runs>`. Prints one JSON line.
 *
 * Answers are answerText's (db/answer-text.ts: recurring themes, English and
 * 15 % Welsh, personal details sprinkled in), one to three sentences each,
 * redacted as at ingest; deterministic for the seed. Ours is suggestThemes,
 * as the suggestions page calls it. The baseline is the same tokeniser
 * (analyse: wink-nlp for English, the Welsh word list) over every answer, then
 * the most trivial grouping: each answer goes under its most widespread term.
 */
import { answerText } from "../../db/answer-text";
import { seeded } from "../../app/respondent/fields/testing";
import { redact } from "../../app/respondent/redact";
import { suggestThemes, type SuggestionAnswer } from "../../app/themes/suggest";
import { analyse } from "../../app/themes/tokenise";
import { median, timed } from "./stats";

const [countText, runsText] = process.argv.slice(2);
const count = Number(countText);
const runs = Number(runsText);

function madeUpAnswers(n: number, seed = 20261125): SuggestionAnswer[] {
  const random = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const language = random.next() < 0.15 ? "cy" : "en";
    const sentences = 1 + (random.next() < 0.35 ? 1 : 0) + (random.next() < 0.15 ? 1 : 0);
    const text = Array.from({ length: sentences }, () => answerText(random, language).text).join(" ");
    return { id: i + 1, text: redact(text, language).text, language };
  });
}

/** Tokenise every answer, then group each under the term most answers share (groups of fewer than 3 dropped). */
function baseline(answers: readonly SuggestionAnswer[]) {
  const documents = answers.map((answer) => [...new Set(analyse(answer.text, answer.language).tokens.map((t) => t.term))]);
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  const groups = new Map<string, number[]>();
  documents.forEach((terms, i) => {
    let best: string | undefined;
    for (const term of terms)
      if (best === undefined || df.get(term)! > df.get(best)! || (df.get(term) === df.get(best) && term < best)) best = term;
    if (best !== undefined) groups.set(best, [...(groups.get(best) ?? []), answers[i].id]);
  });
  return [...groups.values()].filter((ids) => ids.length >= 3);
}

const answers = madeUpAnswers(count);
// The English model loads on first use, and the JIT warms up: neither side pays for either.
baseline(answers.slice(0, 200));
suggestThemes(answers.slice(0, 200));
const words = answers.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0);
const baselineTimes: number[] = [];
const oursTimes: number[] = [];
let groups = 0;
let result: ReturnType<typeof suggestThemes<number>> | undefined;
for (let run = 0; run < runs; run += 1) {
  const b = timed(() => baseline(answers));
  baselineTimes.push(b.ms);
  groups = b.value.length;
  const o = timed(() => suggestThemes(answers));
  oursTimes.push(o.ms);
  result = o.value;
}
console.log(
  JSON.stringify({
    answers: count,
    welsh: answers.filter((a) => a.language === "cy").length,
    meanWords: words / count,
    ours: median(oursTimes),
    baseline: median(baselineTimes),
    runs,
    suggestions: result?.suggestions.length ?? 0,
    ungrouped: result?.ungrouped ?? 0,
    baselineGroups: groups,
  }),
);
process.exit(0);
