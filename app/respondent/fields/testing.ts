/**
 * Test support for the answer engine and the plain form: a definition with
 * every question type the designer writes, and seeded random answers for a
 * definition's questions. Not used by the app.
 */
import { OPT_OUT_VALUE } from "~/surveys/survey-json";
import { seededRandom } from "../../seeded-random";
import { ANSWER_LIMITS, limitOf } from "./answer-checks";
import type { Answers, QuestionSpec } from "./types";

const optOut = { value: OPT_OUT_VALUE, text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" } };
const other = { default: "Something else (please say)", cy: "Rhywbeth arall (dywedwch)" };
const yesNo = [
  { value: "yes", text: { default: "Yes", cy: "Ie" } },
  { value: "no", text: { default: "No", cy: "Na" } },
];

/** Every question type, page and question visibleIf, required with a reason, other/none/opt-out, matrix, ranking and rating range. */
export const everyType = {
  title: { default: "Every type", cy: "Pob math" },
  pages: [
    {
      name: "start",
      title: { default: "Start", cy: "Dechrau" },
      elements: [
        { type: "html", name: "intro", html: { default: "<p>Hello <strong>there</strong></p>", cy: "<p>Helo</p>" } },
        {
          type: "radiogroup",
          name: "reported",
          title: { default: "Did you report it?", cy: "Wnaethoch chi roi gwybod?" },
          description: { default: "To the police", cy: "I'r heddlu" },
          choices: [...yesNo, optOut],
          showOtherItem: true,
          otherText: other,
        },
        { type: "text", name: "where", title: { default: "Where?", cy: "Ble?" }, visibleIf: "{reported} = 'yes'" },
        { type: "comment", name: "story", title: { default: "What happened?", cy: "Beth ddigwyddodd?" }, maxLength: 5000 },
        {
          type: "checkbox",
          name: "help",
          title: { default: "What helped?", cy: "Beth helpodd?" },
          choices: [
            { value: "family", text: { default: "Family", cy: "Teulu" } },
            { value: "friends", text: { default: "Friends & neighbours", cy: "Ffrindiau a chymdogion" } },
            { value: "charity", text: { default: "A charity", cy: "Elusen" } },
            optOut,
          ],
          showNoneItem: true,
          showOtherItem: true,
          otherText: other,
        },
      ],
    },
    {
      name: "police",
      title: { default: "The police", cy: "Yr heddlu" },
      visibleIf: "{reported} = 'yes'",
      elements: [
        {
          type: "rating",
          name: "score",
          title: { default: "How did we do?", cy: "Sut wnaethon ni?" },
          rateMin: 0,
          rateMax: 10,
          minRateDescription: { default: "Very badly", cy: "Yn wael iawn" },
          maxRateDescription: { default: "Very well", cy: "Yn dda iawn" },
        },
        { type: "boolean", name: "again", title: { default: "Would you report again?", cy: "Fyddech chi'n rhoi gwybod eto?" } },
        {
          type: "dropdown",
          name: "area",
          title: { default: "Which area?", cy: "Pa ardal?" },
          choices: [
            { value: 1, text: { default: "North", cy: "Gogledd" } },
            { value: 2, text: { default: "South", cy: "De" } },
          ],
          showOtherItem: true,
        },
      ],
    },
    {
      name: "views",
      title: { default: "Your views", cy: "Eich barn" },
      elements: [
        {
          type: "html",
          name: "warning",
          contentWarning: true,
          html: { default: "<p>The next questions are about harm.</p>", cy: "<p>Mae'r cwestiynau nesaf am niwed.</p>" },
        },
        {
          type: "matrix",
          name: "agree",
          title: { default: "How far do you agree?", cy: "I ba raddau ydych chi'n cytuno?" },
          rows: [
            { value: "listened", text: { default: "They listened", cy: "Gwnaethon nhw wrando" } },
            { value: "fair", text: { default: "They were fair", cy: "Roedden nhw'n deg" } },
          ],
          columns: [
            { value: "agree", text: { default: "Agree", cy: "Cytuno" } },
            { value: "disagree", text: { default: "Disagree", cy: "Anghytuno" } },
            optOut,
          ],
        },
        {
          type: "ranking",
          name: "priorities",
          title: { default: "What matters most?", cy: "Beth sydd bwysicaf?" },
          choices: [
            { value: "speed", text: { default: "Speed", cy: "Cyflymder" } },
            { value: "kindness", text: { default: "Kindness", cy: "Caredigrwydd" } },
            { value: "updates", text: { default: "Updates", cy: "Diweddariadau" } },
          ],
        },
        { type: "text", name: "age", title: { default: "How old are you?", cy: "Faint yw eich oed?" }, inputType: "number" },
        { type: "comment", name: "why", title: { default: "Why not?", cy: "Pam lai?" }, visibleIf: "{again} = false" },
      ],
    },
    {
      name: "only-if-no",
      title: { default: "Only if no", cy: "Dim ond os na" },
      elements: [
        { type: "html", name: "no-intro", contentWarning: true, html: { default: "<p>About not reporting.</p>" } },
        {
          type: "comment",
          name: "why-not",
          title: { default: "Why not report?", cy: "Pam peidio?" },
          visibleIf: "{reported} = 'no'",
        },
      ],
    },
    {
      name: "info",
      title: { default: "Information", cy: "Gwybodaeth" },
      elements: [{ type: "html", name: "info-only", html: { default: "<p>Nearly done.</p>", cy: "<p>Bron â gorffen.</p>" } }],
    },
    {
      name: "contact",
      title: { default: "Contact", cy: "Cyswllt" },
      elements: [
        {
          type: "text",
          name: "postcode",
          title: { default: "Your postcode district", cy: "Ardal eich cod post" },
          isRequired: true,
          requiredReason: {
            default: "We need it to pass your feedback to the right local team.",
            cy: "Mae ei angen arnom i anfon eich adborth at y tîm lleol cywir.",
          },
        },
      ],
    },
  ],
};

/** A small seeded generator, so a failing case can be replayed. */
export function seeded(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const shuffle = <T>(list: T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}

type Random = ReturnType<typeof seeded>;

const WORDS = ["the", "officer", "was", "kind", "ffôn", "Caerdydd", "£20", "<b>", "&", '"quoted"', "it's", "وقت", "słowo"];

function words(random: Random, limit: number): string {
  const count = 1 + random.int(12);
  const text = Array.from({ length: count }, () => random.pick(WORDS)).join(random.next() < 0.2 ? "\n" : " ");
  return text.slice(0, limit).trim() || "ok";
}

/**
 * A valid answer to one question, as the plain form would read it back: text trimmed, choices in the
 * definition's order. Returns the comment too when "something else" is chosen.
 */
export function validAnswer(spec: QuestionSpec, random: Random): { value: unknown; comment?: string } {
  const regular = spec.items.filter((item) => !item.optOut);
  switch (spec.kind) {
    case "text":
      return { value: spec.numeric ? random.int(120) : words(random, limitOf(spec)) };
    case "comment":
      return { value: random.next() < 0.1 ? "x".repeat(limitOf(spec)) : words(random, limitOf(spec)) };
    case "choice":
    case "rating":
    case "boolean": {
      const item = random.pick(spec.items);
      return { value: item.value, comment: item.other ? words(random, ANSWER_LIMITS.other) : undefined };
    }
    case "choices": {
      if (random.next() < 0.2) return { value: [random.pick(spec.items.filter((item) => item.optOut)).value] };
      const chosen = regular.filter(() => random.next() < 0.5);
      const items = chosen.length ? chosen : [regular[0]];
      return {
        value: items.map((item) => item.value),
        comment: items.some((item) => item.other) ? words(random, 50) : undefined,
      };
    }
    case "matrix": {
      const value: Record<string, unknown> = {};
      for (const row of spec.rows) if (random.next() < 0.7) value[String(row.value)] = random.pick(spec.items).value;
      if (Object.keys(value).length === 0) value[String(spec.rows[0].value)] = spec.items[0].value;
      return { value };
    }
    case "ranking":
      return { value: random.shuffle(spec.items).map((item) => item.value) };
    default:
      return { value: undefined };
  }
}

/** Random valid answers to some of the given questions (all the required ones). */
export function randomAnswers(specs: QuestionSpec[], random: Random): Answers {
  const answers: Answers = {};
  for (const spec of specs) {
    if (!spec.required && random.next() < 0.25) continue;
    const { value, comment } = validAnswer(spec, random);
    if (value === undefined) continue;
    answers[spec.name] = value;
    if (comment !== undefined) answers[`${spec.name}-Comment`] = comment;
  }
  return answers;
}
