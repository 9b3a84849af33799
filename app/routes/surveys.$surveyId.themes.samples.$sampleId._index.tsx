import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { parseForm } from "~/components/form/parse-form";
import { SuccessBanner } from "~/components/success-banner";
import { canEditEngagements } from "~/engagements/access";
import { badRequest } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { sampleIdFrom, THEME_CODERS } from "~/themes/access";
import { AgreementTable, Disagreements } from "~/themes/agreement-view";
import { themeName } from "~/themes/codebook";
import { codebookFor, listThemes } from "~/themes/codebook.server";
import { useQuestionLabel } from "~/themes/question-filter";
import { freeTextQuestions } from "~/themes/questions.server";
import { resolveDisagreement, sampleAgreement } from "~/themes/agreement.server";
import { blindItems, completeSample, getSample } from "~/themes/samples.server";
import { resolveSchema } from "~/themes/schemas";
import { ThemesHeader } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.sample.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const sample = getSample(codebook, sampleIdFrom(params), user.id);
  const second = user.id === sample.coderUserId;
  const { responseIds, ...about } = sample;
  return {
    survey: codebook.survey,
    canDesign: canEditEngagements(user.roles),
    sample: { ...about, size: responseIds.length },
    question: freeTextQuestions(codebook.survey.id).find((q) => q.key === sample.answerKey) ?? null,
    role: second ? ("second" as const) : ("first" as const),
    themes: listThemes(codebook),
    // The second coder never sees the agreement (it shows the first coder's codings); the first sees it once finished.
    items: second && !sample.completedAt ? blindItems(codebook, sample) : [],
    agreement: !second && sample.completedAt ? sampleAgreement(codebook, sample) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const sample = getSample(codebook, sampleIdFrom(params), user.id);
  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "complete":
      completeSample(user, sample);
      return data({ ok: true as const, notice: "themes.sample.finished" });
    case "resolve": {
      const parsed = parseForm(resolveSchema, formData);
      if (!parsed.ok) badRequest();
      resolveDisagreement(user, codebook, sample, parsed.data.responseId, parsed.data.themeId, parsed.data.decision);
      return data({ ok: true as const, notice: "themes.sample.resolvedNotice" });
    }
    default:
      badRequest();
  }
}

export default function SamplePage() {
  const { t, i18n } = useTranslation();
  const { survey, canDesign, sample, question, role, themes, items, agreement } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const label = useQuestionLabel();
  const base = `/surveys/${survey.id}/themes/samples/${sample.id}`;
  const coded = items.filter((item) => item.codings.length > 0).length;
  return (
    <ThemesHeader survey={survey} heading={t("themes.sample.title")} canDesign={canDesign}>
      {result?.ok ? <SuccessBanner id="sample-done" title={t(result.notice)} /> : null}
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("themes.samples.question")}</dt>
          <dd className="govuk-summary-list__value">{question ? label(question) : sample.answerKey}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("themes.samples.first")}</dt>
          <dd className="govuk-summary-list__value">{sample.requesterName}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("themes.samples.second")}</dt>
          <dd className="govuk-summary-list__value">{sample.coderName}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("themes.samples.answers")}</dt>
          <dd className="govuk-summary-list__value">{sample.size}</dd>
        </div>
      </dl>

      {role === "second" && !sample.completedAt ? (
        <>
          <p className="govuk-body">{t("themes.sample.blindIntro")}</p>
          <p className="govuk-body" data-testid="sample-progress">
            {t("themes.sample.progress", { coded, total: items.length })}
          </p>
          <ul className="govuk-list">
            {items.map((item) => (
              <li key={item.responseId} className="govuk-!-margin-bottom-4">
                <p className="govuk-body vv-pre-line govuk-!-margin-bottom-1" lang={item.language}>
                  {item.text}
                </p>
                <p className="govuk-body-s">
                  <Link className="govuk-link" to={`${base}/${item.responseId}`}>
                    {t("themes.sample.code")}
                    <span className="govuk-visually-hidden"> {t("themes.sample.codeHidden", { id: item.responseId })}</span>
                  </Link>
                  {item.codings.length ? (
                    <>
                      {" · "}
                      {t("themes.sample.yourTags")}:{" "}
                      {[...new Set(item.codings.map((c) => c.themeId))]
                        .map((id) => themeName(themes.find((th) => th.id === id) ?? { name: "", nameCy: "" }, i18n.language))
                        .join(", ")}
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
          <h2 className="govuk-heading-m">{t("themes.sample.finishHeading")}</h2>
          <p className="govuk-body">{t("themes.sample.finishHint")}</p>
          <Form method="post">
            <button type="submit" name="intent" value="complete" className="govuk-button" data-module="govuk-button">
              {t("themes.sample.finish")}
            </button>
          </Form>
        </>
      ) : null}
      {role === "second" && sample.completedAt ? <p className="govuk-body">{t("themes.sample.done")}</p> : null}
      {role === "first" && !sample.completedAt ? (
        <p className="govuk-body">{t("themes.sample.waiting", { name: sample.coderName })}</p>
      ) : null}
      {agreement ? (
        <>
          <h2 className="govuk-heading-m">{t("themes.sample.agreementHeading")}</h2>
          <AgreementTable rows={agreement.themes} themes={themes} />
          <h2 className="govuk-heading-m">{t("themes.sample.disagreementsHeading")}</h2>
          <Disagreements
            items={agreement.disagreements}
            themes={themes}
            names={{ first: sample.requesterName, second: sample.coderName }}
            canResolve
          />
        </>
      ) : null}
    </ThemesHeader>
  );
}
