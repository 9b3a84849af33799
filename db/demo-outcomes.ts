/**
 * The demo's outcome answers: for the last closed quarter, each demo service's outcome survey gets answers through
 * its first channel (asking at the start of support) and its second (at the end), some of them pairs linked by a
 * pair code, and some unpaired answers by the plain link. The outreach service gets only a handful, so the PCC's
 * comparison shows it as "fewer than 5". Answers are made as respondents' are (db/response-factory.ts).
 */
import { addDays, ukToday } from "../app/engagements/stages";
import { setChannelStage } from "../app/outcomes/channel-stages.server";
import { pairCodeFor, pairHash } from "../app/outcomes/pair-code.server";
import { previousQuarter, quarterDays, quarterOf } from "../app/outcomes/quarters";
import { findPublicSurvey } from "../app/respondent/public-survey.server";
import type { ThemeInput } from "../app/themes/codebook";
import { codebookFor, createTheme } from "../app/themes/codebook.server";
import { answerToCode, tagPassages } from "../app/themes/coding.server";
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { DEMO_SERVICES, type DemoService } from "./demo-commissioning";
import { makeResponses } from "./response-factory";
import { responses } from "./schema";

/** Unpaired answers and start-and-end pairs per service, in DEMO_SERVICES order: the last is small enough to be hidden. */
const PLAN = [
  { singles: 30, pairs: 60 },
  { singles: 20, pairs: 40 },
  { singles: 2, pairs: 1 },
];

type Days = { lastDay: string; days: number };

/** How one service's outcome survey is answered: how many, with which seeds, over which days. */
export type ServiceAnswerPlan = {
  singles: number;
  pairs: number;
  /** Seed of the unpaired answers; pair k uses pairSeed + k (start) and pairSeed + k + 50 (end). */
  seed: number;
  pairSeed: number;
  /** Pair k's code is made from `${codePrefix}-${surveyId}-${k}`. */
  codePrefix: string;
  singleDays: Days;
  startDays: Days;
  endDays: Days;
  welshShare?: number;
};

/**
 * Marks the service's first channel as asking at the start of support and its second at the end, then stores its
 * unpaired answers (plain link) and its start-and-end pairs, as respondents' answers are stored. Shared by the demo
 * and the outcomes e2e seed (tests/e2e/outcomes-seed.ts).
 */
export function seedServiceAnswers(service: DemoService, plan: ServiceAnswerPlan) {
  const lead = service.accounts.find((a) => a.role === "engagement_lead") ?? service.accounts[0];
  const actor = { id: lead.id, organisation: { id: service.organisationId } };
  const [startChannel, endChannel] = service.channelIds;
  setChannelStage(actor, startChannel, "start");
  setChannelStage(actor, endChannel, "end");
  const version = findPublicSurvey(`${service.slug}-outcomes`)?.version;
  if (!version) throw new Error(`the outcome survey of ${service.slug} is not published`);
  const batch = {
    organisationId: service.organisationId,
    surveyId: service.surveyId,
    versionId: version.id,
    definition: version.definition,
  };
  makeResponses({
    ...batch,
    count: plan.singles,
    seed: plan.seed,
    channelIds: [null],
    ...plan.singleDays,
    welshShare: plan.welshShare,
  });
  for (let k = 0; k < plan.pairs; k += 1) {
    const hash = pairHash(service.surveyId, pairCodeFor(`${plan.codePrefix}-${service.surveyId}-${k}`));
    const seed = plan.pairSeed + k;
    makeResponses({ ...batch, count: 1, seed, channelIds: [startChannel], ...plan.startDays, pair: { stage: "start", hash } });
    makeResponses({
      ...batch,
      count: 1,
      seed: seed + 50,
      channelIds: [endChannel],
      ...plan.endDays,
      pair: { stage: "end", hash },
    });
  }
}

export function seedDemoOutcomes(services: DemoService[], today = ukToday()) {
  const { from, to } = quarterDays(previousQuarter(quarterOf(today)));
  services.forEach((service, index) => {
    const plan = PLAN[index] ?? PLAN[PLAN.length - 1];
    seedServiceAnswers(service, {
      ...plan,
      seed: 2026_1206 + index,
      pairSeed: 2026_1300 + index * 100,
      codePrefix: "demo-outcomes",
      singleDays: { lastDay: to, days: 90 },
      startDays: { lastDay: addDays(from, 40), days: 40 },
      endDays: { lastDay: to, days: 45 },
      welshShare: 0.2,
    });
  });
}

/** The themes each service that shares its themes has found in its outcome answers, so the PCC can link them. */
const SHARED_THEMES = [
  {
    name: "Being called back",
    nameCy: "Cael galwad yn ôl",
    description: "Whether someone called back when they said they would.",
    descriptionCy: "A wnaeth rhywun ffonio yn ôl pan ddywedon nhw y bydden nhw.",
  },
  {
    name: "Feeling listened to",
    nameCy: "Teimlo bod rhywun yn gwrando",
    description: "Being heard and believed by the person supporting them.",
    descriptionCy: "Cael eu clywed a'u credu gan y sawl oedd yn eu cefnogi.",
  },
];

/**
 * Each service that shares its themes codes its outcome answers as its own analysts would: two themes, each tagged on
 * the whole of alternate free-text answers (a service whose survey asks nothing in free text has none to code). The
 * PCC then sees them on /commissioning/themes (names, descriptions and counts only) and can link them to its actions
 * and panel packs.
 */
export function seedDemoSharedThemes(services: DemoService[]) {
  services.forEach((service, index) => {
    if (DEMO_SERVICES[index]?.share) codeFreeTextAnswers(service, SHARED_THEMES);
  });
}

/**
 * Codes a service's outcome answers through its codebook, as its first account would on the themes page: each
 * response's first free-text answer longer than 12 characters outside the measured (`vvo_`) questions, which are
 * closed, is tagged whole with the given themes in turn, up to `limit` answers. The themes are made only when there is
 * an answer to code. Returns how many answers were coded. Shared by the demo (above) and the outcomes e2e seed
 * (tests/e2e/outcomes-seed.ts), so both code the way the app does.
 */
export function codeFreeTextAnswers(
  service: Pick<DemoService, "organisationId" | "surveyId" | "accounts">,
  themes: Omit<ThemeInput, "parentId">[],
  limit = Number.POSITIVE_INFINITY,
): number {
  const actor = { id: service.accounts[0].id, organisation: { id: service.organisationId } };
  const codebook = codebookFor(service.organisationId, service.surveyId);
  const toCode = getDb()
    .select({ id: responses.id, answers: responses.answers })
    .from(responses)
    .where(eq(responses.surveyId, service.surveyId))
    .orderBy(responses.id)
    .all()
    .flatMap((response) => {
      const key = Object.entries(response.answers as Record<string, unknown>).find(
        ([name, value]) => !name.startsWith("vvo_") && typeof value === "string" && value.trim().length > 12,
      )?.[0];
      return key ? [{ responseId: response.id, key }] : [];
    })
    .slice(0, limit);
  if (toCode.length === 0) return 0;
  const themeIds = themes.map((theme) => {
    const created = createTheme(actor, codebook, { ...theme, parentId: null });
    if (!created.ok) throw new Error(`theme ${theme.name}: ${created.error}`);
    return created.id;
  });
  toCode.forEach(({ responseId, key }, k) => {
    const { text } = answerToCode(codebook, responseId, key);
    tagPassages(actor, codebook, {
      responseId,
      answerKey: key,
      passages: [{ start: 0, end: text.length }],
      themeIds: [themeIds[k % themeIds.length]],
    });
  });
  return toCode.length;
}
