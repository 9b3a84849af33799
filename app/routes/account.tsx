import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { verifyPassword } from "~/accounts/password.server";
import { changePasswordSchema } from "~/accounts/schemas";
import { endOtherSessions, requireUser } from "~/accounts/session.server";
import { changePassword, passwordHashOf } from "~/accounts/users.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "account.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return { name: user.name, email: user.email, roles: user.roles };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const formData = await request.formData();
  const parsed = parseForm(changePasswordSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  if (!(await verifyPassword(passwordHashOf(user.id), parsed.data.currentPassword))) {
    return data(formFailure(formData, { currentPassword: "errors.currentPasswordWrong" }), { status: 400 });
  }
  if (parsed.data.password.toLowerCase() === user.email) {
    return data(formFailure(formData, { password: "errors.passwordIsEmail" }), { status: 400 });
  }
  await changePassword(user, parsed.data.password);
  endOtherSessions(user.id, user.sessionHash);
  return { ok: true as const };
}

export default function Account() {
  const { t } = useTranslation();
  const { name, email, roles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        {result?.ok ? <SuccessBanner id="changed-title" title={t("account.changed")} /> : null}
        <h1 className="govuk-heading-l">{t("account.title")}</h1>
        <h2 className="govuk-heading-m">{t("account.details")}</h2>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("fields.name")}</dt>
            <dd className="govuk-summary-list__value">{name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("fields.email")}</dt>
            <dd className="govuk-summary-list__value">{email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("fields.roles")}</dt>
            <dd className="govuk-summary-list__value">{roles.map((role) => t(`roles.${role}`)).join(", ")}</dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">{t("account.passwordHeading")}</h2>
        <Form method="post" noValidate>
          <TextInput
            name="currentPassword"
            type="password"
            label={t("fields.currentPassword")}
            errors={failed?.errors}
            autoComplete="current-password"
          />
          <TextInput
            name="password"
            type="password"
            label={t("fields.newPassword")}
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
            {t("account.submit")}
          </button>
        </Form>
      </div>
    </div>
  );
}
