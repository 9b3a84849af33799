import type { LoaderFunctionArgs } from "@remix-run/node";
import { youSaidWeDidJson } from "~/actions/public-responses.server";

/** The "you said, we did" report as JSON, for partners (English; ?lng=cy for Welsh). Published actions only. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return youSaidWeDidJson(request, params.orgSlug ?? "");
}
