/**
 * The export as a download: who may have which text, the audit entry, and the
 * file's headers. The original text needs an analyst or admin and a POST (the
 * form's button, which the server's cross-site check covers), never a link.
 */
import type { Params } from "@remix-run/react";
import { getDb } from "../../db/client";
import { requireRole } from "../accounts/session.server";
import { recordAudit } from "../audit/audit.server";
import { badRequest, forbidden } from "../http/responses";
import { detectLanguage } from "../i18n/detect.server";
import { surveyIdFrom } from "../surveys/access";
import { canSeeOriginal, RESPONSE_READERS } from "./access";
import { exportResponses } from "./export.server";
import { exportSchema } from "./schemas";

function fieldsOf(source: URLSearchParams | FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of ["format", "lng", "text"]) {
    const value = source.get(key);
    if (typeof value === "string" && value !== "") fields[key] = value;
  }
  return fields;
}

export async function exportDownload(request: Request, params: Params): Promise<Response> {
  const user = requireRole(request, ...RESPONSE_READERS);
  const surveyId = surveyIdFrom(params);
  const post = request.method.toUpperCase() === "POST";
  const parsed = exportSchema.safeParse(fieldsOf(post ? await request.formData() : new URL(request.url).searchParams));
  if (!parsed.success) badRequest();
  const original = parsed.data.text === "original";
  if (original && !canSeeOriginal(user.roles)) forbidden();
  if (original && !post) {
    return new Response("The original text is downloaded only with the form on the responses page.", {
      status: 405,
      headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const language = parsed.data.lng ?? detectLanguage(request, user.language);
  const prepared = exportResponses(user.organisation.id, surveyId, { format: parsed.data.format, language, original });
  // Recorded before the first byte: a download cut short still counts as one. What, never the content.
  recordAudit(getDb(), {
    organisationId: user.organisation.id,
    actorUserId: user.id,
    action: "responses.exported",
    objectType: "survey",
    objectId: surveyId,
    detail: { format: parsed.data.format, text: parsed.data.text, language, rows: prepared.rows },
  });
  return new Response(prepared.stream, {
    headers: {
      "Content-Type": prepared.contentType,
      "Content-Disposition": `attachment; filename=${prepared.fileName}`,
      "Cache-Control": "no-store",
    },
  });
}
