import type { Params } from "@remix-run/react";
import { requireRole } from "../accounts/session.server";
import { detectLanguage } from "../i18n/detect.server";
import { fixedT } from "../i18n/i18n";
import { notFound } from "../http/responses";
import { SURVEY_READERS, surveyIdFrom } from "../surveys/access";
import { getChannel } from "./channels.server";
import { attachment, qrFileName, surveyLink } from "./links";
import { publicOrigin } from "./origin.server";
import { qrPng, qrSvgDocument } from "./qr.server";
import { channelIdFrom } from "./schemas";

/** A channel's QR code as a file to print or share. Readers may download it too: it is only the public link. */
export async function qrDownload(request: Request, params: Params, format: "svg" | "png") {
  const user = requireRole(request, ...SURVEY_READERS);
  const channelId = channelIdFrom(params.channelId);
  if (channelId === null) notFound();
  const { survey, channel } = getChannel(user.organisation.id, surveyIdFrom(params), channelId);
  const link = surveyLink(publicOrigin(request), survey.slug, channel.code);
  const headers = {
    "Content-Disposition": attachment(qrFileName(survey.slug, channel.label, channel.id, format)),
    "Cache-Control": "private, no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "svg") {
    const title = fixedT(detectLanguage(request, user.language))("distribution.qrTitle", {
      survey: survey.title,
      label: channel.label,
    });
    return new Response(qrSvgDocument(link, title), { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  }
  return new Response(new Uint8Array(await qrPng(link)), { headers: { ...headers, "Content-Type": "image/png" } });
}
