import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { PANEL_ROLES, panelIdFrom, sessionIdFrom } from "~/panels/access";
import { recordPageAction } from "~/panels/record-action.server";
import { SessionRecord } from "~/panels/record-page";
import { RECORD_INTENTS } from "~/panels/record-schemas";
import { recordPageData } from "~/panels/record.server";

/**
 * A panel session's record: the chair (or an admin) records outcomes, observations, recommendations, minutes and
 * attendance and signs it off; members read it and comment until then. Anyone not on the panel gets 404.
 */
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panelRecord.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  const page = recordPageData(user, panelIdFrom(params), sessionIdFrom(params));
  const done = new URL(request.url).searchParams.get("done");
  return { ...page, done: RECORD_INTENTS.find((intent) => intent === done) ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  return recordPageAction(user, panelIdFrom(params), sessionIdFrom(params), request);
}

export default function SessionRecordPage() {
  const { done, ...page } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <SessionRecord page={page} done={done} result={result} />;
}
