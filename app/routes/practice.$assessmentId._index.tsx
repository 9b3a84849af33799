import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { badRequest } from "~/http/responses";
import { assessmentIdFrom, canContribute, canLead, canRaiseGaps, PRACTICE_LEADS, PRACTICE_READERS } from "~/practice/access";
import { assessmentView } from "~/practice/assessment-view.server";
import { ChangeSection } from "~/practice/change-section";
import { GapsList } from "~/practice/gaps-list";
import { getAssessment, signOffAssessment } from "~/practice/practice.server";
import { ProfileTable } from "~/practice/profile-table";
import { ProfileWheel } from "~/practice/profile-wheel";
import { AssessmentStatusTag } from "~/practice/status-tag";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.title");

const DONE = ["started", "signedOff", "raised"] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_READERS);
  const done = new URL(request.url).searchParams.get("done");
  return {
    ...assessmentView(user.organisation.id, assessmentIdFrom(params)),
    done: DONE.find((key) => key === done) ?? null,
    can: { contribute: canContribute(user.roles), lead: canLead(user.roles), raise: canRaiseGaps(user.roles) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_LEADS);
  const id = assessmentIdFrom(params);
  getAssessment(user.organisation.id, id);
  const formData = await request.formData();
  if (formData.get("intent") !== "signOff") badRequest();
  const result = signOffAssessment(user, id);
  if (!result.ok) return data({ errors: { [result.field]: result.error } }, { status: 400 });
  throw redirect(`/practice/${id}?done=signedOff`);
}

export default function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const { assessment, contributors, stages, gaps, change, unrated, done, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const cy = i18n.language === "cy";
  const open = assessment.status === "open";
  return (
    <>
      <Link className="govuk-back-link" to="/practice">
        {t("practice.title")}
      </Link>
      <ErrorSummary errors={result?.errors} />
      {done ? (
        <SuccessBanner
          id="practice-done"
          title={t(
            `practice.assessment.${done === "signedOff" ? "signedOffDone" : done === "raised" ? "raisedDone" : "started"}`,
          )}
        />
      ) : null}
      <span className="govuk-caption-l">{t("practice.title")}</span>
      <h1 className="govuk-heading-l">{assessment.name}</h1>
      <p className="govuk-body">
        {t("practice.assessment.assessedOn", { date: formatDate(assessment.assessedOn, i18n.language) })}{" "}
        <AssessmentStatusTag status={assessment.status} />
      </p>
      {assessment.signedOffAt ? (
        <p className="govuk-inset-text">
          {t("practice.assessment.signedOff", {
            name: assessment.signedOffBy ?? "–",
            date: formatDate(assessment.signedOffAt.slice(0, 10), i18n.language),
          })}
        </p>
      ) : null}
      <h2 className="govuk-heading-s">{t("practice.assessment.contributors")}</h2>
      <p className="govuk-body">{contributors.length ? contributors.join(", ") : t("practice.assessment.noContributors")}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/practice/${assessment.id}/report`}>
          {t("practice.assessment.reportLink")}
        </Link>
      </p>
      <section aria-labelledby="rate-heading">
        <h2 className="govuk-heading-m" id="rate-heading">
          {t("practice.assessment.rateHeading")}
        </h2>
        {open && can.contribute ? <p className="govuk-body">{t("practice.assessment.rateIntro")}</p> : null}
        <ul className="govuk-list" data-testid="stages">
          {stages.map((stage) => (
            <li key={stage.key}>
              <Link className="govuk-link" to={`/practice/${assessment.id}/stages/${stage.key}`}>
                {stage.number}. {cy ? stage.titleCy : stage.title}
              </Link>{" "}
              <span className="govuk-body-s">
                ({t("practice.assessment.ratedCount", { rated: stage.rated, total: stage.total })})
              </span>
            </li>
          ))}
        </ul>
      </section>
      {open && can.lead ? (
        <section aria-labelledby="sign-off-heading">
          <h2 className="govuk-heading-m" id="sign-off-heading">
            {t("practice.assessment.signOffHeading")}
          </h2>
          <p className="govuk-body">{t("practice.assessment.signOffIntro")}</p>
          {unrated > 0 ? <p className="govuk-body">{t("practice.assessment.unratedLeft", { count: unrated })}</p> : null}
          <Form method="post">
            <button type="submit" name="intent" value="signOff" className="govuk-button" data-module="govuk-button">
              {t("practice.assessment.signOffButton")}
            </button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="profile-heading">
        <h2 className="govuk-heading-m" id="profile-heading">
          {t("practice.profile.heading")}
        </h2>
        <ProfileWheel
          captionId="profile-caption"
          caption={t("practice.profile.caption")}
          stages={stages.map((s) => ({ key: s.key, number: s.number, title: cy ? s.titleCy : s.title, score: s.score }))}
        />
        <ProfileTable stages={stages} />
      </section>
      <section aria-labelledby="gaps-heading">
        <h2 className="govuk-heading-m" id="gaps-heading">
          {t("practice.gaps.heading")}
        </h2>
        {open ? (
          <p className="govuk-body">{t("practice.gaps.openIntro")}</p>
        ) : (
          <>
            <p className="govuk-body">{t("practice.gaps.intro")}</p>
            <GapsList assessmentId={assessment.id} gaps={gaps} stages={stages} canRaise={can.raise} />
          </>
        )}
      </section>
      <ChangeSection change={change} stages={stages} />
    </>
  );
}
