/**
 * Field names and element ids of the plain HTML survey form, shared by the
 * view that renders it, the reader that reads it back and the error summary.
 */

/** The posted name of a question's value (radios, checkboxes, text, select). */
export const fieldName = (name: string) => `q.${name}`;
/** The posted name of the "something else" text. */
export const otherFieldName = (name: string) => `q.${name}-Comment`;
/** The posted name of one matrix row or one ranking item. */
export const partFieldName = (name: string, part: string) => `q.${name}.${part}`;

/**
 * The id of a question's n-th input: `q-<name>` for the first (the error summary links there),
 * `q-<name>-<n>` for the others. Ids avoid dots and other characters that are awkward in CSS selectors.
 */
export function inputId(name: string, index: number | string = 0): string {
  const base = `q-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return index === 0 ? base : `${base}-${index}`;
}

/** The name of one part of a question of several parts: `<question>.<row or panel>.<part>` (a multipletext has no row). */
export const partName = (...segments: string[]) => segments.join(".");

/** The add-another buttons' values: `add:<question>` and `remove:<index>:<question>`. */
export const addIntent = (name: string) => `add:${name}`;
export const removeIntent = (name: string, index: number) => `remove:${index}:${name}`;

/** The row or panel change an intent asks for, or null when it asks for none. */
export function rowChangeOf(intent: string): { change: "add" | "remove"; question: string; index: number } | null {
  if (intent.startsWith("add:") && intent.length > 4) return { change: "add", question: intent.slice(4), index: -1 };
  const remove = /^remove:(\d{1,4}):(.+)$/s.exec(intent);
  return remove ? { change: "remove", question: remove[2], index: Number(remove[1]) } : null;
}
