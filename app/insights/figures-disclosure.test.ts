/**
 * The disclosure property: for random response sets, the dashboard's figures
 * are rendered exactly as the page renders them, and every number that
 * reaches the page (text, chart labels, accessible names) is scanned: none
 * may be a count from 1 to below the threshold. The figures are also checked
 * for what the page never does: a share from a hidden count, a table whose
 * hidden cells add up to a small number or hide just one cell, a shown count
 * that is not the true one, and compliance over time that gives away what the
 * question's table hides.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { createI18n, fixedT, type Language } from "~/i18n/i18n";
import { NOT_RECEIVED_VALUES, outcomeCharts, RECEIVED_VALUES, shapeCompliance } from "./compliance";
import { InsightsFigures } from "./dashboard";
import { effectiveThreshold, type Shown } from "./disclosure";
import { shapeFigures, type FigureContext, type FigureTable, type QuestionGroup, type RawCounts } from "./figures";
import type { InsightsPage } from "./figures.server";
import { addDays } from "./filters";

const item = (value: string, label = value.replace(/_/g, " ")) => ({ value, label: label[0].toUpperCase() + label.slice(1) });
const group = (g: Partial<QuestionGroup> & Pick<QuestionGroup, "id" | "kind" | "items">): QuestionGroup => ({
  key: g.id,
  surveyIds: [1, 2],
  surveyTitle: null,
  title: `How was ${g.id.replace(/-/g, " ")}`,
  rows: [],
  right: null,
  outcome: null,
  ...g,
});

const GROUPS: QuestionGroup[] = [
  group({ id: "mood", kind: "single", items: ["good", "fine", "bad", "prefer_not_to_say"].map((v) => item(v)) }),
  group({ id: "help", kind: "multi", items: ["family", "friends", "charity"].map((v) => item(v)) }),
  group({
    id: "grid",
    kind: "matrix",
    items: ["low", "middle", "high"].map((v) => item(v)),
    rows: [item("speed"), item("care")],
  }),
  group({
    id: "right-four",
    kind: "single",
    right: 4,
    items: ["yes", "partly", "no", "not_applicable", "dont_know"].map((v) => item(v)),
  }),
  group({ id: "right-six", kind: "single", right: 6, surveyIds: [2], items: ["yes", "partly", "no"].map((v) => item(v)) }),
  group({ id: "coping", kind: "single", outcome: "coping", items: ["a_lot", "a_little", "not_at_all"].map((v) => item(v)) }),
  group({ id: "safer", kind: "single", outcome: "safety", items: ["a_lot", "a_little", "not_at_all"].map((v) => item(v)) }),
];
const COMPLETION_KEYS = ["grid.speed", "grid.care"];

type Response = { surveyId: number; day: string; channel: number | null; language: string; facts: [string, string][] };

function randomResponses(random: () => number, count: number, firstDay: string, days: number): Response[] {
  // Skewed choices, so that small cells (where disclosure risk lives) are common.
  const pick = <T>(list: T[]) => list[Math.min(list.length - 1, Math.floor(random() ** 1.8 * list.length))];
  return Array.from({ length: count }, () => {
    const surveyId = random() < 0.7 ? 1 : 2;
    const facts: [string, string][] = [];
    for (const g of GROUPS) {
      if (!g.surveyIds.includes(surveyId) || random() < 0.2) continue;
      if (g.kind === "single") facts.push([g.key, pick(g.items).value]);
      if (g.kind === "multi") for (const it of g.items) if (random() < 0.4) facts.push([g.key, it.value]);
      if (g.kind === "matrix")
        for (const row of g.rows) if (random() < 0.8) facts.push([`${g.key}.${row.value}`, pick(g.items).value]);
    }
    return {
      surveyId,
      day: addDays(firstDay, Math.floor(random() ** 1.5 * days)),
      channel: pick([null, 1, 2]),
      language: random() < 0.8 ? "en" : "cy",
      facts,
    };
  });
}

/** What the database's GROUP BYs return, worked out the slow way. */
function aggregate(responses: Response[]): RawCounts {
  const tally = <K extends string>(keyOf: (r: Response) => K[]) => {
    const counts = new Map<K, number>();
    for (const r of responses) for (const key of keyOf(r)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const facts = tally((r) => r.facts.map(([key, value]) => `${r.surveyId}|${key}|${value}`));
  const answered = tally((r) => [...new Set(r.facts.map(([key]) => `${r.surveyId}|${key}`))]);
  const rights = new Set(GROUPS.filter((g) => g.right !== null).map((g) => g.key));
  const months = tally((r) =>
    r.facts.filter(([key]) => rights.has(key)).map(([key, value]) => `${r.day.slice(0, 7)}|${r.surveyId}|${key}|${value}`),
  );
  return {
    byDay: [...tally((r) => [r.day])].map(([day, n]) => ({ day, n })),
    byChannel: [...tally((r) => [String(r.channel)])].map(([id, n]) => ({ channelId: id === "null" ? null : Number(id), n })),
    byLanguage: [...tally((r) => [r.language])].map(([language, n]) => ({ language, n })),
    completed: responses.filter((r) => r.facts.some(([key]) => COMPLETION_KEYS.includes(key))).length,
    facts: [...facts].map(([k, n]) => {
      const [surveyId, key, value] = k.split("|");
      return { surveyId: Number(surveyId), key, value, n };
    }),
    answered: [...answered].map(([k, n]) => {
      const [surveyId, key] = k.split("|");
      return { surveyId: Number(surveyId), key, n };
    }),
    rightsByMonth: [...months].map(([k, n]) => {
      const [month, surveyId, key, value] = k.split("|");
      return { month, surveyId: Number(surveyId), key, value, n };
    }),
  };
}

function contextFor(lang: Language, threshold: number): FigureContext {
  const t = fixedT(lang);
  return {
    lang,
    threshold,
    groups: GROUPS,
    channels: [
      { id: 1, label: "Victim hub text message" },
      { id: 2, label: "Poster in the custody suite" },
    ],
    languages: ["en", "cy"],
    labels: {
      plainLink: t("insights.plainLink"),
      otherChannel: t("insights.otherChannel"),
      completed: t("insights.completion.completed"),
      notCompleted: t("insights.completion.notCompleted"),
      language: (code) => t(`surveyLanguages.${code}`, { defaultValue: code }),
    },
  };
}

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr|Fawrth|Fehefin|Fedi|Ragfyr";

/** Every number a reader meets on the page: the text, and the accessible names and descriptions. */
function numbersOnPage(html: string): number[] {
  const attributes = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
  const text = [html.replace(/<[^>]+>/g, " "), ...attributes]
    .join(" ")
    .replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, " ")
    // Not counts: dates, months and quarters; shares and changes in share; the threshold itself; right numbers.
    .replace(new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4}\\b`, "g"), " ")
    .replace(new RegExp(`\\b(${MONTHS}) \\d{4}\\b`, "g"), " ")
    .replace(/[<>]?\d+%/g, " ")
    .replace(/[+\u2212]\d+/g, " ")
    .replace(/(fewer than|llai na|[Ff]ewer than|[Ll]lai na) \d+/g, " ")
    .replace(/(Right|Hawl) \d+:/g, " ");
  return [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, "")));
}

function tablesIn(value: unknown, found: FigureTable[] = []): FigureTable[] {
  if (Array.isArray(value)) value.forEach((v) => tablesIn(v, found));
  else if (value && typeof value === "object") {
    if ("rows" in value && "total" in value && Array.isArray((value as FigureTable).rows)) found.push(value as FigureTable);
    Object.values(value).forEach((v) => tablesIn(v, found));
  }
  return found;
}

const exact = (shown: Shown) => (shown.kind === "count" ? shown.value : null);

describe("the dashboard never shows a small number", () => {
  const random = seededRandom(20270415);
  const cases = Array.from({ length: 120 }, (_, i) => {
    const threshold = 3 + Math.floor(random() * 5);
    const size = random() < 0.6 ? Math.floor(random() * 25) : Math.floor(random() * 120);
    const days = 7 + Math.floor(random() * 150);
    const now = randomResponses(random, size, "2027-03-01", days);
    const before = random() < 0.5 ? randomResponses(random, Math.floor(random() * 40), "2026-10-01", days) : null;
    return {
      i,
      threshold,
      now,
      before,
      lang: (i % 3 === 0 ? "cy" : "en") as Language,
      by: random() < 0.5 ? ("month" as const) : ("quarter" as const),
    };
  });

  it("renders no count from 1 to below the threshold anywhere on the page, in English and Welsh", () => {
    let scanned = 0;
    let counts = 0;
    for (const c of cases) {
      const context = contextFor(c.lang, c.threshold);
      const raw = aggregate(c.now);
      if (c.now.length === 0) continue;
      const figures = shapeFigures(raw, context, c.before ? aggregate(c.before) : undefined);
      const days = c.now.map((r) => r.day).sort();
      const compliance = shapeCompliance(figures.questions, GROUPS, raw, {
        threshold: c.threshold,
        by: c.by,
        firstDay: days[0],
        lastDay: days.at(-1)!,
      });
      const page: InsightsPage = {
        threshold: c.threshold,
        filtered: true,
        form: { values: {}, errors: {}, channels: [], languages: [], answers: [], hasRights: true },
        result: {
          kind: "figures",
          figures,
          compliance,
          outcomes: outcomeCharts(figures.questions),
          comparison: c.before ? { from: "2026-10-01", to: "2027-02-28", refusal: null } : null,
        },
      };
      // The figures as the page renders them (the filter form around them needs Remix's router, and holds no figures).
      const html = renderToStaticMarkup(
        createElement(
          I18nextProvider,
          { i18n: createI18n(c.lang) },
          createElement(InsightsFigures, {
            result: page.result as Parameters<typeof InsightsFigures>[0]["result"],
            threshold: c.threshold,
          }),
        ),
      );
      const t = effectiveThreshold(c.threshold);
      const numbers = numbersOnPage(html);
      const small = numbers.filter((n) => n >= 1 && n < t);
      expect(small, JSON.stringify({ case: c.i, threshold: t })).toEqual([]);
      scanned += 1;
      counts += numbers.filter((n) => n >= t).length;
    }
    expect(scanned).toBeGreaterThan(80);
    expect(counts, "counts did reach the page").toBeGreaterThan(1000);
  });

  it("shows a share only beside shown counts, and never leaves a hidden cell that the table's total gives away", () => {
    for (const c of cases) {
      if (c.now.length === 0) continue;
      const t = effectiveThreshold(c.threshold);
      const figures = shapeFigures(aggregate(c.now), contextFor(c.lang, c.threshold), c.before ? aggregate(c.before) : undefined);
      const partitions = [
        figures.weeks,
        figures.channels,
        figures.languages,
        figures.completion!,
        ...figures.questions.filter((q) => q.kind !== "multi").flatMap((q) => q.tables.map((table) => table.table)),
      ];
      for (const table of tablesIn(figures)) {
        for (const row of table.rows) {
          if (row.share !== null) expect(row.count.kind === "count" && table.total.kind === "count").toBe(true);
          if (row.previous?.change !== null && row.previous?.change !== undefined)
            expect(row.share !== null && row.previous.share !== null).toBe(true);
        }
      }
      for (const table of partitions) {
        const total = exact(table.total);
        if (total === null) continue;
        const hidden = table.rows.filter((row) => row.count.kind !== "count");
        const hiddenSum = total - table.rows.reduce((sum, row) => sum + (exact(row.count) ?? 0), 0);
        const context = JSON.stringify({ case: c.i, table });
        expect(hidden.length, context).not.toBe(1);
        expect(hiddenSum >= 1 && hiddenSum < t, context).toBe(false);
      }
    }
  });

  it("shows true counts", () => {
    for (const c of cases.slice(0, 40)) {
      const figures = shapeFigures(aggregate(c.now), contextFor(c.lang, c.threshold));
      for (const question of figures.questions.filter((q) => q.kind === "single")) {
        for (const row of question.tables[0].table.rows) {
          const truth = c.now.filter((r) => r.facts.some(([key, value]) => key === question.id && value === row.key)).length;
          if (row.count.kind === "count") expect(row.count.value).toBe(truth);
          if (row.count.kind === "fewerThan") expect(truth >= 1 && truth < row.count.threshold).toBe(true);
        }
      }
      const total = exact(figures.responses);
      if (total !== null) expect(total).toBe(c.now.length);
    }
  });

  it("never lets compliance over time give away a count the question's table hides", () => {
    let periodsShown = 0;
    for (const c of cases) {
      if (c.now.length === 0) continue;
      const t = effectiveThreshold(c.threshold);
      const raw = aggregate(c.now);
      const figures = shapeFigures(raw, contextFor(c.lang, c.threshold));
      const days = c.now.map((r) => r.day).sort();
      const compliance = shapeCompliance(figures.questions, GROUPS, raw, {
        threshold: c.threshold,
        by: c.by,
        firstDay: days[0],
        lastDay: days.at(-1)!,
      });
      for (const row of compliance.rows) {
        const question = figures.questions.find((q) => q.id === row.id)!;
        const cells = question.tables[0].table.rows.filter((r) => [...RECEIVED_VALUES, ...NOT_RECEIVED_VALUES].includes(r.key));
        const allExact = cells.every((r) => r.count.kind === "count");
        if (!allExact) {
          expect(row.whole.share).toBeNull();
          expect(row.periods.every((p) => p.share === null && p.base.kind !== "count")).toBe(true);
          continue;
        }
        const shown = row.periods.filter((p) => p.base.kind === "count");
        const hiddenPeriods = row.periods.length - shown.length;
        expect(hiddenPeriods, JSON.stringify({ case: c.i, row })).not.toBe(1);
        for (const p of shown) {
          periodsShown += 1;
          const base = exact(p.base)!;
          const received = Math.round((p.share ?? 0) * base);
          for (const n of [base, received, base - received])
            expect(n >= 1 && n < t, JSON.stringify({ case: c.i, row })).toBe(false);
        }
      }
    }
    // Not true by having nothing to check.
    expect(periodsShown).toBeGreaterThan(20);
  });
});
