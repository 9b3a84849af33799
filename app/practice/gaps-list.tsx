import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../components/dates";
import type { AssessmentView } from "./assessment-view.server";

/** The gaps of a signed-off assessment, weakest first, each with the action raised from it or a way to raise one. */
export function GapsList({
  assessmentId,
  gaps,
  stages,
  canRaise,
  print = false,
}: {
  assessmentId: number;
  gaps: AssessmentView["gaps"];
  stages: AssessmentView["stages"];
  canRaise: boolean;
  print?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  if (gaps.length === 0) return <p className="govuk-body">{t("practice.gaps.none")}</p>;
  return (
    <ol className="govuk-list govuk-list--number" data-testid="gaps">
      {gaps.map((gap) => {
        const stage = stages.find((s) => s.key === gap.stage)!;
        const text = cy ? gap.statement.textCy : gap.statement.text;
        return (
          <li key={gap.statementKey}>
            <strong>{text}</strong>
            <br />
            <span className="govuk-body-s">
              {stage.number}. {cy ? stage.titleCy : stage.title} · {t(`practice.levels.${gap.level}`)}
            </span>
            <br />
            {gap.action ? (
              <span className="govuk-body-s">
                {t("practice.gaps.raised")}{" "}
                {print ? (
                  gap.action.title
                ) : (
                  <Link className="govuk-link" to={`/actions/${gap.action.actionId}`}>
                    {gap.action.title}
                  </Link>
                )}{" "}
                (
                {t("practice.gaps.actionStatus", {
                  status: t(`actions.status.${gap.action.status}`),
                  owner: gap.action.ownerName ?? t("practice.gaps.noOwner"),
                  date: gap.action.targetDate ? formatDate(gap.action.targetDate, i18n.language) : "–",
                })}
                )
              </span>
            ) : canRaise && !print ? (
              <Link className="govuk-link vv-no-print" to={`/practice/${assessmentId}/gaps/${gap.statementKey}`}>
                {t("practice.gaps.raise")}
                <span className="govuk-visually-hidden">: {text}</span>
              </Link>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
