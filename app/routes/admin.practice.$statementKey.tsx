import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Textarea } from "~/components/form/fields";
import { parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { getStageDefinitions } from "~/engagements/stage-definitions.server";
import { badRequest } from "~/http/responses";
import { statementKeyFrom } from "~/practice/access";
import { statementWordingSchema } from "~/practice/schemas";
import { listStatementWording, resetStatementWording, saveStatementWording } from "~/practice/wording.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.wording.editTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  const key = statementKeyFrom(params);
  const statement = listStatementWording(admin.organisation.id).find((s) => s.key === key)!;
  const stage = getStageDefinitions(admin.organisation.id).find((s) => s.key === statement.stage)!;
  return { statement, stage: { number: stage.number, title: stage.title, titleCy: stage.titleCy } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const key = statementKeyFrom(params);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "reset") {
    resetStatementWording(admin, key);
    throw redirect("/admin/practice");
  }
  if (intent !== "save") badRequest();
  const parsed = parseForm(statementWordingSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  saveStatementWording(admin, key, parsed.data);
  throw redirect("/admin/practice");
}

export default function EditPracticeStatementWording() {
  const { t, i18n } = useTranslation();
  const { statement, stage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const field = (name: "text" | "textCy" | "evidence" | "evidenceCy", label: string) => (
    <Textarea
      name={name}
      label={t(label)}
      errors={result?.errors}
      values={result?.values}
      defaultValue={statement[name]}
      rows={name.startsWith("text") ? 2 : 3}
    />
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/practice">
          {t("practice.wording.back")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">
          {stage.number}. {i18n.language === "cy" ? stage.titleCy : stage.title}
        </span>
        <h1 className="govuk-heading-l">{t("practice.wording.editTitle")}</h1>
        <p className="govuk-body">{t("practice.wording.editIntro")}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="save" />
          {field("text", "practice.wording.textEn")}
          {field("textCy", "practice.wording.textCy")}
          {field("evidence", "practice.wording.evidenceEn")}
          {field("evidenceCy", "practice.wording.evidenceCy")}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
        <h2 className="govuk-heading-m">{t("practice.wording.resetHeading")}</h2>
        <p className="govuk-body">{t("practice.wording.resetIntro")}</p>
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="reset"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            {t("practice.wording.reset")}
          </button>
        </Form>
      </div>
    </div>
  );
}
