/**
 * Redaction of 2,000-character answers, in a process of its own:
 * `node --import tsx redaction-child.ts <answers>`. Prints one JSON line.
 *
 * Each answer is answerText's sentences (db/answer-text.ts, English and 15 % Welsh) with the details issue 19 is
 * about mixed in (names after context, an address, a spaced phone number, an NI number, a handle, a spelled-out
 * e-mail, an incident date, a workplace, a school, an age beside a name), cut to 2,000 characters; deterministic for
 * the seed. Ours is redact as ingest calls it, after one warm-up call that reads the name lists. The baseline is the least any redactor must do: one pass of
 * one regular expression over every word of the same answers.
 */
import { answerText } from "../../db/answer-text";
import { seeded } from "../../app/respondent/fields/testing";
import { redact } from "../../app/respondent/redact";
import { median } from "./stats";

const count = Number(process.argv[2]);
const LENGTH = 2_000;

const DETAILS = [
  "The officer who came was Dave Okonkwo and Jones was rude.",
  "He lives at flat 3, 27 Gladstone Street.",
  "Call me on 0 7 7 0 0 9 0 0 1 2 3 or +44 7700 900 456.",
  "My NI number is AB 12 34 56 C.",
  "He messages me as @dazza_88 every night.",
  "Email jo (dot) bloggs at example dot com.",
  "It happened on 14/02/2025 at about 11pm.",
  "me n kayleigh went to see PC Hughes.",
  "Roedd fy nghymydog Gareth yn gas ar 3 Mawrth 2024.",
  "I work at the Morrisons in Caerphilly and the driver, Dave Price, 23, waits for me.",
  "Mae fy merch yn mynd i Ysgol Gynradd Pant y Brwyn.",
];

function answers(n: number, seed = 20261206) {
  const random = seeded(seed);
  return Array.from({ length: n }, () => {
    const language: "en" | "cy" = random.next() < 0.15 ? "cy" : "en";
    let text = "";
    while (text.length < LENGTH) {
      text += `${random.next() < 0.3 ? random.pick(DETAILS) : answerText(random, language).text} `;
    }
    return { text: text.slice(0, LENGTH), language };
  });
}

/** Milliseconds of this process's CPU time per answer: unlike the wall clock, it does not count the time the machine
 * gave to other processes (the benchmark machine is shared), but it does count garbage collection. */
function perAnswer(list: { text: string; language: "en" | "cy" }[], work: (text: string, lang: "en" | "cy") => unknown) {
  return list.map(({ text, language }) => {
    const started = process.cpuUsage();
    work(text, language);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  });
}

const list = answers(count);
redact("warm up: PC Jones", "en");
const bare = (text: string) => text.replace(/\p{L}+/gu, (word) => word);
perAnswer(list.slice(0, 50), bare);
const timed = perAnswer(list, redact);
const ours = [...timed].sort((a, b) => a - b);
const baseline = perAnswer(list, bare).sort((a, b) => a - b);
// Is the slow tail the text or the process? The slowest 1 % are redacted three times more each and keep their best
// time: process CPU time also counts garbage collection and V8's background threads, which land on whichever answer
// happens to be running, while a text that is slow to redact stays slow every time.
const slowest = timed
  .map((ms, index) => ({ ms, index }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, Math.max(1, Math.floor(list.length / 100)));
const retimed = slowest.map(({ index }) => Math.min(...[0, 1, 2].map(() => perAnswer([list[index]], redact)[0])));
console.log(
  JSON.stringify({
    answers: count,
    welsh: list.filter((a) => a.language === "cy").length,
    median: median(ours),
    p99: ours[Math.floor(ours.length * 0.99)],
    baselineMedian: median(baseline),
    baselineP99: baseline[Math.floor(baseline.length * 0.99)],
    slowestRetimed: Math.max(...retimed),
    slowestFirst: slowest.map((s) => s.ms),
  }),
);
