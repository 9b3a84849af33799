import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { COMMISSIONING_MANAGERS } from "~/commissioning/access";
import { commissioningAction, commissioningOverview, INTENTS, type Intent } from "~/commissioning/overview.server";
import { CommissionerCard, ServicesTable } from "~/commissioning/relationship-tables";
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
      <ErrorSummary errors={failed?.error ? { form: failed.error } : undefined} />
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
