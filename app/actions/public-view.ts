/**
 * The public "you said, we did" report in one language, as the page, the JSON and the Atom feed show it. Welsh text
 * comes from the *Cy columns; where the Welsh is empty the English is used and marked as English, so the page can
 * say so with lang="en". Counts stay as disclosure control left them. Pure.
 */
import type { ActionStatus } from "../../db/enums";
import type { Shown } from "../insights/disclosure";
import type { Language } from "../i18n/i18n";
import type { PublicActionRecord, PublicReport, PublicText } from "./public.server";

export type Localised = { text: string; lang: Language };

/** The text in the page's language, or the English (marked as English) when there is no Welsh. */
export function localise(text: PublicText, lang: Language): Localised {
  return lang === "cy" && text.cy.trim() !== "" ? { text: text.cy, lang: "cy" } : { text: text.en, lang: "en" };
}

/** `page` is the same in both languages (entry ids are made from it); `pageInLanguage` is the page to link to. */
export type PublicUrls = { page: string; pageInLanguage: string; json: string; atom: string };

/** The stable addresses of an organisation's report: absolute, from PUBLIC_URL (or the request) and the slug. */
export function publicUrls(origin: string, slug: string, lang: Language): PublicUrls {
  const base = `${origin}/o/${encodeURIComponent(slug)}/you-said-we-did`;
  const query = lang === "cy" ? "?lng=cy" : "";
  return { page: base, pageInLanguage: `${base}${query}`, json: `${base}.json${query}`, atom: `${base}.atom${query}` };
}

/** The lang attribute a respondent's quote needs on a page in `lang`: their language, when it differs and is a real tag. */
export function quoteLang(language: string, lang: Language): string | undefined {
  return language !== lang && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/i.test(language) ? language : undefined;
}

/** The anchor of an action on the page, and the stable part of its feed entry id. */
export const actionAnchor = (id: number) => `action-${id}`;

export type ActionView = ReturnType<typeof localiseAction>;
export type EngagementView = YouSaidView["engagements"][number];
export type YouSaidView = ReturnType<typeof localiseReport>;

function localiseAction(action: PublicActionRecord, lang: Language, urls: PublicUrls) {
  return {
    id: action.id,
    anchor: actionAnchor(action.id),
    url: `${urls.pageInLanguage}#${actionAnchor(action.id)}`,
    title: localise(action.title, lang),
    description: localise(action.description, lang),
    rationale: localise(action.rationale, lang),
    status: action.status,
    statusReason: action.status === "not_taken_forward" ? localise(action.statusReason, lang) : null,
    owningTeam: action.owningTeam,
    ownerName: action.ownerName,
    agreedOn: action.agreedOn,
    targetDate: action.status === "done" ? null : action.targetDate,
    doneOn: action.status === "done" ? action.doneOn : null,
    publishedAt: action.publishedAt,
    updated: action.updated,
    themes: action.themes.map((theme) => ({ id: theme.id, name: localise(theme.name, lang), mentionedBy: theme.mentionedBy })),
    quotes: action.quotes,
    updates: action.updates.map((update) => ({
      id: update.id,
      on: update.on,
      body: localise(update.body, lang),
      statusTo: update.statusTo,
    })),
    evidence: action.evidence,
  };
}

export function localiseReport(report: PublicReport, lang: Language, urls: PublicUrls) {
  const { organisation } = report;
  return {
    lang,
    organisation: { slug: organisation.slug, name: localise({ en: organisation.name, cy: organisation.nameCy }, lang) },
    threshold: report.threshold,
    engagements: report.engagements.map((engagement) => ({
      id: engagement.id,
      anchor: `engagement-${engagement.id}`,
      title: localise(engagement.title, lang),
      purpose: localise(engagement.purpose, lang),
      startDate: engagement.startDate,
      endDate: engagement.endDate,
      tookPart: engagement.tookPart,
      actions: engagement.actions.map((action) => localiseAction(action, lang, urls)),
    })),
    panelSummaries: report.panelSummaries.map((summary) => ({
      id: summary.id,
      anchor: `panel-session-${summary.id}`,
      panelName: localise(summary.panelName, lang),
      heldOn: summary.heldOn,
      summary: localise(summary.summary, lang),
    })),
  };
}

/** The latest change to anything in the report (the feed's <updated>); the organisation's creation when empty. */
export function reportUpdated(view: YouSaidView, fallback: string): string {
  const moments = view.engagements.flatMap((e) => e.actions.map((a) => a.updated));
  return moments.reduce((a, b) => (new Date(b) > new Date(a) ? b : a), fallback);
}

/** A stored moment as RFC 3339 (what Atom and JSON readers expect); a bare date is taken as midnight UTC. */
export function isoMoment(value: string): string {
  const moment = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(moment.getTime()) ? value : moment.toISOString();
}

/** A count for partners' systems: the number only when it may be shown, never the raw count behind "fewer than". */
export type PublicCount = { count: number } | { fewerThan: number } | { notShown: true };

export function publicCount(shown: Shown): PublicCount {
  if (shown.kind === "count") return { count: shown.value };
  if (shown.kind === "fewerThan") return { fewerThan: shown.threshold };
  return { notShown: true };
}

/** The JSON document at /o/<slug>/you-said-we-did.json. Status labels come from the caller, in the document's language. */
export function reportJson(view: YouSaidView, urls: PublicUrls, statusLabel: (status: ActionStatus) => string) {
  return {
    organisation: view.organisation,
    language: view.lang,
    links: { page: urls.pageInLanguage, atom: urls.atom, json: urls.json },
    disclosure: {
      threshold: view.threshold,
      rule: `Counts from 1 to ${view.threshold - 1} are given as {"fewerThan": ${view.threshold}}; {"notShown": true} hides a count that would let a small one be worked out.`,
    },
    engagements: view.engagements.map((engagement) => ({
      id: engagement.id,
      title: engagement.title,
      weAsked: { purpose: engagement.purpose, startDate: engagement.startDate, endDate: engagement.endDate },
      tookPart: publicCount(engagement.tookPart),
      actions: engagement.actions.map((action) => ({
        id: action.id,
        url: action.url,
        title: action.title,
        youSaid: {
          themes: action.themes.map((theme) => ({
            id: theme.id,
            name: theme.name,
            mentionedBy: publicCount(theme.mentionedBy),
          })),
          quotes: action.quotes.map((quote) => ({ text: quote.text, lang: quote.language })),
        },
        weDid: {
          description: action.description,
          status: action.status,
          statusLabel: statusLabel(action.status),
          statusReason: action.statusReason,
          rationale: action.rationale,
          agreedOn: action.agreedOn,
          targetDate: action.targetDate,
          doneOn: action.doneOn,
          owningTeam: action.owningTeam,
          ...(action.ownerName ? { owner: action.ownerName } : {}),
          updates: action.updates.map((update) => ({
            on: update.on,
            text: update.body,
            ...(update.statusTo ? { statusTo: update.statusTo } : {}),
          })),
          evidence: action.evidence.map((item) => ({ label: item.label, url: item.url })),
        },
        published: action.publishedAt ? isoMoment(action.publishedAt) : null,
        updated: isoMoment(action.updated),
      })),
    })),
    panelSummaries: view.panelSummaries.map((summary) => ({
      id: summary.id,
      url: `${urls.pageInLanguage}#${summary.anchor}`,
      panel: summary.panelName,
      heldOn: summary.heldOn,
      summary: summary.summary,
    })),
  };
}
