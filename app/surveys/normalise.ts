/**
 * One shape for every stored draft. SurveyJS accepts several spellings of the
 * same survey: questions at the top level with no pages, `questions` instead of
 * `elements` on a page or panel, pages without a name. The designer, the check
 * and the respondent engine read one spelling only, so a definition is
 * rewritten into it before it is checked and stored:
 *
 * - top-level `questions`/`elements` become the first page's elements (as survey-core does);
 * - `questions` on a page or panel is appended to its `elements`;
 * - a page without a name is named `page<position>`, the name survey-core gives it
 *   at run time, so logic written against that name keeps working; when that name
 *   is taken, the next free `page<position>_<n>`.
 *
 * Pure and idempotent: normalising a normalised definition changes nothing.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Moves a container's `questions` alias into `elements`, recursively through panels. */
function normaliseContainer(container: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...container };
  if (Array.isArray(out.questions)) {
    out.elements = [...(Array.isArray(out.elements) ? out.elements : []), ...out.questions];
    delete out.questions;
  }
  for (const key of ["elements", "templateElements"] as const) {
    if (Array.isArray(out[key]))
      out[key] = (out[key] as unknown[]).map((element) => (isObject(element) ? normaliseContainer(element) : element));
  }
  return out;
}

/** Every name a definition already uses, pages and elements at any depth. */
function namesIn(value: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => namesIn(item, names));
  else if (isObject(value)) {
    if (typeof value.name === "string") names.add(value.name);
    for (const key of ["pages", "elements", "questions", "templateElements"]) namesIn(value[key], names);
  }
  return names;
}

export function normaliseDefinition(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  const topLevel = [...(Array.isArray(out.elements) ? out.elements : []), ...(Array.isArray(out.questions) ? out.questions : [])];
  const hadTopLevel = Array.isArray(out.elements) || Array.isArray(out.questions);
  delete out.elements;
  delete out.questions;
  let pages = Array.isArray(out.pages) ? [...out.pages] : [];
  if (hadTopLevel) {
    const first = isObject(pages[0]) ? pages[0] : {};
    const elements = [...topLevel, ...(Array.isArray(first.elements) ? first.elements : [])];
    pages = pages.length ? [{ ...first, elements }, ...pages.slice(1)] : [{ elements }];
  }
  if (!Array.isArray(out.pages) && !hadTopLevel) return out;

  const taken = namesIn({ ...out, pages });
  out.pages = pages.map((page, index) => {
    if (!isObject(page)) return page;
    const next = normaliseContainer(page);
    if (typeof next.name === "string" && next.name.trim()) return next;
    const base = `page${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base}_${n}`;
    taken.add(name);
    const { name: _unnamed, ...rest } = next;
    return { name, ...rest };
  });
  return out;
}
