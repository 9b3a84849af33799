import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { detectLanguage } from "~/i18n/detect.server";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { BANK, searchBank } from "~/surveys/bank";
import { addBankQuestion, findPage } from "~/surveys/edit";
import { pagesOf } from "~/surveys/survey-json";
import { getSurvey, saveDraft } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "bank.title");

const TAGS = [...new Set(BANK.flatMap((q) => q.tags))].sort();

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const url = new URL(request.url);
  const tag = url.searchParams.get("tag") ?? "";
  const text = (url.searchParams.get("q") ?? "").slice(0, 100);
  const page = url.searchParams.get("page") ?? pagesOf(survey.draft)[0]?.name ?? "";
  const lang = detectLanguage(request, user.language);
  return {
    survey: { id: survey.id, title: survey.title },
    page,
    tag,
    text,
    tags: TAGS,
    results: searchBank(TAGS.includes(tag) ? [tag] : [], text, lang),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const form = await request.formData();
  const page = String(form.get("page") ?? "");
  if (!findPage(survey.draft, page)) return data({ error: "errors.pageUnknown" }, { status: 400 });
  const added = addBankQuestion(survey.draft, page, String(form.get("bankId") ?? ""));
  if (!added) return data({ error: "errors.bankUnknown" }, { status: 400 });
  const saved = saveDraft(user, survey.id, added.json);
  if (!saved.ok) return data({ error: "errors.importInvalid" }, { status: 400 });
  throw redirect(`/surveys/${survey.id}/design`);
}

export default function Bank() {
  const { t, i18n } = useTranslation();
  const { survey, page, tag, text, tags, results } = useLoaderData<typeof loader>();
  const cy = i18n.language === "cy";
  return (
    <>
      <Link className="govuk-back-link" to={`/surveys/${survey.id}/design`}>
        {t("question.back")}
      </Link>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("bank.title")}</h1>
      <p className="govuk-body">{t("bank.intro")}</p>
      <Form method="get" className="vv-element__actions govuk-!-margin-bottom-6">
        <input type="hidden" name="page" value={page} />
        <div className="govuk-form-group govuk-!-margin-bottom-0">
          <label className="govuk-label" htmlFor="tag">
            {t("bank.tag")}
          </label>
          <select className="govuk-select" id="tag" name="tag" defaultValue={tag}>
            <option value="">{t("bank.allTags")}</option>
            {tags.map((value) => (
              <option key={value} value={value}>
                {t(`bankTags.${value}`, { defaultValue: value })}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group govuk-!-margin-bottom-0">
          <label className="govuk-label" htmlFor="q">
            {t("bank.words")}
          </label>
          <input className="govuk-input govuk-input--width-20" id="q" name="q" defaultValue={text} />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("bank.search")}
        </button>
      </Form>
      <p className="govuk-body" role="status">
        {t("bank.count", { count: results.length })}
      </p>
      <ul className="govuk-list">
        {results.map((question) => {
          const title = question.title ?? question.html;
          const label = (cy ? title?.cy : title?.en)?.replace(/<[^>]+>/g, " ") ?? question.id;
          return (
            <li key={question.id} className="vv-element">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{label}</strong>
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                {question.tags.map((tagName) => t(`bankTags.${tagName}`, { defaultValue: tagName })).join(" · ")}
              </p>
              <Form method="post">
                <input type="hidden" name="page" value={page} />
                <input type="hidden" name="bankId" value={question.id} />
                <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                  {t("bank.add")}
                  <span className="govuk-visually-hidden"> {label}</span>
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
    </>
  );
}
