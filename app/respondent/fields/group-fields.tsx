/**
 * The parts of a question of several parts, after the GOV.UK "add another" pattern: a multipletext's labelled text
 * boxes, one fieldset per matrix row (each column's own control, so it reads well on a narrow phone and to a screen
 * reader), and dynamic rows and panels with Add and Remove as submit buttons. Without JavaScript they post the page
 * and it comes back with every answer kept and the row or panel added or taken away; the server is the truth.
 */
import type { TFunction } from "i18next";
import { createContext, useContext, type ReactNode } from "react";
import { addIntent, inputId, removeIntent } from "./ids";
import type { Answers, ElementView, GroupView, QuestionErrors } from "./types";

/**
 * The answer form's address. Add and Remove post to it with a fragment naming where to carry on (the new row or panel,
 * or the question after a removal), so the page that comes back starts there, with no script.
 */
export const AnswerActionContext = createContext("");

/** The id of a group's fieldset: the fragment Add and Remove come back to. */
export const groupId = (name: string, key: string) => `${inputId(name)}-group-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;

export const COMPOSITE = new Set(["multipletext", "matrixdropdown", "matrixdynamic", "paneldynamic"]);

/** Renders one part with its answers under its own (part) name; `optionalShown`: mark it "(optional)" if it is. */
export type RenderElement = (view: ElementView, answers: Answers, optionalShown: boolean) => ReactNode;

type GroupQuestion = Extract<ElementView, { groups: GroupView[] }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The answers of one group (an item set, a row, a panel) out of the question's value. */
function groupValue(view: GroupQuestion, value: unknown, group: GroupView): Record<string, unknown> {
  if (view.kind === "multipletext") return isRecord(value) ? value : {};
  if (view.kind === "matrixdropdown") {
    const row = isRecord(value) && Object.hasOwn(value, group.key) ? value[group.key] : undefined;
    return isRecord(row) ? row : {};
  }
  const row = Array.isArray(value) ? value[Number(group.key)] : undefined;
  return isRecord(row) ? row : {};
}

/** The part's answers keyed by its part name, as a question's own answers are keyed by its name. */
function scopedAnswers(view: GroupQuestion, group: GroupView, values: Record<string, unknown>): Answers {
  const prefix = view.kind === "multipletext" ? `${view.name}.` : `${view.name}.${group.key}.`;
  const scoped: Answers = {};
  for (const element of group.elements) {
    const inner = element.name.slice(prefix.length);
    if (Object.hasOwn(values, inner)) scoped[element.name] = values[inner];
    if (Object.hasOwn(values, `${inner}-Comment`)) scoped[`${element.name}-Comment`] = values[`${inner}-Comment`];
  }
  return scoped;
}

const required = (element: ElementView) => "required" in element && element.required;

export function GroupFields({
  view,
  value,
  t,
  renderElement,
}: {
  view: GroupQuestion;
  value: unknown;
  errors: QuestionErrors;
  t: TFunction;
  renderElement: RenderElement;
}) {
  const dynamic = view.kind === "matrixdynamic" || view.kind === "paneldynamic";
  const action = useContext(AnswerActionContext);
  const returnTo = (id: string) => (action ? `${action}#${id}` : undefined);
  return (
    <>
      {view.groups.map((group, index) => {
        const values = groupValue(view, value, group);
        const scoped = scopedAnswers(view, group, values);
        // "(optional)" only where a group mixes compulsory and optional parts; the question's title says the rest.
        const optionalShown = group.elements.some(required);
        const parts = group.elements.map((element) => renderElement(element, scoped, optionalShown));
        if (!group.label) return <div key={group.key}>{parts}</div>;
        return (
          <fieldset className="govuk-fieldset vv-group" key={group.key} id={groupId(view.name, group.key)} tabIndex={-1}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{group.label}</legend>
            {parts}
            {dynamic && group.removable ? (
              <button
                type="submit"
                name="intent"
                value={removeIntent(view.name, index)}
                formAction={returnTo(inputId(view.name))}
                className="govuk-button govuk-button--secondary govuk-!-margin-top-3 govuk-!-margin-bottom-0"
                disabled={view.readOnly || undefined}
              >
                {view.remove}
                <span className="govuk-visually-hidden"> {group.label}</span>
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {dynamic && view.groups.length === 0 ? <p className="govuk-body">{t("answerForm.noneAdded")}</p> : null}
      {dynamic && view.add ? (
        <button
          type="submit"
          name="intent"
          value={addIntent(view.name)}
          formAction={returnTo(groupId(view.name, String(view.groups.length)))}
          className="govuk-button govuk-button--secondary"
        >
          {view.add}
        </button>
      ) : null}
      {dynamic && !view.add && !view.readOnly && view.groups.length > 0 ? (
        <p className="govuk-hint">{t("answerForm.mostAdded", { count: view.groups.length })}</p>
      ) : null}
    </>
  );
}
