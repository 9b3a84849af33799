import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { badRequest, notFound } from "~/http/responses";
import { nationalHelplines } from "~/support/directory.server";
import { copyNationalHelplines, listSupportServices, moveSupportService } from "~/support/support-admin.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "distribution.support.title");

const NOTICES = {
  added: "distribution.support.added",
  changed: "distribution.support.changed",
  deleted: "distribution.support.deleted",
};

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  const services = listSupportServices(admin.organisation.id);
  return { services, national: services.length ? [] : nationalHelplines() };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const formData = await request.formData();
  const intent = formData.get("intent");
  switch (intent) {
    case "move-up":
    case "move-down": {
      const id = Number(formData.get("serviceId"));
      if (!Number.isSafeInteger(id) || id <= 0) notFound();
      moveSupportService(admin, id, intent === "move-up" ? "up" : "down");
      return { ok: true as const, notice: "distribution.support.moved" };
    }
    case "copy-national": {
      const copied = copyNationalHelplines(admin);
      if (!copied.ok) return data({ ok: false as const, errors: { form: copied.error } }, { status: 400 });
      return { ok: true as const, notice: "distribution.support.copied" };
    }
    default:
      badRequest();
  }
}

function MoveButton({ id, name, direction }: { id: number; name: string; direction: "up" | "down" }) {
  const { t } = useTranslation();
  return (
    <Form method="post">
      <input type="hidden" name="serviceId" value={id} />
      <button
        type="submit"
        name="intent"
        value={`move-${direction}`}
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        data-module="govuk-button"
      >
        {t(direction === "up" ? "distribution.support.moveUp" : "distribution.support.moveDown")}
        <span className="govuk-visually-hidden"> {name}</span>
      </button>
    </Form>
  );
}

export default function SupportDirectory() {
  const { t, i18n } = useTranslation();
  const { services, national } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  const notice = result?.ok ? result.notice : done && done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null;
  const welsh = i18n.language === "cy";
  return (
    <>
      <ErrorSummary errors={result && !result.ok ? result.errors : undefined} />
      {notice ? <SuccessBanner id="support-done" title={t(notice)} /> : null}
      <h1 className="govuk-heading-l">{t("distribution.support.title")}</h1>
      <p className="govuk-body">{t("distribution.support.intro")}</p>
      <Link to="/admin/support/new" className="govuk-button" data-module="govuk-button">
        {t("distribution.support.add")}
      </Link>
      {services.length === 0 ? (
        <>
          <div className="govuk-inset-text">{t("distribution.support.usingNational")}</div>
          <ul className="govuk-list govuk-list--bullet" data-testid="national-helplines">
            {national.map((entry) => (
              <li key={entry.name.en}>
                {welsh ? entry.name.cy : entry.name.en}
                {entry.phone ? `: ${entry.phone}` : ""}
              </li>
            ))}
          </ul>
          <Form method="post">
            <button
              type="submit"
              name="intent"
              value="copy-national"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
            >
              {t("distribution.support.copyNational")}
            </button>
          </Form>
        </>
      ) : (
        <table className="govuk-table" data-testid="support-services">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("distribution.support.ourServices")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("distribution.support.service")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("distribution.support.contact")}
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t("distribution.support.order")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {services.map((service, index) => (
              <tr className="govuk-table__row" key={service.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link govuk-!-font-weight-bold" to={`/admin/support/${service.id}`}>
                    {welsh ? service.nameCy : service.name}
                    <span className="govuk-visually-hidden"> {t("distribution.support.change")}</span>
                  </Link>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">{welsh ? service.descriptionCy : service.description}</p>
                </td>
                <td className="govuk-table__cell">
                  {service.phone ? <p className="govuk-body-s govuk-!-margin-bottom-1">{service.phone}</p> : null}
                  {service.url ? <p className="govuk-body-s govuk-!-margin-bottom-1">{service.url}</p> : null}
                  {welsh ? service.hoursCy : service.hours}
                </td>
                <td className="govuk-table__cell">
                  {index > 0 ? <MoveButton id={service.id} name={service.name} direction="up" /> : null}
                  {index < services.length - 1 ? <MoveButton id={service.id} name={service.name} direction="down" /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">{t("distribution.support.danger")}</p>
    </>
  );
}
