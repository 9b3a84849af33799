import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements } from "~/engagements/access";
import { detectLanguage } from "~/i18n/detect.server";
import { canSeeOriginal, RESPONSE_READERS } from "~/responses/access";
import { ExportForm } from "~/responses/export-form";
import { Pagination } from "~/responses/pagination";
import { pageFrom, SEARCH_MAX, searchFrom } from "~/responses/query";
import { ResponseCard } from "~/responses/response-card";
import { listResponses } from "~/responses/responses.server";
import { surveyIdFrom } from "~/surveys/access";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "exports.title");

/** Even redacted, what victims wrote stays out of shared caches and the browser's back-forward cache. */
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...RESPONSE_READERS);
  const surveyId = surveyIdFrom(params);
  const survey = getSurvey(user.organisation.id, surveyId);
  const url = new URL(request.url);
  const search = searchFrom(url.searchParams.get("q"));
  const lang = detectLanguage(request, user.language);
  return {
    survey: { id: survey.id, title: survey.title },
    search,
    lang,
    list: listResponses(user.organisation.id, surveyId, { page: pageFrom(url.searchParams.get("page")), search, lang }),
    canSeeOriginal: canSeeOriginal(user.roles),
    canDesign: canEditEngagements(user.roles),
  };
}

export default function ResponsesPage() {
  const { t } = useTranslation();
  const { survey, search, lang, list, canSeeOriginal, canDesign } = useLoaderData<typeof loader>();
  const path = `/surveys/${survey.id}/responses`;
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("exports.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign={canDesign} />
      <p className="govuk-body">{t("exports.intro")}</p>
      <div className="govuk-inset-text">{t("exports.redactedNote")}</div>
      <p className="govuk-body">
        <a className="govuk-link" href="#download">
          {t("exports.export.heading")}
        </a>
      </p>

      <Form method="get" action={path} role="search" aria-label={t("exports.searchHeading")}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="q">
            {t("exports.searchLabel")}
          </label>
          <div id="q-hint" className="govuk-hint">
            {t("exports.searchHint")}
          </div>
          <input
            className="govuk-input govuk-!-width-two-thirds"
            id="q"
            name="q"
            type="search"
            maxLength={SEARCH_MAX}
            defaultValue={search}
            aria-describedby="q-hint"
            spellCheck={false}
          />
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            {t("exports.searchButton")}
          </button>
          {search ? (
            <Link className="govuk-link" to={path}>
              {t("exports.clearSearch")}
            </Link>
          ) : null}
        </div>
      </Form>

      {list.total === 0 ? (
        <p className="govuk-body" data-testid="responses-none">
          {search ? t("exports.noMatches", { search }) : t("exports.none")}
        </p>
      ) : (
        <p className="govuk-body" role="status" data-testid="responses-showing">
          {search ? `${t("exports.matching", { search })}. ` : null}
          {t("exports.showing", { from: list.from, to: list.to, total: list.total })}
        </p>
      )}
      {list.responses.map((response) => (
        <ResponseCard key={response.id} surveyId={survey.id} response={response} canSeeOriginal={canSeeOriginal} />
      ))}
      <Pagination path={path} page={list.page} pageCount={list.pageCount} search={search} />

      <ExportForm surveyId={survey.id} canSeeOriginal={canSeeOriginal} language={lang} />
    </>
  );
}
