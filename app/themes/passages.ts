/**
 * Passages of one redacted answer: its sentences with their character
 * offsets (to offer as checkboxes), and the passage a coding form chose.
 * Offsets count UTF-16 code units, as JavaScript strings (and a browser's
 * text selection) do. Pure.
 */

export type Passage = { start: number; end: number };
export type Sentence = Passage & { text: string };

/** A sentence ends at . ! ? or … (with any closing quotes or brackets) before a space, or at a line break. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;

/** The answer's sentences, trimmed, with their offsets; an answer of one sentence gives one. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[0].startsWith("\n") ? 0 : match[0].length);
    push(from, end);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return sentences;
}

export type PassageChoice = { ok: true; passages: Passage[] } | { ok: false; field: "start" | "sentence"; error: string };

/**
 * The passages a coding form chose. Typed offsets win (they are what a text
 * selection fills in); then ticked sentences, neighbours joined into one
 * passage; otherwise the whole answer. "The whole answer" is ticked when the
 * form is shown, so a sentence ticked without unticking it still counts.
 */
export function choosePassages(text: string, choice: { sentences: number[]; start: string; end: string }): PassageChoice {
  const length = text.length;
  if (choice.start.trim() !== "" || choice.end.trim() !== "") {
    const start = Number(choice.start.trim() === "" ? 0 : choice.start);
    const end = Number(choice.end.trim() === "" ? length : choice.end);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
      return { ok: false, field: "start", error: "themes.errors.offsets" };
    }
    return { ok: true, passages: [{ start, end }] };
  }
  if (choice.sentences.length === 0) return { ok: true, passages: [{ start: 0, end: length }] };
  const sentences = sentencesOf(text);
  const picked = [...new Set(choice.sentences)].sort((a, b) => a - b);
  if (picked.some((i) => !Number.isInteger(i) || i < 0 || i >= sentences.length)) {
    return { ok: false, field: "sentence", error: "themes.errors.sentence" };
  }
  const passages: Passage[] = [];
  let previous = -2;
  for (const i of picked) {
    if (i === previous + 1 && passages.length > 0) passages[passages.length - 1].end = sentences[i].end;
    else passages.push({ start: sentences[i].start, end: sentences[i].end });
    previous = i;
  }
  return { ok: true, passages };
}

/** Whether a stored passage is the whole answer. */
export const isWhole = (passage: Passage, text: string) => passage.start === 0 && passage.end === text.length;

/** The text of a stored passage, or null when the offsets no longer fit the answer. */
export function passageText(text: string, passage: Passage): string | null {
  if (passage.start < 0 || passage.end > text.length || passage.start >= passage.end) return null;
  return text.slice(passage.start, passage.end);
}
