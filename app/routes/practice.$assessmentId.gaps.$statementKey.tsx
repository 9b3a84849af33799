import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { engagementChoices, ownerChoices } from "~/actions/choices.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { DateField, Select, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { addDays, ukToday } from "~/engagements/stages";
import { assessmentIdFrom, GAP_RAISERS } from "~/practice/access";
import { getGap, raiseGapAction } from "~/practice/gaps.server";
import { gapActionSchema } from "~/practice/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.gap.title");

function gapFrom(organisationId: number, params: LoaderFunctionArgs["params"]) {
  return getGap(organisationId, assessmentIdFrom(params), params.statementKey ?? "");
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...GAP_RAISERS);
  const { assessment, gap, statement, stage } = gapFrom(user.organisation.id, params);
  return {
    assessment: { id: assessment.id, name: assessment.name },
    gap,
    statement,
    stage,
    engagements: engagementChoices(user.organisation.id),
    owners: ownerChoices(user.organisation.id),
    defaultTarget: addDays(ukToday(), 90),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...GAP_RAISERS);
  const { assessment, statement } = gapFrom(user.organisation.id, params);
  const formData = await request.formData();
  const parsed = parseForm(gapActionSchema(ukToday()), formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const raised = raiseGapAction(user, assessment.id, statement.key, parsed.data);
  if (!raised.ok) return data(formFailure(formData, { [raised.field]: raised.error }), { status: 400 });
  throw redirect(`/practice/${assessment.id}?done=raised#gaps-heading`);
}

export default function RaiseGapAction() {
  const { t, i18n } = useTranslation();
  const { assessment, gap, statement, stage, engagements, owners, defaultTarget } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const cy = i18n.language === "cy";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/practice/${assessment.id}`}>
          {t("practice.stagePage.back")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{assessment.name}</span>
        <h1 className="govuk-heading-l">{t("practice.gap.title")}</h1>
        <p className="govuk-body">{t("practice.gap.intro")}</p>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("practice.gap.statement")}</dt>
            <dd className="govuk-summary-list__value">
              {cy ? statement.textCy : statement.text}
              <br />
              <span className="govuk-body-s">
                {stage.number}. {cy ? stage.titleCy : stage.title}
              </span>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("practice.gap.level")}</dt>
            <dd className="govuk-summary-list__value">{t(`practice.levels.${gap.level}`)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("practice.gap.evidence")}</dt>
            <dd className="govuk-summary-list__value">{cy ? statement.evidenceCy : statement.evidence}</dd>
          </div>
        </dl>
        {engagements.length === 0 ? (
          <p className="govuk-inset-text">{t("practice.gap.noEngagements")}</p>
        ) : (
          <Form method="post" noValidate>
            <Select
              name="engagementId"
              label={t("practice.gap.engagement")}
              hint={t("practice.gap.engagementHint")}
              options={[
                { value: "", label: t("practice.gap.chooseEngagement") },
                ...engagements.map((e) => ({ value: String(e.id), label: e.title })),
              ]}
              defaultValue={engagements.length === 1 ? String(engagements[0].id) : ""}
              errors={result?.errors}
              values={result?.values}
            />
            <TextInput
              name="title"
              label={t("practice.gap.actionTitle")}
              defaultValue={statement.text}
              errors={result?.errors}
              values={result?.values}
            />
            <TextInput
              name="titleCy"
              label={t("practice.gap.actionTitleCy")}
              defaultValue={statement.textCy}
              errors={result?.errors}
              values={result?.values}
            />
            <TextInput name="owningTeam" label={t("practice.gap.team")} errors={result?.errors} values={result?.values} />
            <Select
              name="ownerUserId"
              label={t("practice.gap.owner")}
              options={[
                { value: "", label: t("practice.gap.chooseOwner") },
                ...owners.map((o) => ({ value: String(o.id), label: o.name })),
              ]}
              errors={result?.errors}
              values={result?.values}
            />
            <DateField
              name="targetDate"
              label={t("practice.gap.targetDate")}
              defaultValue={defaultTarget}
              errors={result?.errors}
              values={result?.values}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("practice.gap.submit")}
            </button>
          </Form>
        )}
      </div>
    </div>
  );
}
