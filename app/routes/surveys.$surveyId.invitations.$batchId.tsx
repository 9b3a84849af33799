import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { publicOrigin } from "~/distribution/origin.server";
import { badRequest, notFound } from "~/http/responses";
import { BatchProgressTable } from "~/invitations/batch-progress";
import { BatchReportView } from "~/invitations/batch-report";
import {
  approveBatch,
  closeBatch,
  confirmBatch,
  getBatch,
  invitationSettingsFor,
  sendReminder,
} from "~/invitations/batches.server";
import { batchProgress } from "~/invitations/figures.server";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitations.title");

function batchIdFrom(value: string | undefined) {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

/** Notices a redirect may ask for, with the statuses they are still true in ("nothing has been sent yet" only for a draft). */
const NOTICES: Record<string, Set<string>> = { created: new Set(["draft"]) };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const scope = { organisationId: user.organisation.id, surveyId: surveyIdFrom(params) };
  const batch = getBatch(scope, batchIdFrom(params.batchId));
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    batch: { ...batch, createdBy: undefined, confirmedBy: undefined, approvedBy: undefined },
    progress: batch.queuedAt ? batchProgress(scope.organisationId, batch) : null,
    threshold: invitationSettingsFor(scope.organisationId).approvalThreshold,
    mayApprove: batch.createdBy !== user.id && batch.confirmedBy !== user.id,
    notice: notice && NOTICES[notice]?.has(batch.status) ? `invitations.notices.${notice}` : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const surveyId = surveyIdFrom(params);
  const batchId = batchIdFrom(params.batchId);
  const intent = (await request.formData()).get("intent");
  const now = new Date();
  const origin = publicOrigin(request);
  const result = (() => {
    switch (intent) {
      case "confirm":
        return confirmBatch(user, surveyId, batchId, origin, now);
      case "approve":
        return approveBatch(user, surveyId, batchId, origin, now);
      case "remind":
        return sendReminder(user, surveyId, batchId, origin, now);
      case "close":
        return closeBatch(user, { organisationId: user.organisation.id, surveyId }, batchId, now);
      default:
        badRequest();
    }
  })();
  if (!result.ok) return data({ ok: false as const, errors: { form: result.error } }, { status: 400 });
  return {
    ok: true as const,
    notice: intent === "remind" ? "invitations.notices.reminded" : `invitations.notices.${result.status}`,
  };
}

function Button({ intent, label, warning }: { intent: string; label: string; warning?: boolean }) {
  return (
    <Form method="post">
      <button
        type="submit"
        name="intent"
        value={intent}
        className={`govuk-button${warning ? " govuk-button--warning" : ""}`}
        data-module="govuk-button"
      >
        {label}
      </button>
    </Form>
  );
}

export default function BatchPage() {
  const { t, i18n } = useTranslation();
  const { batch, progress, threshold, mayApprove, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const shownNotice = result?.ok ? result.notice : notice;
  const open = batch.status === "draft" || batch.status === "awaiting_approval";
  return (
    <>
      <span className="govuk-caption-l">
        {batch.survey.title} · {batch.channelLabel}
      </span>
      <h1 className="govuk-heading-l">{t("invitations.batchLabel", { id: batch.id })}</h1>
      <ErrorSummary errors={result && !result.ok ? result.errors : undefined} />
      {shownNotice ? <SuccessBanner id="batch-notice" title={t(shownNotice)} /> : null}
      <p className="govuk-body">
        <strong className="govuk-tag" data-testid="batch-status">
          {t(`invitations.status.${batch.status}`)}
        </strong>
      </p>
      {progress ? <BatchProgressTable sending={progress.sending} answered={progress.answered} /> : null}
      <h2 className="govuk-heading-m">{t(open ? "invitations.report.title" : "invitations.report.titleChecked")}</h2>
      <BatchReportView report={batch.report} sent={Boolean(batch.queuedAt)} />

      {batch.status === "draft" ? (
        <>
          <h2 className="govuk-heading-m">{t("invitations.confirmHeading")}</h2>
          <p className="govuk-body">{t("invitations.confirmText", { count: batch.invited })}</p>
          {batch.invited > threshold ? <p className="govuk-body">{t("invitations.confirmApprovalText", { threshold })}</p> : null}
          <Button
            intent="confirm"
            label={t(batch.invited > threshold ? "invitations.confirmForApproval" : "invitations.confirm")}
          />
        </>
      ) : null}
      {batch.status === "awaiting_approval" ? (
        <>
          <h2 className="govuk-heading-m">{t("invitations.approveHeading")}</h2>
          {mayApprove ? (
            <>
              <p className="govuk-body">{t("invitations.approveText")}</p>
              <Button intent="approve" label={t("invitations.approve")} />
            </>
          ) : (
            <p className="govuk-body">{t("invitations.approveNotYou")}</p>
          )}
        </>
      ) : null}
      {open ? (
        <>
          <p className="govuk-body govuk-hint">{t("invitations.withdrawHint")}</p>
          <Button intent="close" label={t("invitations.withdraw")} warning />
        </>
      ) : null}
      {batch.status === "sending" ? (
        <>
          {batch.closesAt ? (
            <p className="govuk-body">{t("invitations.closesOn", { date: formatDate(batch.closesAt, i18n.language) })}</p>
          ) : null}
          <h2 className="govuk-heading-m">{t("invitations.reminderHeading")}</h2>
          {batch.reminderQueuedAt ? (
            <p className="govuk-body" data-testid="reminder-sent">
              {t("invitations.reminderSent", { count: batch.reminded })}
            </p>
          ) : (
            <>
              <p className="govuk-body">{t("invitations.reminderText")}</p>
              <Button intent="remind" label={t("invitations.remind")} />
            </>
          )}
          <h2 className="govuk-heading-m">{t("invitations.closeHeading")}</h2>
          <p className="govuk-body">{t("invitations.closeText")}</p>
          <Button intent="close" label={t("invitations.close")} warning />
        </>
      ) : null}
      {batch.status === "closed" || batch.status === "cancelled" ? (
        <p className="govuk-body">{t("invitations.closedText")}</p>
      ) : null}
    </>
  );
}
