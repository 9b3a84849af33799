/**
 * The Atom 1.0 feed (RFC 4287) of an organisation's published actions, one entry per action, for partners' feed
 * readers. Entry ids are the page address in that language with #action-<id>: stable for as long as the action is
 * published, and never reused. Pure: takes the localised report, returns the XML.
 */
import type { TFunction } from "i18next";
import { formatDate } from "../components/dates";
import type { Language } from "../i18n/i18n";
import { datesText, mentionedText, statusText, tookPartText } from "./public-text";
import {
  isoMoment,
  quoteLang,
  reportUpdated,
  type ActionView,
  type EngagementView,
  type Localised,
  type PublicUrls,
  type YouSaidView,
} from "./public-view";

/** Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE and U+FFFF). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe inside XML (and HTML) elements and double-quoted attributes. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const langAttr = (text: Localised, lang: Language) => (text.lang !== lang ? ` lang="${text.lang}"` : "");
const xmlLangAttr = (text: Localised, lang: Language) => (text.lang !== lang ? ` xml:lang="${text.lang}"` : "");

/** The entry's body as HTML (escaped again as the text of <content type="html">). */
function entryHtml(t: TFunction, engagement: EngagementView, action: ActionView, lang: Language): string {
  const p = (text: Localised) => (text.text.trim() ? `<p${langAttr(text, lang)}>${escapeXml(text.text)}</p>` : "");
  const parts: string[] = [];
  parts.push(`<h2>${escapeXml(t("youSaid.weAsked"))}</h2>`);
  parts.push(`<p${langAttr(engagement.title, lang)}><strong>${escapeXml(engagement.title.text)}</strong></p>`);
  parts.push(p(engagement.purpose));
  const dates = datesText(t, engagement.startDate, engagement.endDate, lang);
  if (dates) parts.push(`<p>${escapeXml(dates)}</p>`);
  parts.push(`<h2>${escapeXml(t("youSaid.youSaid"))}</h2>`);
  parts.push(`<p>${escapeXml(tookPartText(t, engagement.tookPart))}</p>`);
  if (action.themes.length > 0) {
    const items = action.themes.map(
      (theme) =>
        `<li><span${langAttr(theme.name, lang)}>${escapeXml(theme.name.text)}</span>: ${escapeXml(mentionedText(t, theme.mentionedBy))}</li>`,
    );
    parts.push(`<ul>${items.join("")}</ul>`);
  }
  for (const quote of action.quotes) {
    const quoteAttr = quoteLang(quote.language, lang);
    parts.push(`<blockquote${quoteAttr ? ` lang="${quoteAttr}"` : ""}><p>${escapeXml(quote.text)}</p></blockquote>`);
  }
  parts.push(`<h2>${escapeXml(t("youSaid.weDid"))}</h2>`);
  parts.push(p(action.description));
  parts.push(`<p>${escapeXml(`${t("youSaid.status")}: ${statusText(t, action.status)}`)}</p>`);
  if (action.doneOn) parts.push(`<p>${escapeXml(`${t("youSaid.doneOn")}: ${formatDate(action.doneOn, lang)}`)}</p>`);
  if (action.targetDate) parts.push(`<p>${escapeXml(`${t("youSaid.targetDate")}: ${formatDate(action.targetDate, lang)}`)}</p>`);
  if (action.statusReason?.text.trim()) {
    parts.push(`<h3>${escapeXml(t("youSaid.notTakenForwardWhy"))}</h3>`, p(action.statusReason));
  }
  if (action.rationale.text.trim()) parts.push(`<h3>${escapeXml(t("youSaid.why"))}</h3>`, p(action.rationale));
  if (action.updates.length > 0) {
    parts.push(`<h3>${escapeXml(t("youSaid.progress"))}</h3>`);
    for (const update of action.updates) {
      parts.push(`<p><strong>${escapeXml(formatDate(update.on, lang))}</strong></p>`, p(update.body));
    }
  }
  if (action.evidence.length > 0) {
    const links = action.evidence.map((item) => `<li><a href="${escapeXml(item.url)}">${escapeXml(item.label)}</a></li>`);
    parts.push(`<h3>${escapeXml(t("youSaid.evidence"))}</h3>`, `<ul>${links.join("")}</ul>`);
  }
  return parts.filter(Boolean).join("");
}

function entry(t: TFunction, engagement: EngagementView, action: ActionView, lang: Language, urls: PublicUrls): string {
  const lines = [
    "  <entry>",
    `    <id>${escapeXml(`${urls.pageInLanguage}#${action.anchor}`)}</id>`,
    `    <title type="text"${xmlLangAttr(action.title, lang)}>${escapeXml(action.title.text)}</title>`,
    `    <updated>${isoMoment(action.updated)}</updated>`,
    action.publishedAt ? `    <published>${isoMoment(action.publishedAt)}</published>` : null,
    `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(action.url)}"/>`,
    `    <category term="engagement-${engagement.id}" label="${escapeXml(engagement.title.text)}"/>`,
    `    <category term="${action.status}" label="${escapeXml(statusText(t, action.status))}"/>`,
    `    <summary type="text"${xmlLangAttr(action.description, lang)}>${escapeXml(action.description.text)}</summary>`,
    `    <content type="html">${escapeXml(entryHtml(t, engagement, action, lang))}</content>`,
    "  </entry>",
  ];
  return lines.filter((line) => line !== null).join("\n");
}

/** The whole feed. `since` is what <updated> says when nothing is published (the organisation's creation). */
export function atomFeed(view: YouSaidView, urls: PublicUrls, t: TFunction, since: string): string {
  const { lang } = view;
  const name = view.organisation.name;
  const entries = view.engagements.flatMap((engagement) =>
    engagement.actions.map((action) => entry(t, engagement, action, lang, urls)),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeXml(urls.atom)}</id>`,
    `  <title type="text">${escapeXml(t("youSaid.feedTitle", { organisation: name.text }))}</title>`,
    `  <subtitle type="text">${escapeXml(t("youSaid.feedSubtitle"))}</subtitle>`,
    `  <updated>${isoMoment(reportUpdated(view, since))}</updated>`,
    `  <author>`,
    `    <name${xmlLangAttr(name, lang)}>${escapeXml(name.text)}</name>`,
    `  </author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(urls.atom)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(urls.pageInLanguage)}"/>`,
    `  <link rel="alternate" type="application/json" href="${escapeXml(urls.json)}"/>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
