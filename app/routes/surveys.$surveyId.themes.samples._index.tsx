import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Select, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { canEditEngagements } from "~/engagements/access";
import { badRequest } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS } from "~/themes/access";
import { codebookFor } from "~/themes/codebook.server";
import { useQuestionLabel } from "~/themes/question-filter";
import { freeTextQuestions } from "~/themes/questions.server";
import { codedCount, coderChoices, createSample, listSamples } from "~/themes/samples.server";
import { sampleSchema } from "~/themes/schemas";
import { ThemesHeader } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.samples.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const questions = freeTextQuestions(codebook.survey.id).map((q) => ({ ...q, coded: codedCount(codebook, q.key, user.id) }));
  return {
    survey: codebook.survey,
    canDesign: canEditEngagements(user.roles),
    questions,
    coders: coderChoices(user.organisation.id, user.id),
    samples: listSamples(codebook, user.id),
    me: user.id,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const formData = await request.formData();
  if (formData.get("intent") !== "create") badRequest();
  const parsed = parseForm(sampleSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  if (!freeTextQuestions(codebook.survey.id).some((q) => q.key === parsed.data.answerKey))
    return data(formFailure(formData, { answerKey: "themes.errors.question" }), { status: 400 });
  const created = createSample(user, codebook, parsed.data);
  if (!created.ok) return data(formFailure(formData, { [created.field]: created.error }), { status: 400 });
  return data({ ok: true as const, sampleId: created.id });
}

export default function SamplesPage() {
  const { t } = useTranslation();
  const { survey, canDesign, questions, coders, samples, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const label = useQuestionLabel();
  const titleOf = (key: string) => {
    const question = questions.find((q) => q.key === key);
    return question ? label(question) : key;
  };
  return (
    <ThemesHeader survey={survey} heading={t("themes.samples.title")} canDesign={canDesign}>
      <ErrorSummary errors={failed?.errors} />
      {result?.ok ? <SuccessBanner id="sample-done" title={t("themes.samples.sent")} /> : null}
      <p className="govuk-body">{t("themes.samples.intro")}</p>

      <h2 className="govuk-heading-m">{t("themes.samples.listHeading")}</h2>
      {samples.length === 0 ? (
        <p className="govuk-body">{t("themes.samples.none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("themes.samples.caption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("themes.samples.question")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.samples.first")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.samples.second")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("themes.samples.answers")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.samples.status")}
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t("themes.samples.open")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {samples.map((sample) => (
              <tr className="govuk-table__row" key={sample.id}>
                <td className="govuk-table__cell">{titleOf(sample.answerKey)}</td>
                <td className="govuk-table__cell">
                  {sample.requestedBy === me ? <strong>{sample.requesterName}</strong> : sample.requesterName}
                </td>
                <td className="govuk-table__cell">
                  {sample.coderUserId === me ? <strong>{sample.coderName}</strong> : sample.coderName}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{sample.size}</td>
                <td className="govuk-table__cell">
                  {sample.completedAt ? t("themes.samples.statusDone") : t("themes.samples.statusOpen")}
                </td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/surveys/${survey.id}/themes/samples/${sample.id}`}>
                    {t("themes.samples.open")}
                    <span className="govuk-visually-hidden"> {t("themes.samples.openHidden", { id: sample.id })}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("themes.samples.createHeading")}</h2>
          {coders.length === 0 || questions.length === 0 ? (
            <p className="govuk-body">{questions.length === 0 ? t("themes.code.noQuestions") : t("themes.samples.noCoders")}</p>
          ) : (
            <Form method="post" noValidate key={result?.ok ? `sent-${result.sampleId}` : "send"}>
              <input type="hidden" name="intent" value="create" />
              <Select
                name="answerKey"
                label={t("themes.samples.question")}
                errors={failed?.errors}
                values={failed?.values}
                options={questions.map((q) => ({
                  value: q.key,
                  label: t("themes.samples.questionOption", { question: label(q), count: q.coded }),
                }))}
              />
              <TextInput
                name="size"
                label={t("themes.samples.size")}
                hint={t("themes.samples.sizeHint")}
                widthClass="govuk-input--width-4"
                errors={failed?.errors}
                values={failed?.values}
                defaultValue="20"
              />
              <Select
                name="coderUserId"
                label={t("themes.samples.coder")}
                errors={failed?.errors}
                values={failed?.values}
                options={coders.map((c) => ({ value: String(c.id), label: c.name }))}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {t("themes.samples.send")}
              </button>
            </Form>
          )}
        </div>
      </div>
    </ThemesHeader>
  );
}
