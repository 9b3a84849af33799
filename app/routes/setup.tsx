import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { createFirstOrganisation, getOrganisationBySlug, hasAnyUser } from "~/accounts/organisations.server";
import { setupSchema } from "~/accounts/schemas";
import { startSession } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { notFound } from "~/http/responses";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "setup.title");

/** First-run setup exists only until the first account does. */
export function loader() {
  if (hasAnyUser()) notFound();
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  if (hasAnyUser()) notFound();
  const formData = await request.formData();
  const parsed = parseForm(setupSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  if (getOrganisationBySlug(parsed.data.slug)) return data(formFailure(formData, { slug: "errors.slugTaken" }), { status: 400 });
  const created = await createFirstOrganisation(parsed.data);
  if (!created.ok) notFound();
  throw redirect("/", { headers: { "Set-Cookie": startSession(request, created.userId) } });
}

export default function Setup() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <h1 className="govuk-heading-l">{t("setup.title")}</h1>
        <p className="govuk-body">{t("setup.intro")}</p>
        <Form method="post" noValidate>
          <h2 className="govuk-heading-m">{t("setup.organisationHeading")}</h2>
          <TextInput
            name="organisationName"
            label={t("fields.organisationName")}
            hint={t("fields.organisationNameHint")}
            errors={failed?.errors}
            values={failed?.values}
            autoComplete="organization"
          />
          <TextInput
            name="organisationNameCy"
            label={t("fields.organisationNameCy")}
            hint={t("fields.organisationNameCyHint")}
            errors={failed?.errors}
            values={failed?.values}
          />
          <TextInput
            name="slug"
            label={t("fields.slug")}
            hint={t("fields.slugHint", { example: "dyfed-powys" })}
            errors={failed?.errors}
            values={failed?.values}
            widthClass="govuk-input--width-20"
            spellCheck={false}
          />
          <h2 className="govuk-heading-m">{t("setup.adminHeading")}</h2>
          <TextInput
            name="name"
            label={t("fields.name")}
            errors={failed?.errors}
            values={failed?.values}
            autoComplete="name"
            spellCheck={false}
          />
          <TextInput
            name="email"
            type="email"
            label={t("fields.email")}
            errors={failed?.errors}
            values={failed?.values}
            autoComplete="email"
            spellCheck={false}
          />
          <TextInput
            name="password"
            type="password"
            label={t("fields.password")}
            hint={t("fields.passwordHint")}
            errors={failed?.errors}
            autoComplete="new-password"
          />
          <TextInput
            name="confirmPassword"
            type="password"
            label={t("fields.confirmPassword")}
            errors={failed?.errors}
            autoComplete="new-password"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            {t("setup.submit")}
          </button>
        </Form>
      </div>
    </div>
  );
}
