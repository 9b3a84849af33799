/**
 * The figures behind the outcome pages, read from the services' own outcome surveys. Only counts leave this
 * module, and only through compareServices (disclosure control per service, grid-disclosure.ts): never a response,
 * a quote or a row. What a PCC office sees is bounded by its relationships: active ones, and ended ones up to the
 * day they ended (no answer given after that day is counted). A closed quarter's return is kept as first produced
 * (outcome_returns) and shown as reported from then on.
 */
import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { answerFacts, organisations, outcomePairCodes, outcomeReturns, responses } from "../../db/schema";
import { latestPublishedFramework, type FrameworkVersion } from "../commissioning/frameworks.server";
import { measureScale } from "../commissioning/measures";
import {
  listCommissionedOutcomeSurveys,
  listServiceOutcomeSurveys,
  type CommissionedOutcomeSurvey,
} from "../commissioning/outcome-survey.server";
import { londonDate } from "../components/dates";
import { effectiveThreshold } from "../insights/disclosure";
import { frameworkAverage, type MeasureAverage } from "./average";
import { compareServices, type ComparedMeasure, type Comparison, type ServiceCounts } from "./comparison";
import { movementCounts, pointCounts } from "./measures";
import { pairResponses } from "./pairs";
import { isClosed, quarterDays, quarterKey, type Quarter } from "./quarters";

const textOf = (value: unknown, lang: "en" | "cy"): string => {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    const text = lang === "cy" ? (v.cy ?? v.default ?? v.en) : (v.default ?? v.en);
    return typeof text === "string" ? text : "";
  }
  return "";
};

/** The framework's measures as the comparison reads them. */
export function comparedMeasures(framework: FrameworkVersion): ComparedMeasure[] {
  return framework.measures.map((m) => ({
    key: m.key,
    kind: m.kind,
    title: { en: textOf(m.element.title, "en") || m.key, cy: textOf(m.element.title, "cy") || m.key },
    ...measureScale(m),
    pointLabels: m.scale.map((s) => ({ en: s.text.en, cy: s.text.cy })),
  }));
}

/** The last day a relationship's answers count: the day it ended (UK day), or none for an active one. */
function endedOn(endedAt: string | null): string | null {
  if (!endedAt) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(endedAt) ? endedAt : londonDate(new Date(endedAt));
}

const QUESTION_PREFIX = "vvo_";

/** One service's counts for a quarter, from its outcome survey's answers up to `lastDay`. */
export function serviceCounts(
  surveyId: number,
  measures: ComparedMeasure[],
  from: string,
  lastDay: string,
): Omit<ServiceCounts, "id" | "name" | "nameCy"> {
  const db = getDb();
  const inQuarter = and(eq(responses.surveyId, surveyId), gte(responses.submittedOn, from), lte(responses.submittedOn, lastDay));
  const responsesCount =
    db
      .select({ n: sql<number>`count(*)` })
      .from(responses)
      .where(inQuarter)
      .get()?.n ?? 0;
  const keys = measures.map((m) => `${QUESTION_PREFIX}${m.key}`);
  const factRows = keys.length
    ? db
        .select({ key: answerFacts.questionKey, value: answerFacts.value, n: sql<number>`count(*)` })
        .from(answerFacts)
        .innerJoin(responses, eq(responses.id, answerFacts.responseId))
        .where(and(inQuarter, eq(answerFacts.surveyId, surveyId), inArray(answerFacts.questionKey, keys)))
        .groupBy(answerFacts.questionKey, answerFacts.value)
        .all()
    : [];

  // Pairs: every end answer up to the last day takes its start (pairs.ts); those whose end is in the quarter count.
  const coded = db
    .select({ id: responses.id, day: responses.submittedOn, stage: outcomePairCodes.stage, pairHash: outcomePairCodes.pairHash })
    .from(outcomePairCodes)
    .innerJoin(responses, eq(responses.id, outcomePairCodes.responseId))
    .where(and(eq(outcomePairCodes.surveyId, surveyId), lte(responses.submittedOn, lastDay)))
    .all();
  const pairs = pairResponses(
    coded.filter((r) => r.stage === "start"),
    coded.filter((r) => r.stage === "end"),
  ).filter((p) => p.end.day >= from);
  const pairIds = pairs.flatMap((p) => [p.start.id, p.end.id]);
  const answersById = new Map<number, Map<string, string>>();
  for (let i = 0; i < pairIds.length; i += 500) {
    const batch = pairIds.slice(i, i + 500);
    if (!keys.length) break;
    for (const row of db
      .select({ id: answerFacts.responseId, key: answerFacts.questionKey, value: answerFacts.value })
      .from(answerFacts)
      .where(and(inArray(answerFacts.responseId, batch), inArray(answerFacts.questionKey, keys)))
      .all()) {
      const answers = answersById.get(row.id) ?? new Map<string, string>();
      answers.set(row.key, row.value);
      answersById.set(row.id, answers);
    }
  }

  const byMeasure: ServiceCounts["measures"] = {};
  for (const measure of measures) {
    const key = `${QUESTION_PREFIX}${measure.key}`;
    const answers = factRows.filter((r) => r.key === key).flatMap((r) => Array<string>(r.n).fill(r.value));
    const measurePairs = pairs.map((p) => ({
      start: answersById.get(p.start.id)?.get(key),
      end: answersById.get(p.end.id)?.get(key),
    }));
    byMeasure[measure.key] = { points: pointCounts(measure, answers), movements: movementCounts(measure, measurePairs) };
  }
  return { responses: responsesCount, measures: byMeasure };
}

function thresholdOf(organisationIds: number[]): number {
  if (organisationIds.length === 0) return effectiveThreshold(5);
  const rows = getDb()
    .select({ threshold: organisations.disclosureThreshold })
    .from(organisations)
    .where(inArray(organisations.id, organisationIds))
    .all();
  return Math.max(...rows.map((r) => effectiveThreshold(r.threshold)));
}

/** The services whose answers count for a quarter: active, or ended on or after the quarter's first day. */
function servicesFor(list: CommissionedOutcomeSurvey[], from: string) {
  return list
    .map((s) => ({ ...s, lastDay: endedOn(s.endedAt) }))
    .filter((s) => s.state === "active" || (s.lastDay !== null && s.lastDay >= from));
}

export type QuarterReturn = {
  quarter: string;
  framework: { name: string; nameCy: string; version: number };
  comparison: Comparison;
};

export type ComparisonPage = {
  quarterReturn: QuarterReturn | null;
  /** "reported": kept as first produced after the quarter closed; "provisional": the quarter is still open. */
  status: "reported" | "provisional";
  producedOn: string | null;
};

/** Every service's raw counts for a quarter: never sent to a page, only through compareServices or frameworkAverage. */
function liveCounts(commissionerOrganisationId: number, quarter: Quarter) {
  const framework = latestPublishedFramework(commissionerOrganisationId);
  if (!framework) return null;
  const measures = comparedMeasures(framework);
  const { from, to } = quarterDays(quarter);
  const services = servicesFor(listCommissionedOutcomeSurveys(commissionerOrganisationId), from);
  const counts: ServiceCounts[] = services.map((s) => ({
    id: s.serviceOrganisationId,
    name: s.serviceName,
    nameCy: s.serviceNameCy,
    ...serviceCounts(s.surveyId, measures, from, s.lastDay && s.lastDay < to ? s.lastDay : to),
  }));
  const threshold = thresholdOf([commissionerOrganisationId, ...services.map((s) => s.serviceOrganisationId)]);
  return { framework, measures, counts, threshold };
}

/** The PCC office's comparison for a quarter, live from the services' answers. */
export function liveReturn(commissionerOrganisationId: number, quarter: Quarter): QuarterReturn | null {
  const live = liveCounts(commissionerOrganisationId, quarter);
  if (!live) return null;
  const { framework, measures, counts, threshold } = live;
  return {
    quarter: quarterKey(quarter),
    framework: { name: framework.name, nameCy: framework.nameCy, version: framework.version },
    comparison: compareServices(counts, measures, threshold),
  };
}

/**
 * The return for a quarter as the PCC office sees it: a closed quarter's return is stored the first time it is
 * produced and read back as reported ever after; an open quarter's is live and provisional.
 */
export function quarterReturn(
  commissionerOrganisationId: number,
  quarter: Quarter,
  today: string,
  producedBy: number | null,
): ComparisonPage {
  const key = quarterKey(quarter);
  const db = getDb();
  const stored = () =>
    db
      .select({ figures: outcomeReturns.figures, producedOn: outcomeReturns.producedOn })
      .from(outcomeReturns)
      .where(and(eq(outcomeReturns.organisationId, commissionerOrganisationId), eq(outcomeReturns.quarter, key)))
      .get();
  if (!isClosed(quarter, today)) {
    return { quarterReturn: liveReturn(commissionerOrganisationId, quarter), status: "provisional", producedOn: null };
  }
  let row = stored();
  if (!row) {
    const produced = liveReturn(commissionerOrganisationId, quarter);
    if (!produced) return { quarterReturn: null, status: "provisional", producedOn: null };
    db.insert(outcomeReturns)
      .values({ organisationId: commissionerOrganisationId, quarter: key, figures: produced, producedOn: today, producedBy })
      .onConflictDoNothing()
      .run();
    row = stored();
  }
  return { quarterReturn: row!.figures as unknown as QuarterReturn, status: "reported", producedOn: row!.producedOn };
}

/** Whether the organisation commissions any service through an outcome framework (so the comparison applies). */
export function hasCommissionedOutcomes(organisationId: number): boolean {
  return listCommissionedOutcomeSurveys(organisationId).length > 0;
}

/**
 * Which outcome pages the organisation's navigation offers people who may read figures: the comparison where it
 * commissions services through a framework, its own figures where it runs an outcome survey for a commissioner.
 */
export function outcomePagesOf(organisationId: number): { comparison: boolean; service: boolean } {
  return {
    comparison: hasCommissionedOutcomes(organisationId),
    service: listServiceOutcomeSurveys(organisationId).some((s) => s.state === "active" || s.state === "ended"),
  };
}

export type ServiceOutcomes = {
  commissionId: number;
  commissioner: { name: string; nameCy: string };
  state: string;
  own: Comparison;
  /** All services of the framework together, beside the service's own: per measure, or null where not shown. */
  average: MeasureAverage[] | null;
};

/** The service's own figures for each of its outcome surveys, under its own threshold, with the framework's average. */
export function serviceOutcomes(serviceOrganisationId: number, quarter: Quarter): ServiceOutcomes[] {
  const { from, to } = quarterDays(quarter);
  const ownThreshold = thresholdOf([serviceOrganisationId]);
  return listServiceOutcomeSurveys(serviceOrganisationId)
    .filter((s) => s.state === "active" || s.state === "ended")
    .flatMap((s) => {
      const framework = latestPublishedFramework(s.commissionerOrganisationId);
      if (!framework) return [];
      const measures = comparedMeasures(framework);
      const lastDay = endedOn(s.endedAt);
      const mine = serviceCounts(s.surveyId, measures, from, lastDay && lastDay < to ? lastDay : to);
      const own = compareServices([{ id: serviceOrganisationId, name: "", nameCy: "", ...mine }], measures, ownThreshold);
      const all = s.state === "active" ? liveCounts(s.commissionerOrganisationId, quarter) : null;
      return [
        {
          commissionId: s.commissionId,
          commissioner: { name: s.commissionerName, nameCy: s.commissionerNameCy },
          state: s.state,
          own,
          average: all ? frameworkAverage(all.counts, serviceOrganisationId, measures, all.threshold) : null,
        },
      ];
    });
}
