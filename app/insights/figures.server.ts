/**
 * The insights dashboards' model: one survey, or every survey of an
 * engagement. Every count comes from the roll-ups, or where they cannot
 * answer from a GROUP BY over responses and answer_facts
 * (figures-queries.server.ts), scoped to the organisation's own surveys;
 * shaping and disclosure control are in figures.ts and compliance.ts. The
 * last argument of each is for the tests that prove both sources equal.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { channels, surveys, surveyVersions } from "../../db/schema";
import type { FieldErrors, FormValues } from "../components/form/parse-form";
import { getEngagement } from "../engagements/engagements.server";
import { fixedT, type Language } from "../i18n/i18n";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { getSurvey } from "../surveys/surveys.server";
import { outcomeCharts, shapeCompliance, type ComplianceFigure, type OutcomeChart } from "./compliance";
import { refusalOf, shapeFigures, type FigureContext, type Figures, type RawCounts, type Refusal } from "./figures";
import {
  answerFilters,
  completionKeys,
  questionGroups,
  type AnswerOptionGroup,
  type VersionDefinition,
} from "./figures-questions";
import { figureQueries, scopeOf, type FigureSource, type Plan } from "./figures-queries.server";
import { isFiltered, previousPeriod, readFilters } from "./filters";

export type InsightsResult =
  | { kind: "invalid" }
  | { kind: "refused"; refusal: Refusal }
  | { kind: "empty" }
  | {
      kind: "figures";
      figures: Figures;
      compliance: ComplianceFigure;
      outcomes: OutcomeChart[];
      /** The previous period of the same length, when both dates are set. */
      comparison: { from: string; to: string; refusal: Refusal | null } | null;
    };

export type InsightsPage = {
  threshold: number;
  filtered: boolean;
  form: {
    values: FormValues;
    errors: FieldErrors;
    channels: { value: string; label: string }[];
    languages: { value: string; label: string }[];
    answers: AnswerOptionGroup[];
    hasRights: boolean;
  };
  result: InsightsResult;
};

type ScopeSurvey = { id: number; title: string; languages: string[] };

/**
 * Published definitions, parsed once: keyed by their text (a version is frozen; the text makes the key exact whatever
 * the database), so the same object comes back each time and survey-core reads each version once (engineFor), not on
 * every dashboard call (about 50 ms a call for the bench's template).
 */
const parsedDefinitions = new Map<string, object>();
const DEFINITIONS_KEPT = 200;

function parsedDefinition(text: string): object {
  let parsed = parsedDefinitions.get(text);
  if (!parsed) {
    parsed = JSON.parse(text) as object;
    if (parsedDefinitions.size >= DEFINITIONS_KEPT) parsedDefinitions.clear();
    parsedDefinitions.set(text, parsed);
  }
  return parsed;
}

function insightsFor(
  organisationId: number,
  list: ScopeSurvey[],
  params: URLSearchParams,
  lang: Language,
  source: FigureSource,
): InsightsPage {
  const db = getDb();
  const t = fixedT(lang);
  const scope = scopeOf(
    organisationId,
    list.map((survey) => survey.id),
  );
  const { populationCheck, rawCounts } = figureQueries(scope, source);
  const threshold = disclosureThresholdFor(organisationId);
  const versions: VersionDefinition[] = scope.surveyIds.length
    ? db
        .select({
          surveyId: surveyVersions.surveyId,
          versionId: surveyVersions.id,
          version: surveyVersions.version,
          // The stored text, not drizzle's parse of it: parsedDefinition keys its cache by it.
          text: sql<string>`${surveyVersions.definition}`,
        })
        .from(surveyVersions)
        .innerJoin(surveys, eq(surveys.id, surveyVersions.surveyId))
        .where(and(eq(surveys.organisationId, organisationId), inArray(surveyVersions.surveyId, scope.surveyIds)))
        .all()
        .map(({ text, ...version }) => ({ ...version, definition: parsedDefinition(text) }))
    : [];
  const groups = questionGroups(list, versions, lang);
  const channelRows = scope.surveyIds.length
    ? db
        .select({ id: channels.id, label: channels.label, surveyId: channels.surveyId })
        .from(channels)
        .where(and(eq(channels.organisationId, organisationId), inArray(channels.surveyId, scope.surveyIds)))
        .orderBy(asc(channels.surveyId), asc(channels.id))
        .all()
    : [];
  const titleOf = (surveyId: number) => list.find((survey) => survey.id === surveyId)?.title ?? "";
  const channelList = channelRows.map((row) => ({
    id: row.id,
    label: list.length > 1 ? `${titleOf(row.surveyId)}: ${row.label}` : row.label,
  }));
  const languages = [...new Set(["en", ...list.flatMap((survey) => survey.languages)])];
  const answers = answerFilters(groups, list.length === 1);
  const context: FigureContext = {
    lang,
    threshold,
    groups,
    channels: channelList,
    languages,
    labels: {
      plainLink: t("insights.plainLink"),
      otherChannel: t("insights.otherChannel"),
      completed: t("insights.completion.completed"),
      notCompleted: t("insights.completion.notCompleted"),
      language: (code) => t(`surveyLanguages.${code}`, { defaultValue: code }),
    },
  };
  const read = readFilters(params, { channelIds: channelList.map((c) => c.id), languages, answers: answers.choices });
  const page: Omit<InsightsPage, "result"> = {
    threshold,
    filtered: read.ok ? isFiltered(read.filters) : true,
    form: {
      values: read.values,
      errors: read.ok ? {} : read.errors,
      channels: [
        { value: "none", label: context.labels.plainLink },
        ...channelList.map((c) => ({ value: String(c.id), label: c.label })),
      ],
      languages: languages.map((code) => ({ value: code, label: context.labels.language(code) })),
      answers: answers.groups,
      hasRights: groups.some((group) => group.right !== null),
    },
  };
  if (!read.ok) return { ...page, result: { kind: "invalid" } };
  const filters = read.filters;
  const refusal = refusalOf(populationCheck(filters, context), threshold);
  if (refusal) return { ...page, result: { kind: "refused", refusal } };

  const plan: Plan = {
    rightKeys: [...new Set(groups.filter((group) => group.right !== null).map((group) => group.key))],
    completion: completionKeys(versions),
  };
  const raw = rawCounts(filters, plan);
  const days = raw.byDay.filter((row) => row.n > 0).map((row) => row.day);
  if (days.length === 0) return { ...page, result: { kind: "empty" } };

  let comparison: { from: string; to: string; refusal: Refusal | null } | null = null;
  let previous: RawCounts | undefined;
  if (filters.from && filters.to) {
    const period = previousPeriod(filters.from, filters.to);
    const earlier = { ...filters, ...period };
    const earlierRefusal = refusalOf(populationCheck(earlier, context), threshold);
    comparison = { ...period, refusal: earlierRefusal };
    if (!earlierRefusal) previous = rawCounts(earlier, plan);
  }
  const figures = shapeFigures(raw, context, previous);
  const compliance = shapeCompliance(figures.questions, groups, raw, {
    threshold,
    by: filters.by,
    firstDay: days.reduce((a, b) => (a < b ? a : b)),
    lastDay: days.reduce((a, b) => (a > b ? a : b)),
  });
  return { ...page, result: { kind: "figures", figures, compliance, outcomes: outcomeCharts(figures.questions), comparison } };
}

/** One survey's dashboard; another organisation's survey is 404. */
export function surveyInsights(
  organisationId: number,
  surveyId: number,
  params: URLSearchParams,
  lang: Language,
  source: FigureSource = "rollups",
) {
  const survey = getSurvey(organisationId, surveyId);
  const insights = insightsFor(
    organisationId,
    [{ id: survey.id, title: survey.title, languages: survey.settings.languages }],
    params,
    lang,
    source,
  );
  return { survey: { id: survey.id, title: survey.title }, insights };
}

/** An engagement's dashboard across its surveys; another organisation's engagement is 404. */
export function engagementInsights(
  organisationId: number,
  engagementId: number,
  params: URLSearchParams,
  lang: Language,
  source: FigureSource = "rollups",
) {
  const engagement = getEngagement(organisationId, engagementId);
  const list = getDb()
    .select({ id: surveys.id, title: surveys.title, settings: surveys.settings })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.engagementId, engagementId)))
    .orderBy(asc(surveys.id))
    .all();
  const insights = insightsFor(
    organisationId,
    list.map((survey) => ({ id: survey.id, title: survey.title, languages: survey.settings.languages })),
    params,
    lang,
    source,
  );
  return {
    engagement: { id: engagement.id, title: engagement.title },
    surveys: list.map((survey) => ({ id: survey.id, title: survey.title })),
    insights,
  };
}
