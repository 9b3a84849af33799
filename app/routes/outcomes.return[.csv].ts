import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { ukToday } from "~/engagements/stages";
import { detectLanguage } from "~/i18n/detect.server";
import { fixedT } from "~/i18n/i18n";
import { INSIGHT_READERS } from "~/insights/access";
import { quarterReturn } from "~/outcomes/outcomes.server";
import { chosenQuarter } from "~/outcomes/pages.server";
import { quarterKey, quarterLabelParts } from "~/outcomes/quarters";
import { returnCsv } from "~/outcomes/return-csv";

/** GET /outcomes/return.csv?quarter=2026-27-Q3&lng=en|cy — the quarterly outcome return, per service and in total. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...INSIGHT_READERS);
  const today = ukToday();
  const { quarter } = chosenQuarter(new URL(request.url), today);
  const page = quarterReturn(user.organisation.id, quarter, today, user.id);
  const lang = detectLanguage(request, user.language);
  const t = fixedT(lang);
  const parts = quarterLabelParts(quarter);
  const label = t("outcomes.quarter.label", {
    years: parts.years,
    quarter: parts.quarter,
    months: t(`insights.compliance.quarter${parts.calendarQuarter}`, { year: parts.calendarYear }),
  });
  const body = returnCsv(page.quarterReturn, page.status, label, lang, t);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename=outcome-return-${quarterKey(quarter)}.csv`,
      "Cache-Control": "no-store",
    },
  });
}
