import { getDb } from "../../db/client";

/** Liveness for load balancers: 200 when the database answers. */
export function loader() {
  try {
    getDb().$client.prepare("select 1").get();
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
