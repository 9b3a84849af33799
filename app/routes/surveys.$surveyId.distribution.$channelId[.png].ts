import type { LoaderFunctionArgs } from "@remix-run/node";
import { qrDownload } from "~/distribution/qr-download.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return qrDownload(request, params, "png");
}
