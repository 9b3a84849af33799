import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { setPasswordSchema } from "~/accounts/schemas";
import { startSession } from "~/accounts/session.server";
import { findSetupToken, setPasswordWithToken } from "~/accounts/users.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "welcome.title");

export function loader({ params }: LoaderFunctionArgs) {
  const found = findSetupToken(params.token ?? "");
  if (!found) return data({ valid: false as const }, { status: 410 });
  return {
    valid: true as const,
    name: found.name,
    organisationName: found.organisationName,
    organisationNameCy: found.organisationNameCy,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const found = findSetupToken(token);
  if (!found) return data({ ok: false as const, errors: { form: "welcome.expiredTitle" }, values: {} }, { status: 410 });
  const formData = await request.formData();
  const parsed = parseForm(setPasswordSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  if (parsed.data.password.toLowerCase() === found.email) {
    return data(formFailure(formData, { password: "errors.passwordIsEmail" }), { status: 400 });
  }
  const userId = await setPasswordWithToken(token, parsed.data.password);
  if (!userId) return data({ ok: false as const, errors: { form: "welcome.expiredTitle" }, values: {} }, { status: 410 });
  throw redirect("/", { headers: { "Set-Cookie": startSession(request, userId) } });
}

export default function Welcome() {
  const { t, i18n } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  if (!loaded.valid) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("welcome.expiredTitle")}</h1>
          <p className="govuk-body">{t("welcome.expiredBody")}</p>
        </div>
      </div>
    );
  }
  const organisation = i18n.language === "cy" ? loaded.organisationNameCy : loaded.organisationName;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <h1 className="govuk-heading-l">{t("welcome.title")}</h1>
        <p className="govuk-body">{t("welcome.intro", { name: loaded.name, organisation })}</p>
        <Form method="post" noValidate>
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
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("welcome.submit")}
          </button>
        </Form>
      </div>
    </div>
  );
}
