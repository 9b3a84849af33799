import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { COMMISSIONING_MANAGERS } from "~/commissioning/access";
import { commissioningAction, commissioningOverview, INTENTS, type Intent } from "~/commissioning/overview.server";
import { CommissionerCard, ServicesTable, useOrgName } from "~/commissioning/relationship-tables";
import { getCommission } from "~/commissioning/commissions.server";
import { commissionIdSchema } from "~/commissioning/schemas";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "commissioning.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, ...COMMISSIONING_MANAGERS);
  const done = new URL(request.url).searchParams.get("done");
  return { ...commissioningOverview(admin.organisation.id), done: [...INTENTS, "invited"].find((i) => i === done) ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, ...COMMISSIONING_MANAGERS);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const parsed = commissionIdSchema.safeParse({ commissionId: form.get("commissionId") });
  if (!INTENTS.includes(intent as Intent) || !parsed.success) return data({ error: "errors.staffUnknown" }, { status: 400 });
  if (intent === "end" && form.get("confirm") !== "yes") {
    // Ending cannot be undone: ask first (404 for a relationship that is not this organisation's).
    const c = getCommission(admin.organisation.id, parsed.data.commissionId);
    const other = c.commissioner.id === admin.organisation.id ? c.service : c.commissioner;
    return { confirmEnd: { commissionId: c.id, name: other.name, nameCy: other.nameCy, invited: c.state === "invited" } };
  }
  const result = commissioningAction(admin, intent as Intent, parsed.data.commissionId);
  if (!result.ok) return data({ error: result.error }, { status: result.status });
  throw redirect(`/commissioning?done=${result.done}`);
}

export default function Commissioning() {
  const { t } = useTranslation();
  const { services, commissioners, framework, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  return (
    <>
      {done ? <SuccessBanner id="commissioning-done" title={t(`commissioning.done.${done}`)} /> : null}
      <ErrorSummary errors={failed && "error" in failed ? { form: failed.error } : undefined} />
      {failed && "confirmEnd" in failed ? <ConfirmEnd {...failed.confirmEnd} /> : null}
      <h1 className="govuk-heading-l">{t("commissioning.title")}</h1>
      <p className="govuk-body">{t("commissioning.intro")}</p>

      <h2 className="govuk-heading-m">{t("commissioning.services.heading")}</h2>
      <p className="govuk-body">{t("commissioning.services.intro")}</p>
      <div className="govuk-button-group">
        <Link className="govuk-button" data-module="govuk-button" to="/commissioning/invite">
          {t("commissioning.invite.title")}
        </Link>
        <Link className="govuk-link" to="/commissioning/framework">
          {t("commissioning.framework.title")}
        </Link>
        <Link className="govuk-link" to="/commissioning/themes">
          {t("commissioning.themes.title")}
        </Link>
      </div>
      <p className="govuk-body" data-testid="framework-status">
        {framework.published
          ? t("commissioning.framework.publishedStatus", {
              version: framework.published.version,
              measures: framework.published.measures,
            })
          : t("commissioning.framework.noneStatus")}
        {framework.draft ? ` ${t("commissioning.framework.draftStatus", { version: framework.draft.version })}` : ""}
      </p>
      <ServicesTable services={services} />

      <h2 className="govuk-heading-m">{t("commissioning.commissioners.heading")}</h2>
      <p className="govuk-body">{t("commissioning.commissioners.intro")}</p>
      {commissioners.length === 0 ? <p className="govuk-body">{t("commissioning.commissioners.none")}</p> : null}
      {commissioners.map((c) => (
        <CommissionerCard key={c.id} c={c} />
      ))}
    </>
  );
}

/** The question before an ending that cannot be undone; without JavaScript too (the action answers with it). */
function ConfirmEnd({
  commissionId,
  name,
  nameCy,
  invited,
}: {
  commissionId: number;
  name: string;
  nameCy: string;
  invited: boolean;
}) {
  const { t } = useTranslation();
  const shown = useOrgName()({ name, nameCy });
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="confirm-end-heading" data-testid="confirm-end">
      <div className="govuk-notification-banner__content">
        <h2 className="govuk-notification-banner__heading" id="confirm-end-heading">
          {t(invited ? "commissioning.confirmEnd.headingInvited" : "commissioning.confirmEnd.heading", { name: shown })}
        </h2>
        <p className="govuk-body">{t(invited ? "commissioning.confirmEnd.bodyInvited" : "commissioning.confirmEnd.body")}</p>
        <Form method="post" className="govuk-button-group">
          <input type="hidden" name="commissionId" value={commissionId} />
          <input type="hidden" name="confirm" value="yes" />
          <button
            type="submit"
            name="intent"
            value="end"
            className="govuk-button govuk-button--warning"
            data-module="govuk-button"
          >
            {t(invited ? "commissioning.withdraw" : "commissioning.end")}
          </button>
          <Link className="govuk-link" to="/commissioning">
            {t("commissioning.confirmEnd.cancel")}
          </Link>
        </Form>
      </div>
    </div>
  );
}
