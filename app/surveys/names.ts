/**
 * Question and page names. Any characters work in the designer's addresses
 * (they are encoded, see ./paths), so a name is refused only when SurveyJS's
 * own logic could never refer to it: braces end a `{name}` reference early,
 * and control characters cannot be typed or shown. For those, import offers a
 * rename that keeps every reference to the old name in step. Pure.
 */

const UNUSABLE = /[{}\u0000-\u001f\u007f]/u;

export function isUsableName(name: string): boolean {
  return !UNUSABLE.test(name) && name.trim() === name;
}

/** A usable name close to the given one, not in `taken`. */
export function usableName(name: string, taken: Set<string>): string {
  const base = name.replace(new RegExp(UNUSABLE.source, "gu"), "_").trim() || "question";
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}_${n}`;
  return candidate;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Properties whose value is the bare name of a question or page (triggers, choices from another question). */
const NAME_KEYS = new Set(["setToName", "gotoName", "fromName", "questionName", "choicesFromQuestion", "name"]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Renames a question or page everywhere: its own name, any property naming it
 * (trigger targets), and every `{name}` reference in expressions and piped
 * texts, including `{name.path}` and `{name[0]}`.
 */
export function renameEverywhere<T>(json: T, from: string, to: string): T {
  const reference = new RegExp(`\\{(\\s*)${escapeRegExp(from)}(\\s*)([.\\[}])`, "gu");
  const visit = (value: unknown, key: string | null): unknown => {
    if (typeof value === "string") {
      if (key && NAME_KEYS.has(key) && value === from) return to;
      return value.includes(from)
        ? value.replace(reference, (_m, a: string, b: string, end: string) => `{${a}${to}${b}${end}`)
        : value;
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, null));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return visit(json, null) as T;
}

/** Every page and element name in a definition, at any depth. */
export function allNames(value: unknown, names: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => allNames(item, names));
  else if (isObject(value)) {
    if (typeof value.name === "string") names.push(value.name);
    for (const key of ["pages", "elements", "questions", "templateElements"]) allNames(value[key], names);
  }
  return names;
}

/** The fix import offers: every unusable name renamed to a usable one, references kept in step. */
export function fixUnusableNames<T>(json: T): { json: T; renamed: { from: string; to: string }[] } {
  const taken = new Set(allNames(json));
  const renamed: { from: string; to: string }[] = [];
  let next = json;
  for (const name of new Set(allNames(json))) {
    if (isUsableName(name) || !name) continue;
    const to = usableName(name, taken);
    taken.add(to);
    renamed.push({ from: name, to });
    next = renameEverywhere(next, name, to);
  }
  return { json: next, renamed };
}

/** The import fix on JSON text: unusable names renamed; text that is not a JSON object is left for the check to explain. */
export function withUsableNames(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? JSON.stringify(fixUnusableNames(value).json) : text;
  } catch {
    return text;
  }
}
