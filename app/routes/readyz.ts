import { readiness } from "~/operations/health.server";

/** Readiness for load balancers and orchestrators: 200 only when this instance can do its work. */
export function loader() {
  const result = readiness();
  return Response.json(result, { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
