import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { AuditTable } from "~/audit/audit-table";
import { listActiveStaff } from "~/accounts/users.server";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { Checkboxes, DateField, Radios, Select, Textarea, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { canEditEngagements, ENGAGEMENT_EDITORS, ENGAGEMENT_READERS, engagementIdFrom, stageKeyFrom } from "~/engagements/access";
import {
  addChecklistItem,
  getEngagement,
  getStagePlan,
  markStageReviewed,
  removeChecklistItem,
  stageHistory,
  updateStage,
} from "~/engagements/engagements.server";
import { checklistItemSchema, stageSchema } from "~/engagements/schemas";
import { StageStatusTag } from "~/engagements/stage-status-tag";
import { STAGE_KEYS, STAGE_STATUSES } from "~/engagements/stages";
import { badRequest, notFound } from "~/http/responses";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "stage.pageTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_READERS);
  const id = engagementIdFrom(params);
  const key = stageKeyFrom(params);
  const engagement = getEngagement(user.organisation.id, id);
  const stage = getStagePlan(user.organisation.id, id).find((s) => s.key === key);
  if (!stage) notFound();
  return {
    engagement: { id: engagement.id, title: engagement.title },
    stage,
    history: stageHistory(user.organisation.id, stage.stageId),
    staff: listActiveStaff(user.organisation.id),
    canEdit: canEditEngagements(user.roles),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_EDITORS);
  const id = engagementIdFrom(params);
  const key = stageKeyFrom(params);
  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "save": {
      const parsed = parseForm(stageSchema, formData, ["ticked"]);
      if (!parsed.ok) return data({ ...parsed, notice: null }, { status: 400 });
      const saved = updateStage(user, id, key, parsed.data);
      if (!saved.ok)
        return data(
          { ...formFailure(formData, { [saved.field]: "errors.staffUnknown" }, ["ticked"]), notice: null },
          { status: 400 },
        );
      return { ok: true as const, notice: "stage.saved" };
    }
    case "reviewed":
      markStageReviewed(user, id, key);
      return { ok: true as const, notice: "stage.reviewedNotice" };
    case "add-item": {
      const parsed = parseForm(checklistItemSchema, formData);
      if (!parsed.ok) return data({ ...parsed, notice: null }, { status: 400 });
      addChecklistItem(user, id, key, parsed.data.text);
      return { ok: true as const, notice: "stage.itemAdded" };
    }
    case "remove-item": {
      const itemId = Number(formData.get("itemId"));
      if (!Number.isSafeInteger(itemId)) badRequest();
      removeChecklistItem(user, id, key, itemId);
      return { ok: true as const, notice: "stage.itemRemoved" };
    }
    default:
      badRequest();
  }
}

export default function StagePage() {
  const { t, i18n } = useTranslation();
  const { engagement, stage, history, staff, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const cy = i18n.language === "cy";
  const index = STAGE_KEYS.indexOf(stage.key);
  const previous = STAGE_KEYS[(index + STAGE_KEYS.length - 1) % STAGE_KEYS.length];
  const next = STAGE_KEYS[(index + 1) % STAGE_KEYS.length];
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : t("stage.noDate"));
  const saveErrors = failed && failed.errors.text === undefined ? failed : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/engagements/${engagement.id}`}>
          {t("stage.backToWheel")}
        </Link>
        <ErrorSummary errors={failed?.errors} />
        {result?.ok ? <SuccessBanner id="stage-notice" title={t(result.notice)} /> : null}
        <span className="govuk-caption-l">{engagement.title}</span>
        <h1 className="govuk-heading-l">
          {t("stage.numbered", { number: stage.number })} {cy ? stage.titleCy : stage.title}
        </h1>
        <p className="govuk-body-l">{cy ? stage.descriptionCy : stage.description}</p>
        <p className="govuk-body">
          <StageStatusTag status={stage.display} />{" "}
          {t("stage.reviewSummary", { last: date(stage.lastReviewedOn), next: date(stage.nextReviewOn) })}
        </p>

        {canEdit ? (
          <>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="save" />
              <Radios
                name="status"
                label={t("stage.status")}
                errors={saveErrors?.errors}
                values={saveErrors?.values}
                defaultValue={stage.status}
                options={STAGE_STATUSES.map((status) => ({ value: status, label: t(`stageStatus.${status}`) }))}
              />
              <Checkboxes
                name="ticked"
                label={t("stage.checklist")}
                hint={t("stage.checklistHint")}
                errors={saveErrors?.errors}
                values={saveErrors?.values}
                defaultChecked={stage.checklist.filter((item) => item.done).map((item) => item.id)}
                idFor={(value) => `item-${value.replace("custom:", "custom-")}`}
                options={stage.checklist.map((item) => ({
                  value: item.id,
                  label: cy ? item.textCy : item.text,
                  hint: item.gatesPublishing ? t("stage.gatesPublishing") : undefined,
                }))}
              />
              <Select
                name="ownerUserId"
                label={t("stage.owner")}
                errors={saveErrors?.errors}
                values={saveErrors?.values}
                defaultValue={stage.ownerUserId ? String(stage.ownerUserId) : ""}
                options={[
                  { value: "", label: t("stage.noOwner") },
                  ...staff.map((p) => ({ value: String(p.id), label: p.name })),
                ]}
              />
              <Textarea
                name="notes"
                label={t("stage.notes")}
                hint={t("stage.notesHint")}
                errors={saveErrors?.errors}
                values={saveErrors?.values}
                defaultValue={stage.notes}
              />
              <DateField
                name="lastReviewedOn"
                label={t("stage.lastReviewed")}
                errors={saveErrors?.errors}
                values={saveErrors?.values}
                defaultValue={stage.lastReviewedOn}
              />
              <DateField
                name="nextReviewOn"
                label={t("stage.nextReview")}
                hint={t("stage.nextReviewHint")}
                errors={saveErrors?.errors}
                values={saveErrors?.values}
                defaultValue={stage.nextReviewOn}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {t("stage.save")}
              </button>
            </Form>

            <h2 className="govuk-heading-m">{t("stage.reviewHeading")}</h2>
            <p className="govuk-body">{t("stage.reviewIntro")}</p>
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value="reviewed"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
              >
                {t("stage.markReviewed")}
              </button>
            </Form>

            <h2 className="govuk-heading-m">{t("stage.addItemHeading")}</h2>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="add-item" />
              <TextInput name="text" label={t("stage.newItem")} errors={failed?.errors} values={failed?.values} />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                {t("stage.addItem")}
              </button>
            </Form>
            {stage.checklist.some((item) => item.custom) ? (
              <>
                <h3 className="govuk-heading-s">{t("stage.customItems")}</h3>
                <ul className="govuk-list">
                  {stage.checklist
                    .filter((item) => item.custom)
                    .map((item) => (
                      <li key={item.id}>
                        <Form method="post" className="vv-inline-form">
                          <input type="hidden" name="intent" value="remove-item" />
                          <input type="hidden" name="itemId" value={item.id.slice("custom:".length)} />
                          {item.text}{" "}
                          <button type="submit" className="vv-link-button">
                            {t("stage.removeItem")}
                            <span className="govuk-visually-hidden"> {item.text}</span>
                          </button>
                        </Form>
                      </li>
                    ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">{t("stage.checklist")}</h2>
            <ul className="govuk-list govuk-list--bullet">
              {stage.checklist.map((item) => (
                <li key={item.id}>
                  {item.done ? "✓ " : ""}
                  {cy ? item.textCy : item.text}
                  {item.done ? <span className="govuk-visually-hidden"> ({t("stageStatus.done")})</span> : null}
                </li>
              ))}
            </ul>
            {stage.notes ? <p className="govuk-body vv-pre-line">{stage.notes}</p> : null}
          </>
        )}

        <nav className="govuk-pagination govuk-pagination--block" aria-label={t("stage.wheelNav")}>
          <div className="govuk-pagination__prev">
            <Link
              className="govuk-link govuk-pagination__link"
              to={`/engagements/${engagement.id}/stages/${previous}`}
              rel="prev"
            >
              <span className="govuk-pagination__link-title">{t("stage.previous")}</span>
            </Link>
          </div>
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" to={`/engagements/${engagement.id}/stages/${next}`} rel="next">
              <span className="govuk-pagination__link-title">{t("stage.next")}</span>
            </Link>
          </div>
        </nav>

        <h2 className="govuk-heading-m">{t("stage.history")}</h2>
        {history.length === 0 ? (
          <p className="govuk-body">{t("stage.noHistory")}</p>
        ) : (
          <AuditTable events={history} caption={t("stage.history")} />
        )}
      </div>
    </div>
  );
}
