import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "~/accounts/roles";
import { editUserSchema } from "~/accounts/schemas";
import { requireRole } from "~/accounts/session.server";
import { SetupLinkPanel, setupUrl } from "~/accounts/setup-link";
import { createSetupLink, getUser, setUserActive, updateUser } from "~/accounts/users.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Checkboxes, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { badRequest, notFound } from "~/http/responses";
import { UserStatus } from "./admin.users._index";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "users.editTitle");

const arrays = ["roles"] as const;

function userIdFrom(params: LoaderFunctionArgs["params"]): number {
  const id = Number(params.userId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { user: getUser(admin.organisation.id, userIdFrom(params)), isSelf: admin.id === userIdFrom(params) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const userId = userIdFrom(params);
  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "save": {
      const parsed = parseForm(editUserSchema, formData, arrays);
      if (!parsed.ok) return data({ ...parsed, notice: null }, { status: 400 });
      const saved = updateUser(admin, userId, parsed.data);
      if (!saved.ok)
        return data({ ...formFailure(formData, { [saved.field]: saved.error }, arrays), notice: null }, { status: 400 });
      return { ok: true as const, notice: "users.saved", link: null };
    }
    case "setup-link": {
      const link = createSetupLink(admin, userId);
      return { ok: true as const, notice: null, link: { url: setupUrl(request, link.token), expiresAt: link.expiresAt } };
    }
    case "deactivate":
    case "reactivate": {
      const changed = setUserActive(admin, userId, formData.get("intent") === "reactivate");
      if (!changed.ok) return data({ ...formFailure(formData, { form: changed.error }), notice: null }, { status: 400 });
      return { ok: true as const, notice: "users.saved", link: null };
    }
    default:
      badRequest();
  }
}

export default function EditUser() {
  const { t } = useTranslation();
  const { user, isSelf } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const done = result?.ok ? result : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        {done?.notice ? <SuccessBanner id="saved-title" title={t(done.notice)} /> : null}
        {done?.link ? (
          <SetupLinkPanel
            heading={t("users.newLinkHeading")}
            url={done.link.url}
            name={user.name}
            expiresAt={done.link.expiresAt}
          />
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-back-link" to="/admin/users">
            {t("users.backToUsers")}
          </Link>
        </p>
        <h1 className="govuk-heading-l">{t("users.changeUser", { name: user.name })}</h1>
        <p className="govuk-body">
          {user.email} <UserStatus deactivatedAt={user.deactivatedAt} hasPassword={user.hasPassword} />
        </p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="save" />
          <TextInput
            name="name"
            label={t("fields.name")}
            errors={failed?.errors}
            values={failed?.values}
            defaultValue={user.name}
            autoComplete="off"
            spellCheck={false}
          />
          <Checkboxes
            name="roles"
            label={t("fields.roles")}
            hint={t("fields.rolesHint")}
            errors={failed?.errors}
            values={failed?.values}
            defaultChecked={user.roles}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`), hint: t(`roleDescriptions.${role}`) }))}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
        {user.deactivatedAt ? null : (
          <>
            <h2 className="govuk-heading-m">{t("users.newLinkHeading")}</h2>
            <p className="govuk-body">{t("users.newLinkIntro")}</p>
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value="setup-link"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
              >
                {t("users.newLinkSubmit")}
              </button>
            </Form>
          </>
        )}
        {isSelf ? null : user.deactivatedAt ? (
          <>
            <h2 className="govuk-heading-m">{t("users.reactivateHeading")}</h2>
            <p className="govuk-body">{t("users.reactivateIntro")}</p>
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value="reactivate"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
              >
                {t("users.reactivateSubmit")}
              </button>
            </Form>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">{t("users.deactivateHeading")}</h2>
            <p className="govuk-body">{t("users.deactivateIntro")}</p>
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value="deactivate"
                className="govuk-button govuk-button--warning"
                data-module="govuk-button"
              >
                {t("users.deactivateSubmit")}
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
