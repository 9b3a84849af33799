/**
 * The public "stop messages" page of an organisation: a respondent page (anonymous, nothing about the visitor kept
 * or logged). Whatever is entered is normalised and only its keyed hash is stored; the answer is the same whether
 * or not the contact was ever messaged, so the page tells nobody who was.
 */
import { getDb } from "../../db/client";
import { respondentChrome, respondentLanguage } from "../respondent/chrome.server";
import { findPublicOrganisation } from "../respondent/public-survey.server";
import { normaliseContact } from "./contact";
import { addOptOut } from "./opt-outs.server";

export function stopMessagesPage(request: Request, slug: string) {
  const organisation = findPublicOrganisation(slug);
  const body = {
    view: "stop-messages" as string,
    lang: respondentLanguage(request),
    chrome: respondentChrome(organisation),
    slug,
  };
  return { status: organisation ? 200 : 404, body, organisationId: organisation?.id ?? null };
}

export function stopMessages(request: Request, slug: string, contact: string) {
  const page = stopMessagesPage(request, slug);
  if (page.organisationId === null) return page;
  const normalised = normaliseContact(contact.slice(0, 400));
  if (!normalised)
    return { ...page, status: 400, body: { ...page.body, errors: { contact: "notify.optOut.invalid" }, values: { contact } } };
  addOptOut(getDb(), page.organisationId, normalised, "page");
  return { ...page, body: { ...page.body, view: "stopped-messages" } };
}
