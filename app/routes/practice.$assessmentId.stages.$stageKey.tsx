import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { assessmentIdFrom, canContribute, practiceStageFrom, PRACTICE_CONTRIBUTORS, PRACTICE_READERS } from "~/practice/access";
import { assessmentContext, assessmentRatings, getAssessment, rateStage } from "~/practice/practice.server";
import { rateStageSchema } from "~/practice/schemas";
import { StageForm } from "~/practice/stage-form";
import { statementsOfStage } from "~/practice/statements";
import { AssessmentStatusTag } from "~/practice/status-tag";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_READERS);
  const id = assessmentIdFrom(params);
  const key = practiceStageFrom(params);
  const assessment = getAssessment(user.organisation.id, id);
  const context = assessmentContext(user.organisation.id, assessment);
  return {
    assessment: { id: assessment.id, name: assessment.name, status: assessment.status },
    stage: context.stages.find((s) => s.key === key)!,
    statements: statementsOfStage(context.statements, key),
    ratings: assessmentRatings(id),
    figures: context.figures,
    figureKeys: context.figureKeys,
    editable: assessment.status === "open" && canContribute(user.roles),
    saved: new URL(request.url).searchParams.get("done") === "saved",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_CONTRIBUTORS);
  const id = assessmentIdFrom(params);
  const key = practiceStageFrom(params);
  const assessment = getAssessment(user.organisation.id, id);
  const statements = statementsOfStage(assessmentContext(user.organisation.id, assessment).statements, key);
  const formData = await request.formData();
  const parsed = parseForm(rateStageSchema(statements.map((s) => s.key)), formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const saved = rateStage(user, id, key, parsed.data);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: saved.error }), { status: 400 });
  throw redirect(`/practice/${id}/stages/${key}?done=saved`);
}

export default function PracticeStage() {
  const { t, i18n } = useTranslation();
  const { assessment, stage, statements, ratings, figures, figureKeys, editable, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const cy = i18n.language === "cy";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/practice/${assessment.id}`}>
          {t("practice.stagePage.back")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        {saved && !result ? <SuccessBanner id="stage-saved" title={t("practice.stagePage.saved")} /> : null}
        <span className="govuk-caption-l">
          {assessment.name} · {t("practice.stagePage.caption", { number: stage.number })}
        </span>
        <h1 className="govuk-heading-l">{cy ? stage.titleCy : stage.title}</h1>
        <p className="govuk-body">
          <AssessmentStatusTag status={assessment.status} />
        </p>
        {assessment.status === "signed_off" ? <p className="govuk-inset-text">{t("practice.stagePage.readOnly")}</p> : null}
        <StageForm
          statements={statements}
          ratings={ratings}
          figures={figures}
          figureKeys={figureKeys}
          editable={editable}
          errors={result?.errors}
          values={result?.values}
        />
      </div>
    </div>
  );
}
