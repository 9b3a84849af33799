import type { LoaderFunctionArgs } from "@remix-run/node";
import { youSaidWeDidAtom } from "~/actions/public-responses.server";

/** The "you said, we did" report as an Atom 1.0 feed, one entry per published action (English; ?lng=cy for Welsh). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return youSaidWeDidAtom(request, params.orgSlug ?? "");
}
