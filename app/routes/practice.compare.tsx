import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { Radios } from "~/components/form/fields";
import { parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { getStageDefinitions } from "~/engagements/stage-definitions.server";
import { SuccessBanner } from "~/components/success-banner";
import { canDecideSharing, PRACTICE_READERS, SHARING_DECIDERS } from "~/practice/access";
import { ComparisonTable } from "~/practice/comparison-table";
import { ownLatestProfile } from "~/practice/practice.server";
import { sharingSchema } from "~/practice/schemas";
import { comparisonFor, setSharing, sharingOf } from "~/practice/sharing.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.compare.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_READERS);
  const { sharing, comparison } = comparisonFor(user.organisation.id);
  return {
    sharing,
    sharedSince: sharingOf(user.organisation.id)?.sharedSince ?? null,
    comparison,
    own: sharing && comparison ? ownLatestProfile(user.organisation.id) : null,
    stages: getStageDefinitions(user.organisation.id).map(({ key, number, title, titleCy }) => ({ key, number, title, titleCy })),
    decides: canDecideSharing(user.roles),
    saved: new URL(request.url).searchParams.get("done") === "saved",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...SHARING_DECIDERS);
  const parsed = parseForm(sharingSchema, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  setSharing(user, parsed.data.share === "yes");
  throw redirect("/practice/compare?done=saved");
}

export default function Compare() {
  const { t, i18n } = useTranslation();
  const { sharing, sharedSince, comparison, own, stages, decides, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/practice">
          {t("practice.title")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        {saved && !result ? <SuccessBanner id="sharing-saved" title={t("practice.compare.saved")} /> : null}
        <h1 className="govuk-heading-l">{t("practice.compare.title")}</h1>
        <p className="govuk-body">{t("practice.compare.intro")}</p>
      </div>
      <div className="govuk-grid-column-full" data-testid="comparison">
        {!sharing ? (
          <p className="govuk-inset-text">{t("practice.compare.notSharing")}</p>
        ) : comparison === null ? (
          <p className="govuk-inset-text">{t("practice.compare.tooFew")}</p>
        ) : (
          <ComparisonTable comparison={comparison} own={own} stages={stages} />
        )}
      </div>
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-m">{t("practice.compare.sharingHeading")}</h2>
        <p className="govuk-body">
          {sharing && sharedSince
            ? t("practice.compare.sharingOn", { date: formatDate(sharedSince, i18n.language) })
            : t("practice.compare.sharingOff")}
        </p>
        {decides ? (
          <Form method="post" noValidate>
            <Radios
              name="share"
              label={t("practice.compare.shareChoice")}
              options={[
                { value: "yes", label: t("practice.compare.shareYes") },
                { value: "no", label: t("practice.compare.shareNo") },
              ]}
              defaultValue={sharing ? "yes" : "no"}
              errors={result?.errors}
              values={result?.values}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("practice.compare.save")}
            </button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}
