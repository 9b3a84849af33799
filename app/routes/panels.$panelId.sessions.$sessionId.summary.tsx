import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { PANEL_ROLES, panelIdFrom, sessionIdFrom } from "~/panels/access";
import { badRequest } from "~/http/responses";
import { isSummaryIntent, summarySchema } from "~/panels/record-schemas";
import { SummaryPage } from "~/panels/record-summary-page";
import { saveSummary, summaryPageData } from "~/panels/record-summary.server";

/** The public summary of a signed-off session, and whether it shows on the "you said, we did" page. Chair or admin. */
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panelRecord.summary.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  const page = summaryPageData(user, panelIdFrom(params), sessionIdFrom(params));
  const done = new URL(request.url).searchParams.get("done");
  return { ...page, done: isSummaryIntent(done) ? done : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  const panelId = panelIdFrom(params);
  const sessionId = sessionIdFrom(params);
  summaryPageData(user, panelId, sessionId);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isSummaryIntent(intent)) badRequest();
  const parsed = parseForm(summarySchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const saved = saveSummary(user, sessionId, intent, parsed.data);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: saved.error }), { status: 400 });
  return redirect(`/panels/${panelId}/sessions/${sessionId}/summary?done=${intent}`);
}

export default function SessionSummaryPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <SummaryPage page={page} state={result ? { errors: result.errors, values: result.values } : {}} />;
}
