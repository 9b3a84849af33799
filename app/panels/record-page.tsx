/**
 * The record of a panel session on one page: the themes under review (outcomes, observations, recommendations),
 * attendance and declarations, minutes, members' comments, the responses to the panel's earlier recommendations,
 * and sign-off. After sign-off it is read-only and says who signed it off and when. Prints without the forms.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { SuccessBanner } from "~/components/success-banner";
import type { RecordPageFailure } from "./record-action.server";
import type { RecordIntent } from "./record-schemas";
import { EarlierSection } from "./record-earlier";
import { AttendanceSection, CommentsSection, MinutesSection, SignOffSection } from "./record-sections";
import { Bilingual, type FormState } from "./record-text";
import { ThemeRecord } from "./record-themes";
import type { RecordPage } from "./record.server";

const STATUS_CLASS = { planning: "govuk-tag--grey", issued: "govuk-tag--blue", signed_off: "govuk-tag--green" } as const;

export function SessionRecord({
  page,
  done,
  result,
}: {
  page: RecordPage;
  done: RecordIntent | null;
  result: RecordPageFailure | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { session, panel } = page;
  // Only the form that was sent shows its errors and keeps what was typed.
  const stateFor = (intent: RecordIntent, themeId: number | null = null): FormState =>
    result && result.intent === intent && result.themeId === themeId ? { errors: result.errors, values: result.values } : {};
  const sessionPath = `/panels/${panel.id}/sessions/${session.id}`;
  return (
    <>
      <Link className="govuk-back-link vv-no-print" to={sessionPath}>
        {t("panelRecord.back")}
      </Link>
      <ErrorSummary errors={result?.errors} />
      {done ? <SuccessBanner id="record-done" title={t(`panelRecord.done.${done}`)} /> : null}
      <span className="govuk-caption-l">
        <Bilingual en={panel.name} cy={panel.nameCy} />
      </span>
      <h1 className="govuk-heading-l">{t("panelRecord.title")}</h1>
      <p className="govuk-body">
        {t("panelRecord.heldOn", { date: formatDate(session.heldOn, i18n.language) })}{" "}
        <strong className={`govuk-tag ${STATUS_CLASS[session.status]}`} data-testid="session-status">
          {t(`panelRecord.status.${session.status}`)}
        </strong>
      </p>
      {session.status === "signed_off" && session.signedOffAt ? (
        <div className="govuk-inset-text" data-testid="signed-off">
          <p className="govuk-body">
            {t("panelRecord.signedOff", {
              date: formatDate(session.signedOffAt, i18n.language),
              name: session.signedOffByName ?? t("panelRecord.someone"),
            })}
          </p>
          <p className="govuk-body">{t("panelRecord.frozen")}</p>
          {page.canSummarise ? (
            <p className="govuk-body vv-no-print">
              <Link className="govuk-link" to={`${sessionPath}/summary`}>
                {session.summaryPublished ? t("panelRecord.summaryLinkPublished") : t("panelRecord.summaryLink")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {session.status === "planning" ? <p className="govuk-inset-text">{t("panelRecord.notIssued")}</p> : null}
      {page.as === "member" && session.status === "issued" ? <p className="govuk-body">{t("panelRecord.memberIntro")}</p> : null}

      <section id="themes" aria-labelledby="themes-heading">
        <h2 className="govuk-heading-l" id="themes-heading">
          {t("panelRecord.themes.heading")}
        </h2>
        {page.themes.length === 0 ? <p className="govuk-body">{t("panelRecord.themes.none")}</p> : null}
        {page.themes.map((theme) => (
          <ThemeRecord
            key={`${theme.id}-${theme.finding?.outcome ?? ""}-${theme.recommendations.length}`}
            theme={theme}
            canRecord={page.canRecord}
            stateFor={stateFor}
          />
        ))}
      </section>
      <AttendanceSection page={page} state={stateFor("attendance")} />
      <MinutesSection page={page} state={stateFor("minutes")} />
      <CommentsSection key={`comments-${page.comments.length}`} page={page} state={stateFor("comment")} />
      <EarlierSection page={page} />
      <SignOffSection page={page} />
    </>
  );
}
