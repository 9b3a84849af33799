import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ACTION_READERS, actionIdFrom } from "~/actions/access";
import { ActionDetails } from "~/actions/action-details";
import { actionPageAction, actionPageData, type Intent } from "~/actions/action-page.server";
import { EvidenceSection } from "~/actions/evidence-section";
import { HistoryList } from "~/actions/history-list";
import { StatusForm, UpdateForm } from "~/actions/progress-forms";
import { PublishSection } from "~/actions/publish-section";
import { SaidSection } from "~/actions/said-section";
import { ActionStatusTag, OverdueTag } from "~/actions/status-tag";
import { SharedThemesSection } from "~/commissioning/action-shared-themes";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { revalidateAfterRefusal } from "~/themes/quote-check-forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.title");

/** A refusal because a quote's words changed shows them as they are now (ADR 0017). */
export const shouldRevalidate = revalidateAfterRefusal;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_READERS);
  return actionPageData(user, actionIdFrom(params), new URL(request.url).searchParams.get("done"));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...ACTION_READERS);
  return actionPageAction(user, actionIdFrom(params), request);
}

export default function ActionPage() {
  const { t, i18n } = useTranslation();
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { action: record } = page;
  // Only the form that was sent shows its errors and keeps what was typed.
  const stateFor = (intent: Intent) =>
    result && result.intent === intent ? { errors: result.errors, values: result.values } : {};
  const title = i18n.language === "cy" && record.titleCy ? record.titleCy : record.title;
  return (
    <>
      <Link className="govuk-back-link vv-no-print" to="/actions">
        {t("actions.page.back")}
      </Link>
      <ErrorSummary errors={result?.errors} />
      {page.done ? <SuccessBanner id="action-done" title={t(`actions.page.done.${page.done}`)} /> : null}
      <span className="govuk-caption-l">{record.engagementTitle}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" data-testid="action-status">
        <ActionStatusTag status={record.status} /> {record.overdue ? <OverdueTag /> : null}{" "}
        <strong className={`govuk-tag ${record.published ? "govuk-tag--green" : "govuk-tag--grey"}`}>
          {record.published ? t("actions.tags.published") : t("actions.tags.notPublished")}
        </strong>
      </p>
      <ActionDetails action={record} />
      {page.canEdit ? (
        <p className="govuk-body vv-no-print">
          <Link className="govuk-link" to={`/actions/${record.id}/edit`}>
            {t("actions.page.change")}
          </Link>
        </p>
      ) : null}
      <SaidSection
        themes={page.said}
        threshold={page.threshold}
        quotes={page.quotes}
        choices={page.choices}
        canChoose={page.canEdit}
        {...stateFor("quotes")}
      />
      {page.sharedThemes ? (
        <SharedThemesSection actionId={record.id} themes={page.sharedThemes} canChange={page.canEdit} />
      ) : null}
      <section aria-labelledby="progress-heading" className="vv-no-print">
        <h2 className="govuk-heading-m" id="progress-heading">
          {t("actions.progress.heading")}
        </h2>
        {page.canProgress ? (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <UpdateForm key={`update-${page.history.length}`} today={page.today} state={stateFor("update")} />
            </div>
            <div className="govuk-grid-column-one-half">
              <StatusForm
                key={`status-${record.status}-${page.history.length}`}
                status={record.status}
                next={page.next}
                today={page.today}
                state={stateFor("status")}
              />
            </div>
          </div>
        ) : (
          <p className="govuk-body">{t("actions.progress.readOnly")}</p>
        )}
      </section>
      <HistoryList entries={page.history} />
      <EvidenceSection
        key={`evidence-${page.evidence.length}`}
        items={page.evidence}
        canChange={page.canProgress}
        state={stateFor("evidence")}
      />
      <PublishSection published={record.published} canPublish={page.canEdit} />
    </>
  );
}
