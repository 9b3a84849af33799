import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { exportDownload } from "~/responses/export-download.server";

/** GET /surveys/:id/responses/export?format=csv|json&lng=en|cy — redacted text only. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return exportDownload(request, params);
}

/** POST from the export form on the responses page: format, lng, text=redacted|original. */
export function action({ request, params }: ActionFunctionArgs) {
  return exportDownload(request, params);
}
