import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { assessmentIdFrom, PRACTICE_READERS } from "~/practice/access";
import { assessmentView } from "~/practice/assessment-view.server";
import { ChangeSection } from "~/practice/change-section";
import { GapsList } from "~/practice/gaps-list";
import { ProfileTable } from "~/practice/profile-table";
import { ProfileWheel } from "~/practice/profile-wheel";
import { RatingsReport } from "~/practice/ratings-report";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.report.title");

/** The assessment for a chief officers' board, on paper: the print stylesheet drops navigation and buttons. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_READERS);
  return {
    view: assessmentView(user.organisation.id, assessmentIdFrom(params)),
    organisation: { name: user.organisation.name, nameCy: user.organisation.nameCy },
  };
}

export default function PracticeReport() {
  const { t, i18n } = useTranslation();
  const { view, organisation } = useLoaderData<typeof loader>();
  const cy = i18n.language === "cy";
  const { assessment } = view;
  return (
    <div className="vv-practice-report">
      <Link className="govuk-back-link" to={`/practice/${assessment.id}`}>
        {t("practice.stagePage.back")}
      </Link>
      <span className="govuk-caption-l">
        {cy ? organisation.nameCy : organisation.name} · {t("practice.report.for")}
      </span>
      <h1 className="govuk-heading-l">
        {t("practice.report.title")}: {assessment.name}
      </h1>
      <PrintButton label={t("practice.report.print")} hint={t("practice.report.printHint")} />
      <p className="govuk-body">
        {t("practice.assessment.assessedOn", { date: formatDate(assessment.assessedOn, i18n.language) })}
      </p>
      {assessment.signedOffAt ? (
        <p className="govuk-body">
          {t("practice.assessment.signedOff", {
            name: assessment.signedOffBy ?? "–",
            date: formatDate(assessment.signedOffAt.slice(0, 10), i18n.language),
          })}{" "}
          {t("practice.figures.frozen")}
        </p>
      ) : (
        <p className="govuk-inset-text">{t("practice.report.draft")}</p>
      )}
      <p className="govuk-body">
        <strong>{t("practice.assessment.contributors")}:</strong> {view.contributors.join(", ") || "–"}
      </p>
      <section aria-labelledby="profile-heading">
        <h2 className="govuk-heading-m" id="profile-heading">
          {t("practice.profile.heading")}
        </h2>
        <ProfileWheel
          captionId="report-profile-caption"
          caption={t("practice.profile.caption")}
          stages={view.stages.map((s) => ({ key: s.key, number: s.number, title: cy ? s.titleCy : s.title, score: s.score }))}
        />
        <ProfileTable stages={view.stages} />
      </section>
      {assessment.status === "signed_off" ? (
        <section aria-labelledby="gaps-heading">
          <h2 className="govuk-heading-m" id="gaps-heading">
            {t("practice.gaps.heading")}
          </h2>
          <GapsList assessmentId={assessment.id} gaps={view.gaps} stages={view.stages} canRaise={false} print />
        </section>
      ) : null}
      <ChangeSection change={view.change} stages={view.stages} />
      <h2 className="govuk-heading-m">{t("practice.report.ratingsHeading")}</h2>
      <RatingsReport view={view} />
    </div>
  );
}
