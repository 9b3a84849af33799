import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { SetupLinkPanel, setupUrl } from "~/accounts/setup-link";
import { COMMISSIONING_MANAGERS } from "~/commissioning/access";
import { inviteNewService, inviteServiceBySlug } from "~/commissioning/commissions.server";
import { inviteExistingSchema, inviteNewSchema } from "~/commissioning/schemas";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "commissioning.invite.title");

export function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, ...COMMISSIONING_MANAGERS);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, ...COMMISSIONING_MANAGERS);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "existing") {
    const parsed = parseForm(inviteExistingSchema, form);
    if (!parsed.ok) return data({ ...parsed, intent }, { status: 400 });
    const invited = inviteServiceBySlug(admin, parsed.data.slug);
    if (!invited.ok) return data({ ...formFailure(form, { [invited.field]: invited.error }), intent }, { status: 400 });
    throw redirect("/commissioning?done=invited");
  }
  if (intent === "new") {
    const parsed = parseForm(inviteNewSchema, form);
    if (!parsed.ok) return data({ ...parsed, intent }, { status: 400 });
    const { serviceSlug, ...rest } = parsed.data;
    const created = inviteNewService(admin, { ...rest, slug: serviceSlug });
    const field = created.ok ? "" : created.field === "slug" ? "serviceSlug" : created.field;
    if (!created.ok) return data({ ...formFailure(form, { [field]: created.error }), intent }, { status: 400 });
    return {
      ok: true as const,
      name: parsed.data.adminName,
      service: parsed.data.name,
      url: setupUrl(request, created.token),
      expiresAt: created.expiresAt,
    };
  }
  return data({ ok: false as const, errors: { form: "errors.staffUnknown" }, values: {}, intent: null }, { status: 400 });
}

export default function InviteService() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  if (result?.ok) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("commissioning.invite.createdTitle", { name: result.service })}</h1>
          <SetupLinkPanel
            heading={t("commissioning.invite.setupLinkHeading")}
            url={result.url}
            name={result.name}
            expiresAt={result.expiresAt}
          />
          <p className="govuk-body">{t("commissioning.invite.createdNext", { name: result.name })}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/commissioning">
              {t("commissioning.back")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const existing = result && !result.ok && result.intent === "existing" ? result : undefined;
  const created = result && !result.ok && result.intent === "new" ? result : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result && !result.ok ? result.errors : undefined} />
        <h1 className="govuk-heading-l">{t("commissioning.invite.title")}</h1>
        <p className="govuk-body">{t("commissioning.invite.intro")}</p>
        <h2 className="govuk-heading-m">{t("commissioning.invite.existingHeading")}</h2>
        <Form method="post" noValidate>
          <TextInput
            name="slug"
            label={t("commissioning.invite.slug")}
            hint={t("commissioning.invite.slugHint")}
            errors={existing?.errors}
            values={existing?.values}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" name="intent" value="existing" className="govuk-button" data-module="govuk-button">
            {t("commissioning.invite.sendExisting")}
          </button>
        </Form>
        <h2 className="govuk-heading-m">{t("commissioning.invite.newHeading")}</h2>
        <p className="govuk-body">{t("commissioning.invite.newIntro")}</p>
        <Form method="post" noValidate>
          <TextInput
            name="name"
            label={t("commissioning.invite.serviceName")}
            errors={created?.errors}
            values={created?.values}
            autoComplete="off"
          />
          <TextInput
            name="nameCy"
            label={t("commissioning.invite.serviceNameCy")}
            errors={created?.errors}
            values={created?.values}
            autoComplete="off"
          />
          <TextInput
            name="serviceSlug"
            label={t("commissioning.invite.newSlug")}
            hint={t("commissioning.invite.newSlugHint")}
            errors={created?.errors}
            values={created?.values}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            name="adminName"
            label={t("commissioning.invite.adminName")}
            errors={created?.errors}
            values={created?.values}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            name="adminEmail"
            type="email"
            label={t("commissioning.invite.adminEmail")}
            hint={t("commissioning.invite.adminEmailHint")}
            errors={created?.errors}
            values={created?.values}
            autoComplete="off"
            spellCheck={false}
          />
          <div className="govuk-button-group">
            <button type="submit" name="intent" value="new" className="govuk-button" data-module="govuk-button">
              {t("commissioning.invite.sendNew")}
            </button>
            <Link className="govuk-link" to="/commissioning">
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
