/**
 * The three public addresses of "you said, we did": the page (in the respondent layout), the JSON and the Atom feed.
 * The page's language is the respondent's (address, else browser); the JSON and the feed are English unless the
 * address asks for ?lng=cy, so a partner's stored address always gives the same language. Nothing here reads or sets
 * a cookie, and nothing about the request is kept.
 */
import { respondentChrome, respondentLanguage } from "../respondent/chrome.server";
import { findPublicOrganisation } from "../respondent/public-survey.server";
import { publicOrigin } from "../distribution/origin.server";
import { fixedT, isLanguage, type Language } from "../i18n/i18n";
import { publicReport } from "./public.server";
import { atomFeed } from "./public-feed";
import { statusText } from "./public-text";
import { localiseReport, publicUrls, reportJson } from "./public-view";

export function youSaidWeDidPage(request: Request, slug: string) {
  const lang = respondentLanguage(request);
  const report = publicReport(slug);
  const chrome = respondentChrome(report ? findPublicOrganisation(slug) : null);
  if (!report) {
    return {
      status: 404,
      body: { view: "organisation-unknown" as const, lang, chrome, report: null, urls: null, feeds: null, feedTitle: null },
    };
  }
  const urls = publicUrls(publicOrigin(request), report.organisation.slug, lang);
  const view = localiseReport(report, lang, urls);
  // Links on the page stay on this site, whatever PUBLIC_URL says; <link rel="alternate"> gives the absolute ones.
  const path = new URL(urls.page).pathname;
  const query = lang === "cy" ? "?lng=cy" : "";
  return {
    status: 200,
    body: {
      view: "you-said-we-did" as const,
      lang,
      chrome,
      report: view,
      urls,
      feeds: { atom: `${path}.atom${query}`, json: `${path}.json${query}` },
      feedTitle: fixedT(lang)("youSaid.feedTitle", { organisation: view.organisation.name.text }),
    },
  };
}

/** The language of the JSON and the feed: only from the address. */
function feedLanguage(request: Request): Language {
  const asked = new URL(request.url).searchParams.get("lng");
  return isLanguage(asked) ? asked : "en";
}

const SHARED_HEADERS = {
  // Partners' own sites may read it from a browser: it is public, and no cookie is ever involved.
  "Access-Control-Allow-Origin": "*",
  // A withdrawn action should leave every copy at once.
  "Cache-Control": "no-cache",
};

export function youSaidWeDidJson(request: Request, slug: string): Response {
  const lang = feedLanguage(request);
  const report = publicReport(slug);
  if (!report) {
    return Response.json({ error: "not-found" }, { status: 404, headers: SHARED_HEADERS });
  }
  const urls = publicUrls(publicOrigin(request), report.organisation.slug, lang);
  const t = fixedT(lang);
  const document = reportJson(localiseReport(report, lang, urls), urls, (status) => statusText(t, status));
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { ...SHARED_HEADERS, "Content-Type": "application/json; charset=utf-8", "Content-Language": lang },
  });
}

export function youSaidWeDidAtom(request: Request, slug: string): Response {
  const lang = feedLanguage(request);
  const report = publicReport(slug);
  if (!report) {
    return new Response("Not found\n", {
      status: 404,
      headers: { ...SHARED_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const urls = publicUrls(publicOrigin(request), report.organisation.slug, lang);
  const xml = atomFeed(localiseReport(report, lang, urls), urls, fixedT(lang), report.organisation.createdAt);
  return new Response(xml, {
    headers: { ...SHARED_HEADERS, "Content-Type": "application/atom+xml; charset=utf-8", "Content-Language": lang },
  });
}
