import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { COMMISSIONING_MANAGERS } from "~/commissioning/access";
import { FRAMEWORK_INTENTS, frameworkAction, frameworkEditor } from "~/commissioning/framework-actions.server";
import { BankPicker, MeasureList, NamesForm, OwnMeasureForm } from "~/commissioning/framework-view";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "commissioning.framework.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, ...COMMISSIONING_MANAGERS);
  const done = new URL(request.url).searchParams.get("done");
  return { ...frameworkEditor(admin.organisation.id), done: FRAMEWORK_INTENTS.find((i) => i === done) ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, ...COMMISSIONING_MANAGERS);
  const result = frameworkAction(admin, await request.formData());
  if (!result.ok) return data(result, { status: 400 });
  throw redirect(`/commissioning/framework?done=${result.done}`);
}

export default function FrameworkEditor() {
  const { t, i18n } = useTranslation();
  const { draft, published, versions, bank, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const failedOf = (...intents: string[]) => (failed && intents.includes(failed.intent ?? "") ? failed : undefined);
  const cy = i18n.language === "cy";
  return (
    <>
      {done ? <SuccessBanner id="framework-done" title={t(`commissioning.framework.done.${done}`)} /> : null}
      <ErrorSummary errors={failed?.errors} />
      <h1 className="govuk-heading-l">{t("commissioning.framework.title")}</h1>
      <p className="govuk-body">{t("commissioning.framework.intro")}</p>

      <h2 className="govuk-heading-m">{t("commissioning.framework.publishedHeading")}</h2>
      {published ? (
        <>
          <p className="govuk-body" data-testid="published-version">
            {t("commissioning.framework.publishedLine", {
              name: cy ? published.nameCy : published.name,
              version: published.version,
              date: formatDate(published.publishedAt ?? "", i18n.language),
            })}
          </p>
          <MeasureList measures={published.measures} editable={false} />
        </>
      ) : (
        <p className="govuk-body">{t("commissioning.framework.nonePublished")}</p>
      )}

      <h2 className="govuk-heading-m">{t("commissioning.framework.draftHeading")}</h2>
      {draft ? (
        <>
          <p className="govuk-body">{t("commissioning.framework.draftLine", { version: draft.version })}</p>
          <NamesForm intent="rename" failed={failedOf("rename")} name={draft.name} nameCy={draft.nameCy} />
          <h3 className="govuk-heading-s">{t("commissioning.framework.measuresHeading")}</h3>
          <MeasureList measures={draft.measures} editable />
          <Form method="post">
            <button type="submit" name="intent" value="publish" className="govuk-button" data-module="govuk-button">
              {t("commissioning.framework.publish", { version: draft.version })}
            </button>
          </Form>
          <p className="govuk-body-s">{t("commissioning.framework.publishHint")}</p>
          <h3 className="govuk-heading-s">{t("commissioning.framework.fromBankHeading")}</h3>
          <BankPicker bank={bank} failed={failedOf("add-bank")} />
          <h3 className="govuk-heading-s">{t("commissioning.framework.ownHeading")}</h3>
          <p className="govuk-body">{t("commissioning.framework.ownIntro")}</p>
          <OwnMeasureForm failed={failedOf("add-own")} />
        </>
      ) : published ? (
        <Form method="post">
          <p className="govuk-body">{t("commissioning.framework.newVersionIntro", { version: published.version + 1 })}</p>
          <input type="hidden" name="name" value={published.name} />
          <input type="hidden" name="nameCy" value={published.nameCy} />
          <button
            type="submit"
            name="intent"
            value="start"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            {t("commissioning.framework.startNewVersion", { version: published.version + 1 })}
          </button>
        </Form>
      ) : (
        <>
          <p className="govuk-body">{t("commissioning.framework.startIntro")}</p>
          <NamesForm intent="start" failed={failedOf("start")} />
        </>
      )}

      {versions.length > 1 ? (
        <>
          <h2 className="govuk-heading-m">{t("commissioning.framework.versionsHeading")}</h2>
          <ul className="govuk-list">
            {versions.map((v) => (
              <li key={v.id}>
                {t("commissioning.framework.versionLine", {
                  version: v.version,
                  status: t(`commissioning.framework.status.${v.status}`),
                  date: v.publishedAt ? formatDate(v.publishedAt, i18n.language) : "",
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/commissioning">
          {t("commissioning.back")}
        </Link>
      </p>
    </>
  );
}
