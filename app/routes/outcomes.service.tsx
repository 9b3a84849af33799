import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { INSIGHT_READERS } from "~/insights/access";
import { serviceOutcomes } from "~/outcomes/outcomes.server";
import { OwnTables, QuarterChooser, useQuarterLabel } from "~/outcomes/outcome-views";
import { chosenQuarter } from "~/outcomes/pages.server";
import { quarterKey } from "~/outcomes/quarters";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outcomes.service.title");

/** A commissioned service's own outcome figures, under its own threshold, with the framework's average beside them. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...INSIGHT_READERS);
  const { quarter, quarters } = chosenQuarter(new URL(request.url), ukToday());
  return { quarter: quarterKey(quarter), quarters, outcomes: serviceOutcomes(user.organisation.id, quarter) };
}

export default function ServiceOutcomesPage() {
  const { t, i18n } = useTranslation();
  const { quarter, quarters, outcomes } = useLoaderData<typeof loader>();
  const label = useQuarterLabel();
  return (
    <>
      <h1 className="govuk-heading-l">{t("outcomes.service.title")}</h1>
      <p className="govuk-body">{t("outcomes.service.intro")}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/outcomes/channels?lng=${i18n.language}`}>
          {t("outcomes.service.channels")}
        </Link>
      </p>
      <QuarterChooser quarters={quarters} current={quarter} action="/outcomes/service" />
      <h2 className="govuk-heading-m">{label(quarter)}</h2>
      {outcomes.length === 0 ? <p className="govuk-body">{t("outcomes.service.none")}</p> : null}
      {outcomes.map((o) => (
        <section key={o.commissionId} aria-labelledby={`commission-${o.commissionId}`} data-testid="service-outcomes">
          <h3 className="govuk-heading-s" id={`commission-${o.commissionId}`}>
            {t("outcomes.service.commissioner", { name: i18n.language === "cy" ? o.commissioner.nameCy : o.commissioner.name })}
          </h3>
          {o.state === "ended" ? <p className="govuk-inset-text">{t("outcomes.service.ended")}</p> : null}
          <p className="govuk-body">{t("outcomes.comparison.favourableHint")}</p>
          <OwnTables own={o.own} average={o.average} />
        </section>
      ))}
    </>
  );
}
