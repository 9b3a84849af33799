import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { responseCounts } from "~/distribution/channels.server";
import { ResponseSummary } from "~/distribution/response-summary";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements } from "~/engagements/access";
import { disclosureThresholdFor } from "~/organisations/organisations.server";
import { badRequest } from "~/http/responses";
import { languageLabel } from "~/surveys/languages";
import { SURVEY_DESIGNERS, SURVEY_READERS, surveyIdFrom } from "~/surveys/access";
import { safetyGate, updateSurveySafety } from "~/surveys/safety.server";
import { SurveySafety } from "~/surveys/survey-safety";
import { elementsOf } from "~/surveys/survey-json";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey, listVersions } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "survey.overviewTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  const id = surveyIdFrom(params);
  const survey = getSurvey(user.organisation.id, id);
  return {
    survey: {
      ...survey,
      questions: elementsOf(survey.draft).filter((e) => e.element.type !== "html").length,
      pages: survey.draft.pages?.length ?? 0,
    },
    versions: listVersions(user.organisation.id, id),
    canDesign: canEditEngagements(user.roles),
    responses: responseCounts(user.organisation.id, id),
    threshold: disclosureThresholdFor(user.organisation.id),
    safety: safetyGate(user.organisation.id, survey),
  };
}

/** Ticks the survey's own safety items (a survey that belongs to no engagement). */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const id = surveyIdFrom(params);
  getSurvey(user.organisation.id, id);
  const form = await request.formData();
  if (form.get("intent") !== "safety") badRequest();
  const ticked = form.getAll("ticked").filter((v): v is string => typeof v === "string");
  const result = updateSurveySafety(user, id, ticked);
  if (!result.ok) return data({ saved: false, error: result.error }, { status: 400 });
  return { saved: true, error: null };
}

export function VersionChanges({ changes }: { changes: string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="govuk-list">
      {changes.map((change) => {
        const [kind, name] = change.split(":");
        return <li key={change}>{t(`versionChange.${kind}`, { name, defaultValue: change })}</li>;
      })}
    </ul>
  );
}

export default function SurveyOverview() {
  const { t, i18n } = useTranslation();
  const { survey, versions, canDesign, responses, threshold, safety } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const languages = ["en", ...survey.settings.languages].map((lang) =>
    lang === "en" ? t("surveyLanguages.en") : languageLabel(t, lang, i18n.language),
  );
  const rows: [string, string][] = [
    ["survey.status", versions.length ? t("survey.publishedVersion", { version: versions[0].version }) : t("surveyStatus.draft")],
    ["survey.engagement", survey.engagementTitle ?? t("survey.noEngagement")],
    ["survey.publicAddress", `/s/${survey.slug}`],
    ["survey.languages", languages.join(", ")],
    ["survey.contents", t("survey.contentsCount", { questions: survey.questions, pages: survey.pages })],
    ["survey.minutes", String(survey.settings.estimatedMinutes)],
    ["survey.retention", t("survey.retentionDays", { days: survey.settings.retentionDays })],
  ];
  return (
    <>
      <span className="govuk-caption-l">{t("survey.overviewTitle")}</span>
      <h1 className="govuk-heading-l">{survey.title}</h1>
      <SurveyNav surveyId={survey.id} canDesign={canDesign} />
      {versions.length && survey.draftChanged ? (
        <div className="govuk-inset-text">{t("survey.unpublishedChangesLong", { version: versions[0].version })}</div>
      ) : null}
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{t(key)}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {result?.error ? (
        <p className="govuk-body" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      <SurveySafety gate={safety} canEdit={canDesign} saved={Boolean(result?.saved)} />
      <ResponseSummary surveyId={survey.id} counts={responses} threshold={threshold} />
      <h2 className="govuk-heading-m">{t("survey.versions")}</h2>
      {versions.length === 0 ? (
        <p className="govuk-body">{t("survey.noVersions")}</p>
      ) : (
        <table className="govuk-table" data-testid="versions">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("survey.versions")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("survey.version")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("survey.published")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("survey.whatChanged")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {versions.map((version) => (
              <tr className="govuk-table__row" key={version.version}>
                <th scope="row" className="govuk-table__header">
                  {version.version}
                </th>
                <td className="govuk-table__cell">
                  {formatDate(version.publishedAt, i18n.language)}
                  {version.publishedBy ? `, ${version.publishedBy}` : ""}
                </td>
                <td className="govuk-table__cell">
                  <VersionChanges changes={version.changes} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
