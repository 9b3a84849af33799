import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "~/accounts/roles";
import { addUserSchema } from "~/accounts/schemas";
import { requireRole } from "~/accounts/session.server";
import { SetupLinkPanel, setupUrl } from "~/accounts/setup-link";
import { createUser } from "~/accounts/users.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Checkboxes, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "users.addTitle");

const arrays = ["roles"] as const;

export function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const formData = await request.formData();
  const parsed = parseForm(addUserSchema, formData, arrays);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const created = createUser(admin, parsed.data);
  if (!created.ok) return data(formFailure(formData, { [created.field]: created.error }, arrays), { status: 400 });
  return {
    ok: true as const,
    name: parsed.data.name,
    url: setupUrl(request, created.token),
    expiresAt: created.expiresAt,
  };
}

export default function AddUser() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  if (result?.ok) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("users.added", { name: result.name })}</h1>
          <SetupLinkPanel heading={t("users.setupLinkLabel")} url={result.url} name={result.name} expiresAt={result.expiresAt} />
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/users">
              {t("users.backToUsers")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const failed = result && !result.ok ? result : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <h1 className="govuk-heading-l">{t("users.addTitle")}</h1>
        <p className="govuk-body">{t("users.addIntro")}</p>
        <Form method="post" noValidate>
          <TextInput
            name="name"
            label={t("fields.name")}
            errors={failed?.errors}
            values={failed?.values}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            name="email"
            type="email"
            label={t("fields.email")}
            hint={t("fields.emailHint")}
            errors={failed?.errors}
            values={failed?.values}
            autoComplete="off"
            spellCheck={false}
          />
          <Checkboxes
            name="roles"
            label={t("fields.roles")}
            hint={t("fields.rolesHint")}
            errors={failed?.errors}
            values={failed?.values}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`), hint: t(`roleDescriptions.${role}`) }))}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("users.addSubmit")}
            </button>
            <Link className="govuk-link" to="/admin/users">
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
