import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { ACTION_READERS } from "~/actions/access";
import { reportCsv } from "~/actions/report-csv";
import { periodFrom } from "~/actions/report-period.server";
import { accountabilityReport } from "~/actions/report.server";
import { ukToday } from "~/engagements/stages";
import { badRequest } from "~/http/responses";
import { detectLanguage } from "~/i18n/detect.server";
import { fixedT } from "~/i18n/i18n";

/** GET /actions/report.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&lng=en|cy — the accountability report's actions as CSV. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_READERS);
  const today = ukToday();
  const { period } = periodFrom(new URL(request.url), today);
  if (!period) badRequest();
  const report = accountabilityReport(user.organisation.id, period, today);
  const body = reportCsv(report.rows, fixedT(detectLanguage(request, user.language)));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename=actions-${period.from}-to-${period.to}.csv`,
      "Cache-Control": "no-store",
    },
  });
}
