import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { badRequest } from "~/http/responses";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { DefinitionProblems } from "~/surveys/definition-problems";
import {
  addElement,
  addPage,
  deleteElement,
  deletePage,
  duplicateElement,
  moveElement,
  movePage,
  newElement,
  parseCondition,
} from "~/surveys/edit";
import {
  childElements,
  elementsOfPage,
  pagesOf,
  QUESTION_TYPES,
  textFor,
  type QuestionType,
  type SurveyElement,
  type SurveyJson,
} from "~/surveys/survey-json";
import { bankPath, pagePath, questionPath } from "~/surveys/paths";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey, saveDraft } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "design.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  return { survey: getSurvey(user.organisation.id, surveyIdFrom(params)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const id = surveyIdFrom(params);
  const draft = getSurvey(user.organisation.id, id).draft;
  const form = await request.formData();
  const name = String(form.get("name") ?? "");
  const direction = form.get("direction") === "up" ? -1 : 1;
  let next: SurveyJson;
  let goTo: string | null = null;
  switch (form.get("intent")) {
    case "add-page": {
      const added = addPage(draft);
      next = added.json;
      goTo = pagePath(id, added.page);
      break;
    }
    case "move-page":
      next = movePage(draft, name, direction);
      break;
    case "delete-page":
      next = deletePage(draft, name);
      break;
    case "add-question": {
      const type = String(form.get("type"));
      if (!(QUESTION_TYPES as readonly string[]).includes(type)) badRequest();
      const element = newElement(draft, type as QuestionType);
      next = addElement(draft, name, element);
      goTo = questionPath(id, element.name);
      break;
    }
    case "move":
      next = moveElement(draft, name, direction);
      break;
    case "duplicate":
      next = duplicateElement(draft, name).json;
      break;
    case "delete":
      next = deleteElement(draft, name);
      break;
    default:
      badRequest();
  }
  const saved = saveDraft(user, id, next);
  if (!saved.ok) return data({ problems: saved.problems }, { status: 400 });
  if (goTo) throw redirect(goTo);
  return { problems: [] };
}

function MoveButtons({ name, intent, label }: { name: string; intent: string; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form method="post">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="name" value={name} />
        <button
          type="submit"
          name="direction"
          value="up"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          {t("design.moveUp")}
          <span className="govuk-visually-hidden"> {label}</span>
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="name" value={name} />
        <button
          type="submit"
          name="direction"
          value="down"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          {t("design.moveDown")}
          <span className="govuk-visually-hidden"> {label}</span>
        </button>
      </Form>
    </>
  );
}

function ActionButton({
  intent,
  name,
  text,
  label,
  warning,
}: {
  intent: string;
  name: string;
  text: string;
  label: string;
  warning?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="name" value={name} />
      <button
        type="submit"
        className={`govuk-button ${warning ? "govuk-button--warning" : "govuk-button--secondary"}`}
        data-module="govuk-button"
      >
        {text}
        <span className="govuk-visually-hidden"> {label}</span>
      </button>
    </Form>
  );
}

/** The questions inside a panel or dynamic panel: shown and editable; they move with their panel. */
function NestedElements({ surveyId, element }: { surveyId: number; element: SurveyElement }) {
  const { t, i18n } = useTranslation();
  const children = childElements(element);
  if (children.length === 0) return null;
  return (
    <ul className="govuk-list govuk-!-margin-left-6 govuk-!-margin-top-2">
      {children.map((child) => {
        const label = child.type === "html" ? t("design.infoBlock") : textFor(child.title, i18n.language, child.name);
        return (
          <li key={child.name}>
            <span className="govuk-body-s">{t(`questionTypes.${child.type}`, { defaultValue: child.type })}: </span>
            <Link className="govuk-link" to={questionPath(surveyId, child.name)}>
              {label}
            </Link>
            <NestedElements surveyId={surveyId} element={child} />
          </li>
        );
      })}
    </ul>
  );
}

export default function Design() {
  const { t, i18n } = useTranslation();
  const { survey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const lang = i18n.language;
  const pages = pagesOf(survey.draft);
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("design.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign />
      {result?.problems?.length ? <DefinitionProblems problems={result.problems} /> : null}
      <p className="govuk-body">{t("design.intro")}</p>
      {pages.map((page, pageIndex) => {
        const pageLabel = textFor(page.title, lang, page.name);
        return (
          <section key={page.name} className="govuk-!-margin-bottom-8" aria-labelledby={`page-${pageIndex}`}>
            <h2 className="govuk-heading-m" id={`page-${pageIndex}`}>
              {t("design.pageNumbered", { number: pageIndex + 1 })} {pageLabel}
              {page.sensitive ? (
                <>
                  {" "}
                  <strong className="govuk-tag govuk-tag--orange">{t("design.sensitive")}</strong>
                </>
              ) : null}
            </h2>
            <div className="vv-element__actions govuk-!-margin-bottom-4">
              <Link className="govuk-link" to={pagePath(survey.id, page.name)}>
                {t("design.editPage")}
                <span className="govuk-visually-hidden"> {pageLabel}</span>
              </Link>
              <MoveButtons name={page.name} intent="move-page" label={pageLabel} />
              <ActionButton intent="delete-page" name={page.name} text={t("design.deletePage")} label={pageLabel} warning />
            </div>
            {elementsOfPage(page).length === 0 ? <p className="govuk-body">{t("design.emptyPage")}</p> : null}
            <ol className="govuk-list">
              {elementsOfPage(page).map((element) => {
                const label = element.type === "html" ? t("design.infoBlock") : textFor(element.title, lang, element.name);
                return (
                  <li key={element.name} className="vv-element">
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      <strong>{label}</strong>
                    </p>
                    <p className="govuk-body-s govuk-!-margin-bottom-2">
                      {t(`questionTypes.${element.type}`, { defaultValue: element.type })}
                      {element.contentWarning ? ` · ${t("design.contentWarning")}` : ""}
                      {element.isRequired ? ` · ${t("design.required")}` : ` · ${t("design.optional")}`}
                      {typeof element.visibleIf === "string" && element.visibleIf
                        ? ` · ${parseCondition(element.visibleIf) ? t("design.conditional") : t("design.expertCondition")}`
                        : ""}
                    </p>
                    <div className="vv-element__actions">
                      <Link className="govuk-link" to={questionPath(survey.id, element.name)}>
                        {t("design.edit")}
                        <span className="govuk-visually-hidden"> {label}</span>
                      </Link>
                      <MoveButtons name={element.name} intent="move" label={label} />
                      <ActionButton intent="duplicate" name={element.name} text={t("design.duplicate")} label={label} />
                      <ActionButton intent="delete" name={element.name} text={t("design.delete")} label={label} warning />
                    </div>
                    <NestedElements surveyId={survey.id} element={element} />
                  </li>
                );
              })}
            </ol>
            <Form method="post" className="vv-element__actions">
              <input type="hidden" name="intent" value="add-question" />
              <input type="hidden" name="name" value={page.name} />
              <div className="govuk-form-group govuk-!-margin-bottom-0">
                <label className="govuk-label" htmlFor={`type-${pageIndex}`}>
                  {t("design.newQuestionType", { page: pageLabel })}
                </label>
                <select className="govuk-select" id={`type-${pageIndex}`} name="type" defaultValue="radiogroup">
                  {QUESTION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`questionTypes.${type}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {t("design.addQuestion")}
                <span className="govuk-visually-hidden"> {pageLabel}</span>
              </button>
              <Link className="govuk-link" to={bankPath(survey.id, page.name)}>
                {t("design.addFromBank")}
                <span className="govuk-visually-hidden"> {pageLabel}</span>
              </Link>
            </Form>
          </section>
        );
      })}
      <Form method="post">
        <button
          type="submit"
          name="intent"
          value="add-page"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          {t("design.addPage")}
        </button>
      </Form>
    </>
  );
}
