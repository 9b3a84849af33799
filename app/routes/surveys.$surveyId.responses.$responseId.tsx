import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { badRequest } from "~/http/responses";
import { detectLanguage } from "~/i18n/detect.server";
import { fixedT } from "~/i18n/i18n";
import { canSeeOriginal, ORIGINAL_READERS, RESPONSE_READERS, responseIdFrom } from "~/responses/access";
import { AnswerRows } from "~/responses/answer-rows";
import { ShowOriginalButton } from "~/responses/response-card";
import { getResponse, viewOriginal } from "~/responses/responses.server";
import { surveyIdFrom } from "~/surveys/access";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "exports.title");

/** The original text is shown only in answer to the POST that audited it: never cached, never replayed from history. */
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...RESPONSE_READERS);
  const lang = detectLanguage(request, user.language);
  return {
    ...getResponse(user.organisation.id, surveyIdFrom(params), responseIdFrom(params), lang),
    canSeeOriginal: canSeeOriginal(user.roles),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...ORIGINAL_READERS);
  const surveyId = surveyIdFrom(params);
  const responseId = responseIdFrom(params);
  const formData = await request.formData();
  if (formData.get("intent") !== "show-original") badRequest();
  const lang = detectLanguage(request, user.language);
  const t = fixedT(lang);
  const original = viewOriginal(user, surveyId, responseId, lang, (question) => t("exports.column.other", { question }));
  return data({ original }, { headers: { "Cache-Control": "no-store" } });
}

export default function ResponsePage() {
  const { t, i18n } = useTranslation();
  const { survey, response, retentionDays, keptUntil, canSeeOriginal } = useLoaderData<typeof loader>();
  const shown = useActionData<typeof action>();
  return (
    <>
      <Link className="govuk-back-link" to={`/surveys/${survey.id}/responses`}>
        {t("exports.detail.back")}
      </Link>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("exports.response", { id: response.id })}</h1>

      {shown ? (
        <section aria-labelledby="original-heading" data-testid="original-text">
          <h2 className="govuk-heading-m" id="original-heading">
            {t("exports.original.heading")}
          </h2>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">{t("exports.original.warning")}</span>
              {t("exports.original.who")} {t("exports.original.handle")}
            </strong>
          </div>
          <dl className="govuk-summary-list">
            {shown.original.map((item) => (
              <div className="govuk-summary-list__row" key={item.key}>
                <dt className="govuk-summary-list__key">{item.question}</dt>
                <dd className="govuk-summary-list__value vv-pre-line">{item.text}</dd>
              </div>
            ))}
          </dl>
          <div className="govuk-inset-text">
            <p className="govuk-body">
              {t("exports.original.retention", { days: retentionDays, date: formatDate(keptUntil, i18n.language) })}
            </p>
            <p className="govuk-body govuk-!-margin-bottom-0">{t("exports.original.audited")}</p>
          </div>
        </section>
      ) : null}

      <h2 className="govuk-heading-m">{t("exports.detail.redactedHeading")}</h2>
      <AnswerRows response={response} answers={response.answers} />

      {canSeeOriginal && !shown ? (
        response.hasOriginal ? (
          <>
            <p className="govuk-body">{t("exports.detail.originalIntro")}</p>
            <ShowOriginalButton surveyId={survey.id} responseId={response.id} className="govuk-button govuk-button--secondary" />
          </>
        ) : (
          <p className="govuk-body">{t("exports.detail.noOriginal")}</p>
        )
      ) : null}
    </>
  );
}
