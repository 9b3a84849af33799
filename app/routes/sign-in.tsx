import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasAnyUser } from "~/accounts/organisations.server";
import { signInSchema } from "~/accounts/schemas";
import { getSessionUser, safeRedirectTarget, startSession } from "~/accounts/session.server";
import { attemptSignIn } from "~/accounts/sign-in.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "signIn.title");

export function loader({ request }: LoaderFunctionArgs) {
  if (!hasAnyUser()) throw redirect("/setup");
  if (getSessionUser(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const result = await attemptSignIn(parsed.data.email, parsed.data.password, context.clientKey);
  if (!result.ok) {
    const error = result.reason === "blocked" ? "errors.signInBlocked" : "errors.signInFailed";
    return data(formFailure(formData, { email: error }), { status: result.reason === "blocked" ? 429 : 400 });
  }
  const target = safeRedirectTarget(new URL(request.url).searchParams.get("redirectTo"));
  throw redirect(target, { headers: { "Set-Cookie": startSession(request, result.userId) } });
}

export default function SignIn() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <h1 className="govuk-heading-l">{t("signIn.title")}</h1>
        <p className="govuk-body">{t("signIn.intro")}</p>
        <Form method="post" noValidate>
          <TextInput
            name="email"
            type="email"
            label={t("fields.email")}
            errors={failed?.errors}
            values={failed?.values}
            autoComplete="username"
            spellCheck={false}
          />
          <TextInput
            name="password"
            type="password"
            label={t("fields.password")}
            errors={failed?.errors}
            autoComplete="current-password"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            {t("signIn.submit")}
          </button>
        </Form>
        <p className="govuk-body">{t("signIn.noAccount")}</p>
      </div>
    </div>
  );
}
