import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { DateField, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { canLead, PRACTICE_LEADS, PRACTICE_READERS } from "~/practice/access";
import { findOpenAssessment, listAssessments, startAssessment } from "~/practice/practice.server";
import { startAssessmentSchema } from "~/practice/schemas";
import { AssessmentStatusTag } from "~/practice/status-tag";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_READERS);
  return {
    assessments: listAssessments(user.organisation.id),
    open: findOpenAssessment(user.organisation.id),
    leads: canLead(user.roles),
    admin: user.roles.includes("admin"),
    today: ukToday(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...PRACTICE_LEADS);
  const formData = await request.formData();
  const parsed = parseForm(startAssessmentSchema(ukToday()), formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const started = startAssessment(user, parsed.data);
  if (!started.ok) return data(formFailure(formData, { [started.field]: started.error }), { status: 400 });
  throw redirect(`/practice/${started.id}?done=started`);
}

export default function Practice() {
  const { t, i18n } = useTranslation();
  const { assessments, open, leads, admin, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <h1 className="govuk-heading-l">{t("practice.title")}</h1>
        <p className="govuk-body">{t("practice.intro")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/practice/compare">
            {t("practice.list.compareLink")}
          </Link>
        </p>
        {admin ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/practice">
              {t("practice.wording.link")}
            </Link>
          </p>
        ) : null}
      </div>
      <div className="govuk-grid-column-full">
        {assessments.length === 0 ? (
          <p className="govuk-body">{t("practice.list.none")}</p>
        ) : (
          <table className="govuk-table vv-practice-table" data-testid="assessments">
            <caption className="govuk-table__caption govuk-table__caption--m">{t("practice.list.caption")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("practice.list.name")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("practice.list.assessedOn")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("practice.list.status")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("practice.list.signedOffBy")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {assessments.map((row) => (
                <tr className="govuk-table__row" key={row.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/practice/${row.id}`}>
                      {row.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{formatDate(row.assessedOn, i18n.language)}</td>
                  <td className="govuk-table__cell">
                    <AssessmentStatusTag status={row.status} />
                  </td>
                  <td className="govuk-table__cell">{row.signedOffBy ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="govuk-grid-column-two-thirds">
        {open ? (
          <p className="govuk-inset-text">
            <Link className="govuk-link" to={`/practice/${open.id}`}>
              {t("practice.list.openNotice", { name: open.name })}
            </Link>
          </p>
        ) : leads ? (
          <Form method="post" noValidate>
            <h2 className="govuk-heading-m">{t("practice.start.heading")}</h2>
            <TextInput
              name="name"
              label={t("practice.start.name")}
              hint={t("practice.start.nameHint")}
              errors={result?.errors}
              values={result?.values}
            />
            <DateField
              name="assessedOn"
              label={t("practice.start.assessedOn")}
              hint={t("practice.start.assessedOnHint")}
              errors={result?.errors}
              values={result?.values}
              defaultValue={today}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("practice.start.submit")}
            </button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}
