import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ACTION_STATUSES,
  CHANNEL_STATUSES,
  FINDING_OUTCOMES,
  PANEL_SESSION_STATUSES,
  PRACTICE_ASSESSMENT_STATUSES,
  PRACTICE_LEVELS,
  RECOMMENDATION_PRIORITIES,
  ENGAGEMENT_STATUSES,
  ROLES,
  STAGE_KEYS,
  STAGE_STATUSES,
  SURVEY_STATUSES,
  type ChecklistDefinition,
} from "./enums";

export * from "./enums";

/** Timestamps are stored as ISO-8601 text in UTC; staff records only (never respondents). */
const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    nameCy: text("name_cy").notNull(),
    /** Hex colour for the header band; validated on write. */
    brandColour: text("brand_colour").notNull().default("#1d4f91"),
    /** Counts from 1 to below this are never shown; never below 3. */
    disclosureThreshold: integer("disclosure_threshold").notNull().default(5),
    /** Where "Exit this page" sends a respondent. */
    quickExitUrl: text("quick_exit_url").notNull().default("https://www.bbc.co.uk/weather"),
    /** Whether the public "you said, we did" page names the staff who own actions (off unless chosen). */
    publicStaffNames: integer("public_staff_names", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("organisations_slug_unique").on(t.slug)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Stored lower-cased so sign-in is case-insensitive. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id PHC string; null until the person sets a password from their set-up link. */
    passwordHash: text("password_hash"),
    language: text("language", { enum: ["en", "cy"] }),
    deactivatedAt: text("deactivated_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), index("users_organisation_idx").on(t.organisationId)],
);

/** A user's roles in their organisation (one row per role). */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** HMAC (keyed by SESSION_SECRET) of the cookie's random id, so a copy of the database cannot be used to sign in. */
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: text("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One-time links with which a new user (or one an admin reset) sets their own password. */
export const passwordSetupTokens = sqliteTable(
  "password_setup_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("password_setup_tokens_user_idx").on(t.userId)],
);

/** Who did what to which object, when: staff actions only, never anything about respondents. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    actorUserId: integer("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_events_org_idx").on(t.organisationId, t.id)],
);

/**
 * An organisation's own wording of a stage. Absent rows fall back to the
 * shipped defaults in surveys/stages/default-stages.json.
 */
export const stageDefinitions = sqliteTable(
  "stage_definitions",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    stageKey: text("stage_key", { enum: STAGE_KEYS }).notNull(),
    title: text("title").notNull(),
    titleCy: text("title_cy").notNull(),
    description: text("description").notNull(),
    descriptionCy: text("description_cy").notNull(),
    checklist: text("checklist", { mode: "json" }).$type<ChecklistDefinition[]>().notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.stageKey] })],
);

export const engagements = sqliteTable(
  "engagements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    title: text("title").notNull(),
    /** Welsh title and purpose, for the public "you said, we did" page ("We asked"); empty until written. */
    titleCy: text("title_cy").notNull().default(""),
    /** What decision it will inform. */
    purpose: text("purpose").notNull(),
    purposeCy: text("purpose_cy").notNull().default(""),
    /** Who it seeks to hear. */
    audience: text("audience").notNull(),
    sponsor: text("sponsor").notNull().default(""),
    leadUserId: integer("lead_user_id").references(() => users.id),
    startDate: text("start_date"),
    endDate: text("end_date"),
    status: text("status", { enum: ENGAGEMENT_STATUSES }).notNull().default("planning"),
    archivedAt: text("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [index("engagements_org_idx").on(t.organisationId)],
);

export const engagementStages = sqliteTable(
  "engagement_stages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    engagementId: integer("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    stageKey: text("stage_key", { enum: STAGE_KEYS }).notNull(),
    status: text("status", { enum: STAGE_STATUSES }).notNull().default("not_started"),
    ownerUserId: integer("owner_user_id").references(() => users.id),
    notes: text("notes").notNull().default(""),
    /** Calendar dates (YYYY-MM-DD), not times. */
    lastReviewedOn: text("last_reviewed_on"),
    nextReviewOn: text("next_review_on"),
  },
  (t) => [uniqueIndex("engagement_stages_unique").on(t.engagementId, t.stageKey)],
);

/**
 * Ticks against a stage's checklist. A row with an itemKey ticks (or unticks)
 * a default item, whose wording comes from the stage definition, so rewording
 * never breaks an engagement; a row without one is a custom item.
 */
export const engagementChecklistItems = sqliteTable(
  "engagement_checklist_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    engagementStageId: integer("engagement_stage_id")
      .notNull()
      .references(() => engagementStages.id, { onDelete: "cascade" }),
    itemKey: text("item_key"),
    text: text("text"),
    done: integer("done", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("engagement_checklist_items_key").on(t.engagementStageId, t.itemKey)],
);

/** Survey settings that travel with each published version. */
export type SurveySettings = {
  /** Offered languages besides English. */
  languages: string[];
  estimatedMinutes: number;
  /** Shown before the survey, per language ("en", "cy", …). */
  intro: Record<string, string>;
  opensOn: string | null;
  closesOn: string | null;
  retentionDays: number;
  /**
   * The stage-4 safety items ticked for this survey itself, used only while it
   * belongs to no engagement (an engagement's survey answers to the engagement's
   * stage 4). Keys of the safety stage's gating items.
   */
  safetyTicked?: string[];
};

export const surveys = sqliteTable(
  "surveys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    engagementId: integer("engagement_id").references(() => engagements.id),
    /** Public address: /s/<slug>. Unique across the service. */
    slug: text("slug").notNull(),
    /** English title, for staff lists (the definition holds every language). */
    title: text("title").notNull(),
    status: text("status", { enum: SURVEY_STATUSES }).notNull().default("draft"),
    settings: text("settings", { mode: "json" }).$type<SurveySettings>().notNull(),
    /** The working copy the designer edits: SurveyJS JSON. */
    draft: text("draft", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** Whether the draft differs from the latest published version. */
    draftChanged: integer("draft_changed", { mode: "boolean" }).notNull().default(true),
    archivedAt: text("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("surveys_slug_unique").on(t.slug), index("surveys_org_idx").on(t.organisationId)],
);

/** A published version: frozen. Every response records the version it answered. */
export const surveyVersions = sqliteTable(
  "survey_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    version: integer("version").notNull(),
    definition: text("definition", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    settings: text("settings", { mode: "json" }).$type<SurveySettings>().notNull(),
    /** What changed since the previous version, for people to read. */
    changes: text("changes", { mode: "json" }).$type<string[]>().notNull(),
    acknowledgedWarnings: text("acknowledged_warnings", { mode: "json" }).$type<string[]>().notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    publishedAt: createdAt(),
  },
  (t) => [uniqueIndex("survey_versions_unique").on(t.surveyId, t.version)],
);

/** Operations on the service itself (backups, restores, purges): for operators and metrics, never about people. */
export const maintenanceEvents = sqliteTable("maintenance_events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: ["backup", "restore", "purge", "rollups"] }).notNull(),
  detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  createdAt: createdAt(),
});

/**
 * The organisation's support directory, shown on every respondent page. When an
 * organisation has none, respondent pages show the shipped national helplines
 * (surveys/support/national.json). "In danger now: call 999" is always shown.
 */
export const supportServices = sqliteTable(
  "support_services",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    nameCy: text("name_cy").notNull(),
    description: text("description").notNull().default(""),
    descriptionCy: text("description_cy").notNull().default(""),
    phone: text("phone").notNull().default(""),
    url: text("url").notNull().default(""),
    hours: text("hours").notNull().default(""),
    hoursCy: text("hours_cy").notNull().default(""),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("support_services_org_idx").on(t.organisationId, t.position)],
);

/**
 * A distribution link for a survey ("Victim hub text message"). It says where a
 * response came from, never who sent it.
 */
export const channels = sqliteTable(
  "channels",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    label: text("label").notNull(),
    /** Random, public: the `ch` in /s/<slug>?ch=<code>. */
    code: text("code").notNull(),
    status: text("status", { enum: CHANNEL_STATUSES }).notNull().default("open"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("channels_code_unique").on(t.code), index("channels_survey_idx").on(t.surveyId)],
);

/**
 * One anonymous answer set. Deliberately no time of day, address, user agent or
 * referrer: only the day it arrived. `answers` holds free text already redacted
 * (what every reader sees); `unredactedText` keeps only the originals that
 * redaction changed, for analysts and admins, until the retention purge.
 */
export const responses = sqliteTable(
  "responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    surveyVersionId: integer("survey_version_id")
      .notNull()
      .references(() => surveyVersions.id),
    channelId: integer("channel_id").references(() => channels.id),
    language: text("language").notNull(),
    /** YYYY-MM-DD (UK calendar day); never a time. */
    submittedOn: text("submitted_on").notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    unredactedText: text("unredacted_text", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** Free text suggested danger now: counted for staff, never linked to anyone. */
    dangerFlag: integer("danger_flag", { mode: "boolean" }).notNull().default(false),
    /** Random key made when the form was first shown: a retried or doubled submission is stored once. */
    submissionKey: text("submission_key").notNull(),
  },
  (t) => [
    uniqueIndex("responses_submission_key_unique").on(t.submissionKey),
    // Covers every filter and grouping of the insights figures, so they never read the (large) response rows.
    index("responses_figures_idx").on(t.surveyId, t.submittedOn, t.channelId, t.language, t.surveyVersionId, t.organisationId),
    // Serves the export's batches in their order ((day, id): the row id is the index's last column), with no sort,
    // and every other query that starts from an organisation.
    index("responses_org_idx").on(t.organisationId, t.surveyId, t.submittedOn),
  ],
);

/**
 * Answers saved part-way with "Save and come back later", sealed at rest. Found
 * only by an id derived from the respondent's code; deleted on submission or expiry.
 */
export const resumeDrafts = sqliteTable(
  "resume_drafts",
  {
    codeHash: text("code_hash").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    surveyVersionId: integer("survey_version_id")
      .notNull()
      .references(() => surveyVersions.id),
    channelId: integer("channel_id").references(() => channels.id),
    language: text("language").notNull(),
    pageName: text("page_name").notNull(),
    /** The answers so far, sealed with a key derived from the respondent's code (app/respondent/draft-seal.server.ts); "" for a draft saved before drafts were sealed, which can no longer be opened. */
    sealedAnswers: text("sealed_answers").notNull().default(""),
    submissionKey: text("submission_key").notNull(),
    /** YYYY-MM-DD: the last day the code works. */
    expiresOn: text("expires_on").notNull(),
  },
  (t) => [
    index("resume_drafts_expiry_idx").on(t.expiresOn),
    index("resume_drafts_survey_idx").on(t.surveyId),
    // Every submission and every save deletes the draft of its submission key.
    index("resume_drafts_submission_key_idx").on(t.submissionKey),
  ],
);

/**
 * One row per choice answer of a response (a matrix row is "question.row"; a
 * multiple choice gives one row per option ticked), written with the response
 * at ingest, so figures and filters are index lookups instead of JSON scans.
 * Goes with its response at the retention purge.
 */
export const answerFacts = sqliteTable(
  "answer_facts",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    surveyId: integer("survey_id").notNull(),
    questionKey: text("question_key").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    index("answer_facts_survey_question_idx").on(t.surveyId, t.questionKey, t.value, t.responseId),
    // Covering: a response's facts are read from the index alone when figures are filtered.
    index("answer_facts_response_idx").on(t.responseId, t.questionKey, t.value),
  ],
);

/**
 * Roll-ups: the dashboards' counts kept ready, so a figure reads a few
 * thousand rows instead of a survey's millions of facts (ADR 0013). Each is
 * exactly a GROUP BY over responses and answer_facts, kept so by
 * app/insights/rollups.server.ts in the transaction of every insert, purge and
 * bulk load, proved equal by tests/integration/rollups-property.test.ts and
 * repaired by `npm run rollups:rebuild`. A row never has n = 0 (it is deleted).
 * `channel` is the response's channel id, 0 for the plain link (so it can be
 * part of the key). `completed`: the response answered one of its version's
 * completion keys (completionKeys). `answered = 1` rows count the responses
 * with at least one fact of the key (their value is ""), which is what the
 * figures' "answered" needs without count(distinct). Tables are WITHOUT ROWID
 * (the migration says so; drizzle cannot): the key is the only B-tree.
 */
export const rollupResponses = sqliteTable(
  "rollup_responses",
  {
    surveyId: integer("survey_id").notNull(),
    day: text("day").notNull(),
    channel: integer("channel").notNull(),
    language: text("language").notNull(),
    versionId: integer("version_id").notNull(),
    completed: integer("completed").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.day, t.channel, t.language, t.versionId, t.completed] })],
);

/** Answer facts (and "answered" rows) by survey, key, value and day, channel and language; `month` is the day's YYYY-MM. */
export const rollupAnswers = sqliteTable(
  "rollup_answers",
  {
    surveyId: integer("survey_id").notNull(),
    questionKey: text("question_key").notNull(),
    answered: integer("answered").notNull(),
    value: text("value").notNull(),
    month: text("month").notNull(),
    day: text("day").notNull(),
    channel: integer("channel").notNull(),
    language: text("language").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.surveyId, t.questionKey, t.answered, t.value, t.month, t.day, t.channel, t.language],
    }),
  ],
);

/** Responses that gave one answer (filter key and value), by day, channel, language, version and completion. */
export const rollupFilterResponses = sqliteTable(
  "rollup_filter_responses",
  {
    surveyId: integer("survey_id").notNull(),
    filterKey: text("filter_key").notNull(),
    filterValue: text("filter_value").notNull(),
    day: text("day").notNull(),
    channel: integer("channel").notNull(),
    language: text("language").notNull(),
    versionId: integer("version_id").notNull(),
    completed: integer("completed").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.surveyId, t.filterKey, t.filterValue, t.day, t.channel, t.language, t.versionId, t.completed],
    }),
  ],
);

/**
 * The answers (and "answered" rows) of the responses that gave one answer, by
 * month, channel and language. Keyed with the month, channel and language
 * before the answer counted: a response's few hundred rows then lie together
 * (a handful of pages written per response, not one page per row).
 */
export const rollupFilterAnswers = sqliteTable(
  "rollup_filter_answers",
  {
    surveyId: integer("survey_id").notNull(),
    filterKey: text("filter_key").notNull(),
    filterValue: text("filter_value").notNull(),
    questionKey: text("question_key").notNull(),
    answered: integer("answered").notNull(),
    value: text("value").notNull(),
    month: text("month").notNull(),
    channel: integer("channel").notNull(),
    language: text("language").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.surveyId, t.filterKey, t.filterValue, t.month, t.channel, t.language, t.questionKey, t.answered, t.value],
    }),
  ],
);

/**
 * An engagement's codebook (or a survey's, when the survey belongs to no
 * engagement): themes in two levels, in English and Welsh.
 */
export const themes = sqliteTable(
  "themes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    engagementId: integer("engagement_id").references(() => engagements.id),
    surveyId: integer("survey_id").references(() => surveys.id),
    parentId: integer("parent_id"),
    name: text("name").notNull(),
    nameCy: text("name_cy").notNull().default(""),
    description: text("description").notNull().default(""),
    descriptionCy: text("description_cy").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("themes_engagement_idx").on(t.engagementId),
    index("themes_survey_idx").on(t.surveyId),
    // A theme's sub-themes, looked up for every theme the public "you said, we did" page counts.
    index("themes_parent_idx").on(t.parentId),
  ],
);

/** A passage of one free-text answer tagged with a theme by an analyst (redacted text only). */
export const codings = sqliteTable(
  "codings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    /** The answer's key in responses.answers (a question name, or "<name>-Comment"). */
    answerKey: text("answer_key").notNull(),
    /** Character offsets of the passage in the redacted answer; the whole answer when 0..length. */
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    coderUserId: integer("coder_user_id").references(() => users.id),
    /** Set when coded blind as the second coder of a double-coding sample. */
    sampleId: integer("sample_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("codings_theme_idx").on(t.themeId),
    index("codings_response_idx").on(t.responseId, t.answerKey),
    index("codings_sample_idx").on(t.sampleId),
  ],
);

/** Groups of similar answers an analyst chose not to turn into a theme, so they are not suggested again. */
export const suggestionDismissals = sqliteTable(
  "suggestion_dismissals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    answerKey: text("answer_key").notNull(),
    /** The suggestion's key terms, sorted and joined: stable across recomputation. */
    signature: text("signature").notNull(),
    dismissedBy: integer("dismissed_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("suggestion_dismissals_unique").on(t.surveyId, t.answerKey, t.signature)],
);

/** A random sample of answers sent to a second analyst to code blind, for agreement (Cohen's kappa) per theme. */
export const codingSamples = sqliteTable("coding_samples", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  organisationId: integer("organisation_id")
    .notNull()
    .references(() => organisations.id),
  surveyId: integer("survey_id")
    .notNull()
    .references(() => surveys.id),
  answerKey: text("answer_key").notNull(),
  /** The first coder, who sent the sample. */
  requestedBy: integer("requested_by")
    .notNull()
    .references(() => users.id),
  /** The second coder, who codes blind. */
  coderUserId: integer("coder_user_id")
    .notNull()
    .references(() => users.id),
  completedAt: text("completed_at"),
  createdAt: createdAt(),
});

export const codingSampleItems = sqliteTable(
  "coding_sample_items",
  {
    sampleId: integer("sample_id")
      .notNull()
      .references(() => codingSamples.id, { onDelete: "cascade" }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.sampleId, t.responseId] }),
    // The foreign key's child side: without it every response inserted or purged scans this table.
    index("coding_sample_items_response_idx").on(t.responseId),
  ],
);

/**
 * "You said, we did": what the force will do about what people said. Links to themes (and, once panels exist, a
 * panel recommendation), an owner, a status with dated history, and whether it is published on the public page.
 */
export const actions = sqliteTable(
  "actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** The public page groups actions by engagement ("We asked"). */
    engagementId: integer("engagement_id")
      .notNull()
      .references(() => engagements.id),
    title: text("title").notNull(),
    titleCy: text("title_cy").notNull().default(""),
    /** What will change. */
    description: text("description").notNull(),
    descriptionCy: text("description_cy").notNull().default(""),
    /** Why it follows from what people said (shown under "We did"). */
    rationale: text("rationale").notNull().default(""),
    rationaleCy: text("rationale_cy").notNull().default(""),
    owningTeam: text("owning_team").notNull(),
    ownerUserId: integer("owner_user_id").references(() => users.id),
    status: text("status", { enum: ACTION_STATUSES }).notNull().default("proposed"),
    /** Required when status is not_taken_forward. */
    statusReason: text("status_reason").notNull().default(""),
    statusReasonCy: text("status_reason_cy").notNull().default(""),
    /** ISO dates (YYYY-MM-DD). raisedOn is when it was proposed (or the recommendation was made). */
    raisedOn: text("raised_on").notNull(),
    targetDate: text("target_date"),
    agreedOn: text("agreed_on"),
    doneOn: text("done_on"),
    /** A panel recommendation it answers (the panels issue adds the table and the reference). */
    recommendationId: integer("recommendation_id"),
    published: integer("published", { mode: "boolean" }).notNull().default(false),
    publishedAt: text("published_at"),
    createdBy: integer("created_by").references(() => users.id),
    updatedAt: text("updated_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("actions_org_idx").on(t.organisationId, t.status),
    index("actions_engagement_idx").on(t.engagementId),
    index("actions_owner_idx").on(t.ownerUserId),
  ],
);

/** The themes an action answers; showQuotes chooses whether the public page quotes the chosen passages. */
export const actionThemes = sqliteTable(
  "action_themes",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.themeId] }), index("action_themes_theme_idx").on(t.themeId)],
);

/** Redacted passages (codings) chosen to quote publicly for an action. */
export const actionQuotes = sqliteTable(
  "action_quotes",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    codingId: integer("coding_id")
      .notNull()
      .references(() => codings.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.codingId] })],
);

/** Dated progress updates: append-only (a trigger refuses UPDATE and DELETE). */
export const actionUpdates = sqliteTable(
  "action_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id),
    /** The day the update describes (YYYY-MM-DD). */
    updateOn: text("update_on").notNull(),
    body: text("body").notNull(),
    bodyCy: text("body_cy").notNull().default(""),
    /** Set when the update changed the status. */
    statusFrom: text("status_from", { enum: ACTION_STATUSES }),
    statusTo: text("status_to", { enum: ACTION_STATUSES }),
    /** Shown publicly with the action when published. */
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(true),
    authorUserId: integer("author_user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("action_updates_action_idx").on(t.actionId)],
);

/** Links to evidence of the change (a policy, a training record, a published report). */
export const actionEvidence = sqliteTable(
  "action_evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    url: text("url").notNull(),
    addedBy: integer("added_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("action_evidence_action_idx").on(t.actionId)],
);

/**
 * A scrutiny panel: independent members and victim-survivor representatives who review themes and recommend. Members
 * see only their panels' issued packs (frozen snapshots of suppressed figures and redacted quotes), never responses.
 */
export const panels = sqliteTable(
  "panels",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    nameCy: text("name_cy").notNull().default(""),
    termsOfReference: text("terms_of_reference").notNull().default(""),
    termsOfReferenceCy: text("terms_of_reference_cy").notNull().default(""),
    /** The chair records outcomes and signs sessions off; must also be a member. */
    chairUserId: integer("chair_user_id").references(() => users.id),
    archivedAt: text("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [index("panels_org_idx").on(t.organisationId)],
);

export const panelMembers = sqliteTable(
  "panel_members",
  {
    panelId: integer("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.panelId, t.userId] }), index("panel_members_user_idx").on(t.userId)],
);

/** The engagements a panel scrutinises: its sessions choose themes from these. */
export const panelEngagements = sqliteTable(
  "panel_engagements",
  {
    panelId: integer("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    engagementId: integer("engagement_id")
      .notNull()
      .references(() => engagements.id),
  },
  (t) => [primaryKey({ columns: [t.panelId, t.engagementId] })],
);

/** The frozen pack of an issued session: what every member reads (JSON built once, never recomputed). */
export type PanelPack = Record<string, unknown>;

export const panelSessions = sqliteTable(
  "panel_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    panelId: integer("panel_id")
      .notNull()
      .references(() => panels.id),
    /** YYYY-MM-DD */
    heldOn: text("held_on").notNull(),
    agenda: text("agenda").notNull().default(""),
    agendaCy: text("agenda_cy").notNull().default(""),
    status: text("status", { enum: PANEL_SESSION_STATUSES }).notNull().default("planning"),
    pack: text("pack", { mode: "json" }).$type<PanelPack>(),
    packIssuedAt: text("pack_issued_at"),
    packIssuedBy: integer("pack_issued_by").references(() => users.id),
    minutes: text("minutes").notNull().default(""),
    minutesCy: text("minutes_cy").notNull().default(""),
    signedOffAt: text("signed_off_at"),
    signedOffBy: integer("signed_off_by").references(() => users.id),
    /** A public summary of a signed-off session, for the "you said, we did" page. */
    publicSummary: text("public_summary").notNull().default(""),
    publicSummaryCy: text("public_summary_cy").notNull().default(""),
    summaryPublished: integer("summary_published", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("panel_sessions_panel_idx").on(t.panelId)],
);

/** The themes under review in a session, in agenda order (chosen while planning). */
export const panelSessionThemes = sqliteTable(
  "panel_session_themes",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.themeId] })],
);

/** Who attended a session, and any interest they declared. */
export const panelAttendance = sqliteTable(
  "panel_attendance",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    attended: integer("attended", { mode: "boolean" }).notNull().default(true),
    declaration: text("declaration").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** The panel's conclusion about one theme of a session (recorded by the chair). */
export const findings = sqliteTable(
  "findings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    sessionId: integer("session_id")
      .notNull()
      .references(() => panelSessions.id),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id),
    outcome: text("outcome", { enum: FINDING_OUTCOMES }).notNull(),
    observations: text("observations").notNull().default(""),
    observationsCy: text("observations_cy").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("findings_session_theme_unique").on(t.sessionId, t.themeId)],
);

/** What the panel recommends, to whom; becomes a proposed action (actions.recommendation_id) for that team. */
export const recommendations = sqliteTable(
  "recommendations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    sessionId: integer("session_id")
      .notNull()
      .references(() => panelSessions.id),
    findingId: integer("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    what: text("what").notNull(),
    whatCy: text("what_cy").notNull().default(""),
    /** The team it is addressed to (becomes the action's owning team). */
    toWhom: text("to_whom").notNull(),
    priority: text("priority", { enum: RECOMMENDATION_PRIORITIES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("recommendations_session_idx").on(t.sessionId)],
);

/** Members' comments on a session before it is signed off. */
export const panelComments = sqliteTable(
  "panel_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionId: integer("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    /** The theme commented on; null for the session as a whole. */
    themeId: integer("theme_id").references(() => themes.id),
    authorUserId: integer("author_user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("panel_comments_session_idx").on(t.sessionId)],
);

/**
 * An organisation's own wording of a practice statement. Absent rows fall back to the shipped statements in
 * surveys/practice/statements.json.
 */
export const practiceStatementWording = sqliteTable(
  "practice_statement_wording",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    statementKey: text("statement_key").notNull(),
    text: text("text").notNull(),
    textCy: text("text_cy").notNull(),
    evidence: text("evidence").notNull(),
    evidenceCy: text("evidence_cy").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.statementKey] })],
);

/** What a signed-off assessment froze: the wording it was rated against and the figures beside each statement. */
export type PracticeSnapshot = {
  stages: { key: string; number: number; title: string; titleCy: string }[];
  statements: { key: string; stage: string; text: string; textCy: string; evidence: string; evidenceCy: string }[];
  figures: Record<string, { value: number; of?: number }>;
};

/** A named, dated self-assessment of an organisation's practice; signed off by a lead, then frozen (triggers). */
export const practiceAssessments = sqliteTable(
  "practice_assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    /** YYYY-MM-DD: the day the assessment describes. */
    assessedOn: text("assessed_on").notNull(),
    status: text("status", { enum: PRACTICE_ASSESSMENT_STATUSES }).notNull().default("open"),
    createdBy: integer("created_by").references(() => users.id),
    signedOffAt: text("signed_off_at"),
    signedOffBy: integer("signed_off_by").references(() => users.id),
    snapshot: text("snapshot", { mode: "json" }).$type<PracticeSnapshot>(),
    createdAt: createdAt(),
  },
  (t) => [index("practice_assessments_org_idx").on(t.organisationId, t.assessedOn)],
);

/** One statement's rating in an assessment, with notes and evidence links. */
export const practiceRatings = sqliteTable(
  "practice_ratings",
  {
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => practiceAssessments.id, { onDelete: "cascade" }),
    statementKey: text("statement_key").notNull(),
    level: text("level", { enum: PRACTICE_LEVELS }).notNull(),
    notes: text("notes").notNull().default(""),
    evidenceLinks: text("evidence_links", { mode: "json" }).$type<string[]>().notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.statementKey] })],
);

/** Everyone who rated or evidenced a statement of an assessment. */
export const practiceContributors = sqliteTable(
  "practice_contributors",
  {
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => practiceAssessments.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId] })],
);

/** A gap of a signed-off assessment turned into an action of the action log: one action per gap. */
export const practiceGapActions = sqliteTable(
  "practice_gap_actions",
  {
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => practiceAssessments.id),
    statementKey: text("statement_key").notNull(),
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.statementKey] }), uniqueIndex("practice_gap_actions_action").on(t.actionId)],
);

/** Organisations that share their signed-off profiles, in aggregate only, with the others on the installation. */
export const practiceSharing = sqliteTable("practice_sharing", {
  organisationId: integer("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  sharedSince: text("shared_since").notNull(),
  sharedBy: integer("shared_by").references(() => users.id),
});

// ---- notify sending (issue 22 part A) ----

/**
 * An organisation's GOV.UK Notify settings. The API key is sealed (AES-256-GCM under a key derived from the
 * installation's secret, bound to the organisation) and never shown again; only its key name is kept in clear.
 */
export const notifySettings = sqliteTable("notify_settings", {
  organisationId: integer("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  apiKeySealed: text("api_key_sealed"),
  apiKeyName: text("api_key_name"),
  smsSenderId: text("sms_sender_id"),
  emailReplyToId: text("email_reply_to_id"),
  smsTemplateEn: text("sms_template_en"),
  smsTemplateCy: text("sms_template_cy"),
  emailTemplateEn: text("email_template_en"),
  emailTemplateCy: text("email_template_cy"),
  /** The service's inbound number is set up, so replies such as STOP and DIM are fetched and honoured. */
  inboundSms: integer("inbound_sms", { mode: "boolean" }).notNull().default(false),
  /** The newest received text already read, so each reply is read once. */
  receivedTextsSeen: text("received_texts_seen"),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedBy: integer("updated_by").references(() => users.id),
});

/**
 * Messages waiting to go to Notify, and those Notify accepted whose delivery is not final yet. The recipient and
 * the link are wiped the moment Notify accepts a message; the row is deleted once its status is final and counted.
 * `reference` (random, sent to Notify) lets a retry after an unknown outcome find the message instead of sending twice.
 */
export const notifyOutbox = sqliteTable(
  "notify_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    batchId: integer("batch_id").notNull(),
    kind: text("kind", { enum: ["invitation", "reminder"] }).notNull(),
    medium: text("medium", { enum: ["sms", "email"] }).notNull(),
    recipient: text("recipient"),
    language: text("language", { enum: ["en", "cy"] }).notNull(),
    link: text("link"),
    reference: text("reference").notNull(),
    weekends: integer("weekends", { mode: "boolean" }).notNull().default(false),
    notBefore: text("not_before").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    state: text("state", { enum: ["queued", "sending", "accepted"] })
      .notNull()
      .default("queued"),
    notifyId: text("notify_id"),
  },
  (t) => [
    uniqueIndex("notify_outbox_reference").on(t.reference),
    index("notify_outbox_due").on(t.state, t.nextAttemptAt),
    index("notify_outbox_batch").on(t.organisationId, t.batchId),
  ],
);

/** Delivery counted per batch and kind from Notify's status API: never a status per person. */
export const notifyBatchCounts = sqliteTable(
  "notify_batch_counts",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    batchId: integer("batch_id").notNull(),
    kind: text("kind", { enum: ["invitation", "reminder"] }).notNull(),
    accepted: integer("accepted").notNull().default(0),
    delivered: integer("delivered").notNull().default(0),
    permanentFailure: integer("permanent_failure").notNull().default(0),
    temporaryFailure: integer("temporary_failure").notNull().default(0),
    technicalFailure: integer("technical_failure").notNull().default(0),
    /** Refused by Notify (a bad number or address) or given up after every retry. */
    notSent: integer("not_sent").notNull().default(0),
    /** Opted out after the batch was confirmed: dropped just before sending. */
    optedOut: integer("opted_out").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.batchId, t.kind] })],
);

/** People who asked not to be messaged again: a keyed hash of the normalised number or address, never the contact. */
export const notifyOptOuts = sqliteTable(
  "notify_opt_outs",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    contactKey: text("contact_key").notNull(),
    source: text("source", { enum: ["page", "reply"] }).notNull(),
    /** The day only. */
    day: text("day").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.contactKey] })],
);

// ---- invitation batches (issue 22 part B) ----

export const INVITATION_BATCH_STATUSES = ["draft", "awaiting_approval", "sending", "closed", "cancelled"] as const;
export type InvitationBatchStatus = (typeof INVITATION_BATCH_STATUSES)[number];

/** What the batch pages remember per organisation: the last column mapping used, and the size needing a second person. */
export const invitationSettings = sqliteTable("invitation_settings", {
  organisationId: integer("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  /** Field → column header of the force's export (app/invitations/mapping.ts); headers only, never a value. */
  mapping: text("mapping", { mode: "json" }).$type<Record<string, string>>(),
  /** A batch inviting more people than this needs a second person's approval. */
  approvalThreshold: integer("approval_threshold").notNull().default(500),
});

/**
 * One upload of a contact list for one survey channel. Holds counts and the per-row report (row numbers and
 * problem codes only), never a contact: contacts live sealed in invitation_contacts until the reminder is queued.
 */
export const invitationBatches = sqliteTable(
  "invitation_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id),
    status: text("status", { enum: INVITATION_BATCH_STATUSES }).notNull().default("draft"),
    minDelayDays: integer("min_delay_days").notNull(),
    maxDelayDays: integer("max_delay_days").notNull(),
    weekends: integer("weekends", { mode: "boolean" }).notNull().default(false),
    /** The report shown before confirming (app/invitations/report.ts): counts and row problems, no values. */
    report: text("report", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    invited: integer("invited").notNull().default(0),
    answered: integer("answered").notNull().default(0),
    reminded: integer("reminded").notNull().default(0),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    confirmedBy: integer("confirmed_by").references(() => users.id),
    confirmedAt: text("confirmed_at"),
    approvedBy: integer("approved_by").references(() => users.id),
    approvedAt: text("approved_at"),
    queuedAt: text("queued_at"),
    reminderQueuedAt: text("reminder_queued_at"),
    /** After this the reminder is no longer sent and every hash of the batch is deleted. */
    closesAt: text("closes_at"),
    closedAt: text("closed_at"),
    createdAt: createdAt(),
  },
  (t) => [index("invitation_batches_survey_idx").on(t.organisationId, t.surveyId)],
);

/**
 * One invited person while the batch needs them: the contact sealed (for the reminder), its keyed hash (opt-outs),
 * and the hashes of the links sent. The contact and its key go when the reminder is queued; the rows go when the
 * batch closes. Nothing about a response is kept but `answered`.
 */
export const invitationContacts = sqliteTable(
  "invitation_contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    batchId: integer("batch_id")
      .notNull()
      .references(() => invitationBatches.id, { onDelete: "cascade" }),
    sealed: text("sealed"),
    contactKey: text("contact_key"),
    linkHash: text("link_hash"),
    reminderLinkHash: text("reminder_link_hash"),
    answered: integer("answered", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("invitation_contacts_batch_idx").on(t.batchId),
    uniqueIndex("invitation_contacts_link_unique").on(t.linkHash),
    uniqueIndex("invitation_contacts_reminder_link_unique").on(t.reminderLinkHash),
  ],
);

// ---- commissioning (issue 20, part A) ----

/** invited → active | declined; active → ended. A declined or ended relationship is kept as it was, never deleted. */
export const COMMISSION_STATES = ["invited", "active", "declined", "ended"] as const;
export type CommissionState = (typeof COMMISSION_STATES)[number];
export const OUTCOME_FRAMEWORK_STATUSES = ["draft", "published"] as const;
export const OUTCOME_MEASURE_KINDS = ["outcome", "victims_code", "satisfaction"] as const;
export type OutcomeMeasureKind = (typeof OUTCOME_MEASURE_KINDS)[number];
export const IMPROVED_WHEN = ["higher", "lower"] as const;

/**
 * An organisation (a PCC office) commissions a service (another organisation). At most one live (invited or
 * active) relationship per pair: the partial unique index. The service chooses whether its themes are shared.
 * ended_at is where sharing stops: what was reported before it stays reported (part B snapshots returns).
 */
export const commissions = sqliteTable(
  "commissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commissionerOrganisationId: integer("commissioner_organisation_id")
      .notNull()
      .references(() => organisations.id),
    serviceOrganisationId: integer("service_organisation_id")
      .notNull()
      .references(() => organisations.id),
    state: text("state", { enum: COMMISSION_STATES }).notNull().default("invited"),
    invitedBy: integer("invited_by").references(() => users.id),
    invitedAt: text("invited_at").notNull(),
    /** Who accepted (state active) or declined (state declined) the invitation, and when. */
    acceptedBy: integer("accepted_by").references(() => users.id),
    acceptedAt: text("accepted_at"),
    declinedBy: integer("declined_by").references(() => users.id),
    declinedAt: text("declined_at"),
    endedBy: integer("ended_by").references(() => users.id),
    endedAt: text("ended_at"),
    /** Which side ended it. */
    endedByOrganisationId: integer("ended_by_organisation_id").references(() => organisations.id),
    /** Set by the service only: the commissioner sees the service's outcome-survey themes (never text). */
    shareThemes: integer("share_themes", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("commissions_live_pair_unique")
      .on(t.commissionerOrganisationId, t.serviceOrganisationId)
      .where(sql`state in ('invited', 'active')`),
    index("commissions_commissioner_idx").on(t.commissionerOrganisationId, t.state),
    index("commissions_service_idx").on(t.serviceOrganisationId, t.state),
  ],
);

/**
 * A commissioner's outcome framework: each row is one version. A draft is edited; publishing freezes it (the
 * model refuses any change to a published version; a new version is a new draft copied from it).
 */
export const outcomeFrameworks = sqliteTable(
  "outcome_frameworks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    nameCy: text("name_cy").notNull(),
    status: text("status", { enum: OUTCOME_FRAMEWORK_STATUSES }).notNull().default("draft"),
    version: integer("version").notNull(),
    publishedAt: text("published_at"),
    publishedBy: integer("published_by").references(() => users.id),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outcome_frameworks_version_unique").on(t.organisationId, t.version),
    uniqueIndex("outcome_frameworks_one_draft")
      .on(t.organisationId)
      .where(sql`status = 'draft'`),
  ],
);

/** One choice of a measure's fixed scale, in English and Welsh. */
export type OutcomeScaleValue = { value: string; text: { en: string; cy: string } };

/**
 * One measure of a framework version. `element` is the SurveyJS question exactly as every service's outcome
 * survey carries it (name = outcomeQuestionName(key), texts { default, cy }); `scale` lists the scored values
 * in order from lowest to highest (opt-outs such as "prefer not to say" are in the element, never in the scale);
 * improvedWhen says which direction along the scale is better.
 */
export const outcomeMeasures = sqliteTable(
  "outcome_measures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => outcomeFrameworks.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    kind: text("kind", { enum: OUTCOME_MEASURE_KINDS }).notNull(),
    /** The bank question it came from, or null for the commissioner's own measure. */
    bankId: text("bank_id"),
    element: text("element", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    scale: text("scale", { mode: "json" }).$type<OutcomeScaleValue[]>().notNull(),
    improvedWhen: text("improved_when", { enum: IMPROVED_WHEN }).notNull().default("higher"),
  },
  (t) => [
    uniqueIndex("outcome_measures_key_unique").on(t.frameworkId, t.key),
    index("outcome_measures_position_idx").on(t.frameworkId, t.position),
  ],
);

/**
 * A service's outcome survey: a survey of the service's own organisation adopted from a published framework
 * version for one commission. The measured questions come first and are locked (app/commissioning/locked.ts).
 * One row per commission; adopting a newer framework version moves the row (the audit log keeps the history).
 */
export const serviceOutcomeSurveys = sqliteTable(
  "service_outcome_surveys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commissionId: integer("commission_id")
      .notNull()
      .references(() => commissions.id),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => outcomeFrameworks.id),
    frameworkVersion: integer("framework_version").notNull(),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    adoptedBy: integer("adopted_by").references(() => users.id),
    adoptedAt: text("adopted_at").notNull(),
  },
  (t) => [
    uniqueIndex("service_outcome_surveys_commission_unique").on(t.commissionId),
    uniqueIndex("service_outcome_surveys_survey_unique").on(t.surveyId),
    index("service_outcome_surveys_framework_idx").on(t.frameworkId),
  ],
);

// ---- outcomes: pair codes, start and end channels, quarterly returns (issue 20, part B) ----

/** Where in a person's support an outcome survey's channel asks: at its start, or at its end. */
export const OUTCOME_STAGES = ["start", "end"] as const;
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];

/**
 * A channel of a service's outcome survey that asks at the start or at the end of support. A channel without a
 * row here is an ordinary one (its answers count for the single-point measures only).
 */
export const outcomeChannelStages = sqliteTable("outcome_channel_stages", {
  channelId: integer("channel_id")
    .primaryKey()
    .references(() => channels.id, { onDelete: "cascade" }),
  organisationId: integer("organisation_id")
    .notNull()
    .references(() => organisations.id),
  stage: text("stage", { enum: OUTCOME_STAGES }).notNull(),
});

/**
 * The stage a response was given at and, where there is one, the keyed hash of its pair code
 * (app/outcomes/pair-code.server.ts): never the code, never anything about the person, never a time. An end answer
 * given without a code (or with one that could not be read) has a null hash. Deleted with its response.
 */
export const outcomePairCodes = sqliteTable(
  "outcome_pair_codes",
  {
    responseId: integer("response_id")
      .primaryKey()
      .references(() => responses.id, { onDelete: "cascade" }),
    surveyId: integer("survey_id").notNull(),
    stage: text("stage", { enum: OUTCOME_STAGES }).notNull(),
    pairHash: text("pair_hash"),
  },
  (t) => [index("outcome_pair_codes_survey_idx").on(t.surveyId, t.stage, t.pairHash)],
);

/**
 * A quarterly outcome return as it was first produced after its quarter closed: the disclosed figures (already
 * through disclosure control, never a raw count below the threshold) per service and in total. Shown as reported
 * from then on, even after a relationship ends or answers are purged.
 */
export const outcomeReturns = sqliteTable(
  "outcome_returns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** "2026-27-Q3" (app/outcomes/quarters.ts). */
    quarter: text("quarter").notNull(),
    figures: text("figures", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** The day it was produced (YYYY-MM-DD). */
    producedOn: text("produced_on").notNull(),
    producedBy: integer("produced_by").references(() => users.id),
  },
  (t) => [uniqueIndex("outcome_returns_quarter_unique").on(t.organisationId, t.quarter)],
);

// ---- insights dashboard (issue 23) ----

/**
 * rollup_answers without the day: answer facts (and "answered" rows) by survey, key, value, month, channel and
 * language, kept by the same tally in the same transactions (rollups.server.ts). What a dashboard reads when its dates
 * are absent or fall on month edges: about 30 times fewer rows than by day (a year of a survey's answers is ~15k rows
 * here against ~375k), and reading those rows was most of a dashboard's time. WITHOUT ROWID, as the other roll-ups.
 */
export const rollupAnswerMonths = sqliteTable(
  "rollup_answer_months",
  {
    surveyId: integer("survey_id").notNull(),
    questionKey: text("question_key").notNull(),
    answered: integer("answered").notNull(),
    value: text("value").notNull(),
    month: text("month").notNull(),
    channel: integer("channel").notNull(),
    language: text("language").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.questionKey, t.answered, t.value, t.month, t.channel, t.language] })],
);

// ---- submissions (issue 23) ----

/**
 * Responses stored but not yet counted into the roll-ups (app/insights/rollups.server.ts, ADR 0016). A submission
 * adds its id here instead of its few hundred roll-up rows; settleRollups counts the pending responses in batches
 * and deletes their rows, in one transaction, so roll-ups + pending = the raw facts at every commit. Readers of the
 * roll-ups settle first. Deleting a response deletes its pending row (a pending response was never counted).
 */
export const rollupPending = sqliteTable("rollup_pending", {
  responseId: integer("response_id")
    .primaryKey()
    .references(() => responses.id, { onDelete: "cascade" }),
});

// ---- shared theme links (issue 20) ----

/*
 * A commissioner's own action or panel session linked to a theme a service shares with it. The theme row belongs to
 * the SERVICE organisation: theme_id has no foreign key on purpose, so the commissioner's links never stop the service
 * editing or deleting its own codebook. These links are read only through app/commissioning/theme-links.server.ts,
 * which shows what the shared-themes module shows (names, descriptions, counts through disclosure control, the
 * quarter before) while the service shares, and "no longer shared" otherwise: never passages, quotes or responses.
 */

/** A commissioner's action linked to a theme one of its services shares. */
export const actionSharedThemes = sqliteTable(
  "action_shared_themes",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    /** The commissioner: the action's own organisation. */
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    commissionId: integer("commission_id")
      .notNull()
      .references(() => commissions.id),
    /** The service's theme (another organisation's row: no foreign key, see above). */
    themeId: integer("theme_id").notNull(),
    linkedBy: integer("linked_by").references(() => users.id),
    linkedAt: text("linked_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.commissionId, t.themeId] }),
    index("action_shared_themes_theme_idx").on(t.organisationId, t.commissionId, t.themeId),
  ],
);

/**
 * A commissioner's panel session whose pack will carry a theme one of its services shares. Chosen while the session is
 * planned; issuing the pack freezes the theme as it was shared that day (database triggers refuse changes after).
 */
export const panelSessionSharedThemes = sqliteTable(
  "panel_session_shared_themes",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => panelSessions.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    commissionId: integer("commission_id")
      .notNull()
      .references(() => commissions.id),
    themeId: integer("theme_id").notNull(),
    position: integer("position").notNull().default(0),
    linkedBy: integer("linked_by").references(() => users.id),
    linkedAt: text("linked_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.commissionId, t.themeId] }),
    index("panel_session_shared_themes_theme_idx").on(t.organisationId, t.commissionId, t.themeId),
  ],
);

// ---- quote check (issue 19) ----

/**
 * A person's decision on one redacted passage (a shared coding) before it is quoted to a panel or the public:
 * "safe" (read, identifies no one) or "withheld" (never quoted; it stays coded and counted). One row per passage, the
 * latest decision; the audit log keeps every decision. A "safe" decision holds only while the passage's text is the
 * text that was read (text_hash, SHA-256 of it): if re-redaction changes the answer, the passage is unread again.
 * Read and written only through app/themes/quote-check.server.ts (ADR 0017).
 */
export const quoteChecks = sqliteTable(
  "quote_checks",
  {
    codingId: integer("coding_id")
      .primaryKey()
      .references(() => codings.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    decision: text("decision", { enum: ["safe", "withheld"] }).notNull(),
    textHash: text("text_hash").notNull(),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: text("decided_at").notNull(),
  },
  (t) => [index("quote_checks_org_idx").on(t.organisationId, t.decision)],
);
