/**
 * The measured questions of a service's outcome survey are locked: they come first, in the framework's order,
 * exactly as the framework version defines them, and no other question may take a measured question's name.
 * Every way of changing a draft (designer, question form, page form, translations, JSON view, import) ends in
 * saveDraft, which asks lockedQuestionProblems before it stores anything. Pure.
 */
import type { SurveyElement, SurveyJson } from "../surveys/survey-json";
import { measureKeyOf } from "./names";

export type LockedProblem = { code: "locked-question"; params: { name: string; reason: LockedReason } };
export type LockedReason = "missing" | "changed" | "moved" | "name-reserved" | "hidden-page";

/** Canonical JSON (sorted keys), so the same question written with keys in another order is the same question. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export function sameElement(a: SurveyElement, b: SurveyElement): boolean {
  return canonical(a) === canonical(b);
}

/** Every element in page order, panels opened (their contents count as elements too). */
function flatten(elements: SurveyElement[] | undefined): SurveyElement[] {
  return (elements ?? []).flatMap((e) => [
    e,
    ...flatten(e.elements as SurveyElement[] | undefined),
    ...flatten(e.templateElements as SurveyElement[] | undefined),
  ]);
}

/** The locked block first: every measured element, in order, unchanged, on pages without a condition. */
export function lockedQuestionProblems(draft: SurveyJson, locked: SurveyElement[]): LockedProblem[] {
  if (locked.length === 0) return [];
  const problems: LockedProblem[] = [];
  const pages = draft.pages ?? [];
  // Top-level elements only may be locked; a measured question inside a panel has moved.
  const topLevel = pages.flatMap((page) => (page.elements ?? []).map((element) => ({ element, page })));
  const lockedNames = new Set(locked.map((e) => e.name));
  locked.forEach((expected, index) => {
    const at = topLevel.findIndex((t) => t.element.name === expected.name);
    const found = at >= 0 ? topLevel[at] : undefined;
    const problem = (reason: LockedReason) => problems.push({ code: "locked-question", params: { name: expected.name, reason } });
    if (!found) {
      const nested = flatten(pages.flatMap((p) => p.elements ?? [])).some((e) => e.name === expected.name);
      problem(nested ? "moved" : "missing");
    } else if (!sameElement(found.element, expected)) problem("changed");
    else if (at !== index) problem("moved");
    else if (found.page.visibleIf) problem("hidden-page");
  });
  for (const element of flatten(pages.flatMap((p) => p.elements ?? []))) {
    if (!lockedNames.has(element.name) && measureKeyOf(element.name) !== null)
      problems.push({ code: "locked-question", params: { name: element.name, reason: "name-reserved" } });
  }
  return problems;
}

/** Replaces the locked block of a draft with another version's (adopting a newer framework version). */
export function withLockedBlock(draft: SurveyJson, locked: SurveyElement[]): SurveyJson {
  const isMeasured = (e: SurveyElement) => measureKeyOf(e.name) !== null;
  const pages = (draft.pages ?? []).map((page) => ({ ...page, elements: (page.elements ?? []).filter((e) => !isMeasured(e)) }));
  const [first, ...rest] = pages.length ? pages : [{ name: "outcomes", elements: [] }];
  return { ...draft, pages: [{ ...first, visibleIf: undefined, elements: [...locked, ...(first.elements ?? [])] }, ...rest] };
}
