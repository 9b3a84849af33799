/**
 * The fixed vocabularies of the domain. Kept apart from the drizzle schema so
 * that browser code can use them without pulling in the ORM.
 */
export const ROLES = ["admin", "engagement_lead", "analyst", "panel_member", "action_owner"] as const;
export type Role = (typeof ROLES)[number];
export const STAGE_KEYS = ["purpose", "benchmark", "co_design", "safety", "inclusion", "listen", "act"] as const;
export type StageKey = (typeof STAGE_KEYS)[number];
export const ENGAGEMENT_STATUSES = ["planning", "listening", "acting", "closed"] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
export const STAGE_STATUSES = ["not_started", "in_progress", "done"] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export type ChecklistDefinition = { key: string; text: string; textCy: string; gatesPublishing: boolean };

export const SURVEY_STATUSES = ["draft", "published", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Languages a survey can be offered in besides English (SurveyJS locale codes). */
export const SURVEY_LANGUAGES = ["cy", "pl", "ro", "pa", "ur", "ar"] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

export const CHANNEL_STATUSES = ["open", "paused"] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

/** Where an action stands; "not_taken_forward" needs a reason. */
export const ACTION_STATUSES = ["proposed", "agreed", "in_progress", "done", "not_taken_forward"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A panel session moves from planning to a frozen pack (issued) to a frozen record (signed off). */
export const PANEL_SESSION_STATUSES = ["planning", "issued", "signed_off"] as const;
export type PanelSessionStatus = (typeof PANEL_SESSION_STATUSES)[number];
/** What a panel concluded about a theme. */
export const FINDING_OUTCOMES = ["good_practice", "area_for_improvement", "concern", "no_agreement"] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];
export const RECOMMENDATION_PRIORITIES = ["high", "medium", "low"] as const;
export type RecommendationPriority = (typeof RECOMMENDATION_PRIORITIES)[number];

/** A practice statement's rating in a self-assessment, from nothing in place to part of how the organisation works. */
export const PRACTICE_LEVELS = ["not_started", "developing", "established", "embedded"] as const;
export type PracticeLevel = (typeof PRACTICE_LEVELS)[number];
/** A self-assessment is open to contributors until a lead signs it off; then it is frozen. */
export const PRACTICE_ASSESSMENT_STATUSES = ["open", "signed_off"] as const;
export type PracticeAssessmentStatus = (typeof PRACTICE_ASSESSMENT_STATUSES)[number];
