/**
 * Who may reach each route, for tests/integration/authorization-matrix.test.ts. Read from each route's
 * requireRole call and the capability's access module (app/<capability>/access.ts), not from what the route
 * happens to answer today.
 *
 * Adding a route file: put its id (the file name without .ts/.tsx) in PUBLIC_ROUTES if anyone may reach it
 * signed out, otherwise in EXPECTATIONS with the roles whose GET answers 200 (`loader`) and, when the module
 * exports an action, the roles whose empty POST gets past the checks (`action`). Parameters are filled with
 * org A's objects by name ($surveyId, $themeId, …); give `params` for a name that means something else here.
 */
import type { Role } from "../db/enums";
import { ACTION_EDITORS, ACTION_READERS } from "../app/actions/access";
import { ENGAGEMENT_EDITORS, ENGAGEMENT_READERS } from "../app/engagements/access";
import { INSIGHT_READERS } from "../app/insights/access";
import { COMMISSIONING_MANAGERS, SHARED_THEME_READERS } from "../app/commissioning/access";
import { GAP_RAISERS, PRACTICE_CONTRIBUTORS, PRACTICE_LEADS, PRACTICE_READERS, SHARING_DECIDERS } from "../app/practice/access";
import { ORIGINAL_READERS, RESPONSE_READERS } from "../app/responses/access";
import { SURVEY_DESIGNERS, SURVEY_READERS } from "../app/surveys/access";
import { THEME_CODERS } from "../app/themes/access";

export type Expectation = {
  /** Roles (of the object's organisation) whose GET answers 200. */
  loader: readonly Role[];
  /** Roles whose empty POST passes the access checks; required exactly when the module exports an action. */
  action?: readonly Role[];
  /** What those roles' empty POST answers (default 400: nothing to act on). */
  emptyPost?: number[];
  /** What everyone else gets (default 403, from requireRole). */
  denied?: 403 | 404;
  /**
   * Panel pages: a panel_member is let in only to the panels they sit on, and not to sessions in planning. Their
   * `action` is what a page may accept if it has one (the pages are still being written), so it may be absent.
   */
  panel?: true;
  /** Parameters that are not the usual org A object of that name. */
  params?: (objects: { sampledResponse: number }) => Record<string, string>;
  /** A query string the page needs. */
  search?: string;
};

/** The people of the sample in the fixtures: the requester (first coder) and the second coder, coding blind. */
export const SAMPLE_REQUESTER: Role = "admin";
export const SAMPLE_CODER: Role = "analyst";

const ALL: Role[] = ["admin", "engagement_lead", "analyst", "panel_member", "action_owner"];
const ADMIN: Role[] = ["admin"];
const both = (roles: readonly Role[]) => ({ loader: roles, action: roles });

/** Reachable signed out, or answering everyone alike; why, in a word. */
export const PUBLIC_ROUTES: Record<string, string> = {
  $: "the not-found page",
  accessibility: "accessibility statement",
  healthz: "health check",
  readyz: "readiness check",
  setup: "first-run setup, 404 once anyone exists",
  "sign-in": "signing in",
  "sign-out": "signing out",
  "welcome.$token": "setting a first password from an emailed link",
  "theme.$colour[.css]": "the organisation colour stylesheet",
  "o.$orgSlug._index": "an organisation's public page",
  "o.$orgSlug.accessibility": "an organisation's accessibility statement",
  "o.$orgSlug.you-said-we-did": "published actions",
  "o.$orgSlug.you-said-we-did[.atom]": "published actions as a feed",
  "o.$orgSlug.you-said-we-did[.json]": "published actions as JSON",
  "s.$slug._index": "a survey's start page",
  "s.$slug.answer": "answering a survey",
  "s.$slug.resume": "resuming a saved answer",
  "s.$slug.thanks": "the thank-you page a sent survey lands on",
  // Issue 22 part A (GOV.UK Notify): anyone may stop an organisation's messages to their number or address.
  "o.$orgSlug.stop-messages": "stopping invitation messages (opt-out)",
};

/** Panel pages being written now (app/panels/access.ts, access.server.ts): checked once their files exist. */
export const PLANNED_ROUTES = [
  "panels._index",
  "panels.new",
  "panels.$panelId._index",
  "panels.$panelId.edit",
  "panels.$panelId.sessions.new",
  "panels.$panelId.sessions.$sessionId._index",
  "panels.$panelId.sessions.$sessionId.record",
  "panels.$panelId.sessions.$sessionId.summary",
];

const MEMBERS: Role[] = ["admin", "panel_member"];

export const EXPECTATIONS: Record<string, Expectation> = {
  _index: { loader: ALL },
  account: both(ALL),

  "actions._index": { loader: ACTION_READERS },
  "actions.mine": { loader: ACTION_READERS },
  "actions.new": both(ACTION_EDITORS),
  "actions.report": { loader: ACTION_READERS },
  "actions.report[.csv]": { loader: ACTION_READERS },
  "actions.$actionId._index": both(ACTION_READERS),
  "actions.$actionId.edit": both(ACTION_EDITORS),

  "admin._index": { loader: ADMIN },
  "admin.audit": { loader: ADMIN },
  "admin.organisation": both(ADMIN),
  // Issue 22 part A: the organisation's GOV.UK Notify key, sender and templates.
  "admin.notify": both(ADMIN),
  "admin.practice._index": { loader: ADMIN },
  "admin.practice.$statementKey": both(ADMIN),
  "admin.stages._index": { loader: ADMIN },
  "admin.stages.$stageKey": both(ADMIN),
  "admin.support._index": both(ADMIN),
  "admin.support.new": both(ADMIN),
  "admin.support.$serviceId": both(ADMIN),
  "admin.users._index": { loader: ADMIN },
  "admin.users.new": both(ADMIN),
  "admin.users.$userId": both(ADMIN),

  // Commissioning (issue 20 part A, app/commissioning/access.ts). The pages take no ids: each shows the viewer's own
  // organisation's side only. PCC ↔ service ↔ unrelated organisation: tests/integration/commissioning-access.test.ts.
  "commissioning._index": both(COMMISSIONING_MANAGERS),
  "commissioning.invite": both(COMMISSIONING_MANAGERS),
  "commissioning.framework": both(COMMISSIONING_MANAGERS),
  // Shared theme links (issue 20): the page's forms check each intent's role (linking to an action: ACTION_EDITORS;
  // to a panel pack: PANEL_ADMINS); an empty POST is an unknown intent. PCC ↔ service ↔ unrelated organisation:
  // tests/integration/shared-theme-links.test.ts.
  "commissioning.themes": both(SHARED_THEME_READERS),

  "engagements._index": { loader: ENGAGEMENT_READERS },
  "engagements.new": both(ENGAGEMENT_EDITORS),
  "engagements.$engagementId._index": { loader: ENGAGEMENT_READERS, action: ENGAGEMENT_EDITORS },
  "engagements.$engagementId.edit": both(ENGAGEMENT_EDITORS),
  "engagements.$engagementId.insights": { loader: INSIGHT_READERS },
  "engagements.$engagementId.plan": { loader: ENGAGEMENT_READERS },
  "engagements.$engagementId.stages.$stageKey": { loader: ENGAGEMENT_READERS, action: ENGAGEMENT_EDITORS },

  // Practice self-assessment (app/practice/access.ts). Org A's assessment is signed off, so its stage form answers a
  // contributor's empty POST with 400 (frozen), and its gap page is the one gap's.
  "practice._index": { loader: PRACTICE_READERS, action: PRACTICE_LEADS },
  "practice.compare": { loader: PRACTICE_READERS, action: SHARING_DECIDERS },
  "practice.$assessmentId._index": { loader: PRACTICE_READERS, action: PRACTICE_LEADS },
  "practice.$assessmentId.stages.$stageKey": { loader: PRACTICE_READERS, action: PRACTICE_CONTRIBUTORS },
  "practice.$assessmentId.gaps.$statementKey": both(GAP_RAISERS),
  "practice.$assessmentId.report": { loader: PRACTICE_READERS },

  // Outcomes across commissioned services (issue 20 part B): scoped by the signed-in organisation, no parameters;
  // tests/integration/outcomes.test.ts proves PCC ↔ service ↔ unrelated organisation see only what they may.
  "outcomes._index": { loader: INSIGHT_READERS },
  "outcomes.return": { loader: INSIGHT_READERS },
  "outcomes.return[.csv]": { loader: INSIGHT_READERS },
  "outcomes.service": { loader: INSIGHT_READERS },
  "outcomes.channels": both(SURVEY_DESIGNERS),

  "surveys._index": { loader: SURVEY_READERS },
  "surveys.new": both(SURVEY_DESIGNERS),
  "surveys.$surveyId._index": { loader: SURVEY_READERS, action: SURVEY_DESIGNERS },
  "surveys.$surveyId.bank": both(SURVEY_DESIGNERS),
  "surveys.$surveyId.design": both(SURVEY_DESIGNERS),
  "surveys.$surveyId.distribution": { loader: SURVEY_READERS, action: SURVEY_DESIGNERS },
  "surveys.$surveyId.distribution.$channelId[.png]": { loader: SURVEY_READERS },
  "surveys.$surveyId.distribution.$channelId[.svg]": { loader: SURVEY_READERS },
  // Invitation batches (issue 22 part B): leads and admins only; the batch page's params come from the fixtures.
  "surveys.$surveyId.invitations._index": both(SURVEY_DESIGNERS),
  "surveys.$surveyId.invitations.map": both(SURVEY_DESIGNERS),
  "surveys.$surveyId.invitations.$batchId": both(SURVEY_DESIGNERS),
  "admin.invitations": both(ADMIN),
  "surveys.$surveyId.insights": { loader: INSIGHT_READERS },
  "surveys.$surveyId.json": both(SURVEY_DESIGNERS),
  "surveys.$surveyId.pages.$name": { ...both(SURVEY_DESIGNERS), params: () => ({ name: "words" }) },
  "surveys.$surveyId.preview._index": { loader: SURVEY_READERS },
  "surveys.$surveyId.preview.frame": both(SURVEY_READERS),
  "surveys.$surveyId.publish": both(SURVEY_DESIGNERS),
  "surveys.$surveyId.questions.$name": { ...both(SURVEY_DESIGNERS), params: () => ({ name: "better" }) },
  "surveys.$surveyId.settings": both(SURVEY_DESIGNERS),
  // An empty POST saves the draft's translations unchanged.
  "surveys.$surveyId.translations": { ...both(SURVEY_DESIGNERS), emptyPost: [200] },
  "surveys.$surveyId.responses._index": { loader: RESPONSE_READERS },
  "surveys.$surveyId.responses.$responseId": { loader: RESPONSE_READERS, action: ORIGINAL_READERS },
  // An empty POST is a redacted CSV export: the defaults of the export form.
  "surveys.$surveyId.responses.export": { ...both(RESPONSE_READERS), emptyPost: [200] },

  "surveys.$surveyId.themes._index": both(THEME_CODERS),
  "surveys.$surveyId.themes.suggestions": { ...both(THEME_CODERS), search: "?question=better" },
  "surveys.$surveyId.themes.code._index": { loader: THEME_CODERS },
  "surveys.$surveyId.themes.code.$responseId": { ...both(THEME_CODERS), search: "?question=better" },
  "surveys.$surveyId.themes.$themeId._index": both(THEME_CODERS),
  "surveys.$surveyId.themes.$themeId.edit": both(THEME_CODERS),
  "surveys.$surveyId.themes.$themeId.delete": both(THEME_CODERS),
  "surveys.$surveyId.themes.samples._index": both(THEME_CODERS),
  // A sample is for the two coders in it (samples.server.ts getSample): other coders get 403.
  "surveys.$surveyId.themes.samples.$sampleId._index": both([SAMPLE_REQUESTER, SAMPLE_CODER]),
  // Only the second coder codes a sampled answer, blind.
  "surveys.$surveyId.themes.samples.$sampleId.$responseId": {
    ...both([SAMPLE_CODER]),
    params: ({ sampledResponse }) => ({ responseId: String(sampledResponse) }),
  },

  // Panels (app/panels/access.ts): admins run them; a member reads the panels they sit on; others 403 or 404.
  "panels._index": { loader: MEMBERS, action: ADMIN, panel: true },
  "panels.new": { ...both(ADMIN), panel: true },
  "panels.$panelId._index": { loader: MEMBERS, action: ADMIN, panel: true },
  "panels.$panelId.edit": { ...both(ADMIN), panel: true },
  "panels.$panelId.sessions.new": { ...both(ADMIN), panel: true },
  // Planning, choosing themes and issuing the pack are the admin's; members read the issued pack.
  "panels.$panelId.sessions.$sessionId._index": { loader: MEMBERS, action: ADMIN, panel: true },
  "panels.$panelId.sessions.$sessionId.record": { loader: MEMBERS, action: MEMBERS, panel: true },
  "panels.$panelId.sessions.$sessionId.summary": { ...both(ADMIN), panel: true },
};
