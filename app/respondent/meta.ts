import type { MetaArgs, MetaDescriptor } from "@remix-run/node";
import { fixedT, isLanguage } from "~/i18n/i18n";

type ViewLike = {
  view?: string;
  lang?: string;
  title?: string;
  pageNumber?: number;
  pageCount?: number;
  errors?: Record<string, unknown>;
  error?: string | null;
  chrome?: { organisation: { name: string; nameCy: string } | null };
};

const HEADINGS: Record<string, string> = {
  saved: "respondent.saved.title",
  thanks: "respondent.thanks.title",
  resume: "respondent.resume.title",
  unknown: "respondent.unavailable.unknownTitle",
  closed: "respondent.unavailable.closedTitle",
  "not-yet-open": "respondent.unavailable.notYetTitle",
  paused: "respondent.unavailable.pausedTitle",
  organisation: "respondent.organisation.heading",
  accessibility: "accessibility.title",
  "you-said-we-did": "youSaid.title",
  "organisation-unknown": "respondent.organisation.notFoundTitle",
  "stop-messages": "notify.optOut.title",
  "stopped-messages": "notify.optOut.doneTitle",
};

/**
 * Respondent routes' meta: never indexed. Their <title> comes from RespondentTitle in the root layout, which can
 * see what an action answered; Remix 2's meta cannot.
 */
export function respondentMeta(_data: unknown, _matches: MetaArgs["matches"]): MetaDescriptor[] {
  return [{ name: "robots", content: "noindex" }];
}

/** "Page 2 of 5 – Survey title – Organisation", with "Error:" first when the page has problems (GOV.UK pattern). */
export function respondentTitle(data: unknown): string {
  const view = (data ?? {}) as ViewLike;
  const lang = isLanguage(view.lang) ? view.lang : "en";
  const t = fixedT(lang);
  const organisation = view.chrome?.organisation;
  const parts: string[] = [];
  if (view.view === "page" && view.pageNumber)
    parts.push(t("respondent.answer.pageOf", { current: view.pageNumber, total: view.pageCount }));
  const heading = view.view ? HEADINGS[view.view] : undefined;
  if (heading) parts.push(t(heading));
  if (view.title) parts.push(view.title);
  parts.push(organisation ? (lang === "cy" ? organisation.nameCy : organisation.name) : t("common.serviceName"));
  const hasErrors = Boolean(view.errors && Object.keys(view.errors).length > 0) || Boolean(view.error);
  return `${hasErrors ? `${t("common.errorPrefix")} ` : ""}${parts.join(" – ")}`;
}
