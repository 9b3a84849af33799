/**
 * The fields the plain form posts for one shown question, as its inputs send them: the differential tests and the
 * integration tests that answer without JavaScript all post through this one function, so they cannot drift from one
 * another or from the page (views/page-screen.tsx renders these names). Not used by the app.
 *
 * A question of several parts (multipletext, matrixdropdown, matrixdynamic, paneldynamic) posts each part as a
 * question of its own, `<question>.<row or panel>.<part>`, with that part's share of the whole's value. Read-only
 * questions and parts post nothing (disabled inputs are not sent); nor do information blocks and expressions.
 */
import { fieldName, otherFieldName, partFieldName } from "../fields/ids";
import type { ElementView, OptionView, QuestionView } from "../fields/types";

/** One posted field, in the order the page's inputs would send it. */
export type PostedField = [name: string, value: string];

/** What a question holds, or what the person gives it: its answer and its "something else" text. */
export type Given = { value: unknown; comment?: string };

/**
 * What the person does with each question (and each part) they can change, from what the page shows it holding.
 * By default they leave it as it is.
 */
export type Giving = (view: QuestionView, shown: Given) => Given;

const leaveAlone: Giving = (_, shown) => shown;
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};

export function postedFields(view: ElementView, shown: Given, give: Giving = leaveAlone): PostedField[] {
  if (view.kind === "info" || view.kind === "expression" || view.readOnly) return [];
  const out: PostedField[] = [];
  if ("groups" in view) {
    for (const group of view.groups) {
      // A multipletext's one group holds the whole value; a matrix row or a dynamic row or panel, its own share.
      const share = view.kind === "multipletext" ? record(shown.value) : record(record(shown.value)[group.key]);
      const prefix = group.key === "" || view.kind === "multipletext" ? `${view.name}.` : `${view.name}.${group.key}.`;
      for (const element of group.elements) {
        const part = element.name.startsWith(prefix) ? element.name.slice(prefix.length) : element.name;
        out.push(...postedFields(element, { value: share[part] }, give));
      }
    }
    return out;
  }
  const { value, comment } = give(view, shown);
  const options: OptionView[] = "options" in view ? view.options : [];
  const posted = (stored: unknown) => options.find((o) => sameValue(o.stored, stored) && !o.disabled)?.value;
  switch (view.kind) {
    case "text":
    case "comment":
      out.push([fieldName(view.name), value === undefined || value === null ? "" : String(value)]);
      break;
    case "radiogroup":
    case "dropdown":
    case "rating":
    case "boolean": {
      const chosen = posted(value);
      if (chosen !== undefined) out.push([fieldName(view.name), chosen]);
      // An empty select still sends its blank first option; unticked radios send nothing.
      else if (view.kind === "dropdown") out.push([fieldName(view.name), ""]);
      break;
    }
    case "checkbox":
      for (const stored of Array.isArray(value) ? value : []) {
        const chosen = posted(stored);
        if (chosen !== undefined) out.push([fieldName(view.name), chosen]);
      }
      break;
    case "matrix": {
      const cells = record(Array.isArray(value) ? undefined : value);
      for (const row of view.rows) {
        const key = String(row.stored);
        const column = view.columns.find((c) => Object.hasOwn(cells, key) && sameValue(c.stored, cells[key]));
        out.push([partFieldName(view.name, row.value), column?.value ?? ""]);
      }
      break;
    }
    case "ranking": {
      const order = Array.isArray(value) ? value : [];
      for (const item of view.items) {
        const at = order.findIndex((stored) => sameValue(stored, item.stored));
        out.push([partFieldName(view.name, item.value), at >= 0 ? String(at + 1) : ""]);
      }
      break;
    }
  }
  if (options.some((o) => o.other)) out.push([otherFieldName(view.name), comment ?? ""]);
  return out;
}

/** The fields into a form, as the browser sends them. */
export function appendFields(form: FormData | URLSearchParams, fields: PostedField[]) {
  for (const [name, value] of fields) form.append(name, value);
}

/** The fields as an object of the integration tests' request helpers: a name sent more than once becomes a list. */
export function fieldsRecord(fields: PostedField[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of fields) {
    const before = out[name];
    out[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return out;
}
