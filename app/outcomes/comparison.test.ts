/**
 * The comparison's disclosure property over random quarters of random services: single-point answers and
 * start-and-end pairs are made on each measure's scale, counted the way the server counts them, and compared.
 * No count from 1 to below the threshold may be shown, no share may stand on a count that is not shown, and
 * neither a share's count nor the rest of its whole may be small. A service whose responses are not shown
 * shows nothing else, and "higher"/"lower" appears only where the intervals do not overlap.
 */
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import type { Shown } from "../insights/disclosure";
import { compareServices, type ComparedMeasure, type ServiceCounts, type ShareFigure } from "./comparison";
import { movementCounts, pointCounts } from "./measures";
import { overlaps, wilsonInterval } from "./wilson";

const label = (en: string) => ({ en, cy: `${en} (cy)` });
const MEASURES: ComparedMeasure[] = [
  {
    key: "coping",
    kind: "outcome",
    title: label("Coping"),
    points: ["1", "2", "3", "4", "5"],
    improvedWhen: "higher",
    pointLabels: ["1", "2", "3", "4", "5"].map(label),
  },
  {
    key: "worry",
    kind: "outcome",
    title: label("Worry"),
    points: ["never", "sometimes", "often"],
    improvedWhen: "lower",
    pointLabels: ["never", "sometimes", "often"].map(label),
  },
  {
    key: "kept_informed",
    kind: "victims_code",
    title: label("Kept informed"),
    points: ["no", "partly", "yes"],
    improvedWhen: "higher",
    pointLabels: ["no", "partly", "yes"].map(label),
  },
  {
    key: "satisfied",
    kind: "satisfaction",
    title: label("Satisfied"),
    points: ["vd", "fd", "n", "fs", "vs"],
    improvedWhen: "higher",
    pointLabels: ["vd", "fd", "n", "fs", "vs"].map(label),
  },
];

function randomServices(random: () => number): ServiceCounts[] {
  const count = 1 + Math.floor(random() * 5);
  return Array.from({ length: count }, (_, i) => {
    // Some services tiny, some larger: where the risk lives and where the figures matter.
    const responses = random() < 0.4 ? Math.floor(random() * 6) : Math.floor(random() * 60);
    const measures: ServiceCounts["measures"] = {};
    for (const m of MEASURES) {
      const answer = () => (random() < 0.15 ? "prefer_not_to_say" : m.points[Math.floor(random() ** 1.5 * m.points.length)]);
      const answers = Array.from({ length: responses }, () => (random() < 0.85 ? answer() : undefined));
      const pairs = Array.from({ length: Math.floor(responses * random() * 0.6) }, () => ({ start: answer(), end: answer() }));
      measures[m.key] = { points: pointCounts(m, answers), movements: movementCounts(m, pairs) };
    }
    return { id: i + 1, name: `Service ${i + 1}`, nameCy: `Gwasanaeth ${i + 1}`, responses, measures };
  });
}

const value = (s: Shown) => (s.kind === "count" ? s.value : null);

describe("compareServices", () => {
  it("shows a small service as 'fewer than N' and none of its figures, and keeps the total from giving it away", () => {
    const services = randomServices(seededRandom(1)).slice(0, 0);
    services.push(
      {
        id: 1,
        name: "Hub",
        nameCy: "Hwb",
        responses: 40,
        measures: { coping: { points: [2, 5, 8, 10, 15], movements: [9, 6, 5] } },
      },
      {
        id: 2,
        name: "ISVA",
        nameCy: "ISVA",
        responses: 30,
        measures: { coping: { points: [5, 5, 5, 5, 10], movements: [10, 5, 5] } },
      },
      { id: 3, name: "RJ", nameCy: "CA", responses: 3, measures: { coping: { points: [0, 1, 0, 1, 1], movements: [1, 1, 0] } } },
    );
    const result = compareServices(services, [MEASURES[0]], 5);
    expect(result.services[2].responses).toEqual({ kind: "fewerThan", threshold: 5 });
    // The responses total would give the 3 away with both others shown: one more is hidden, or the total.
    const shownResponses = result.services.filter((s) => s.responses.kind === "count").length;
    expect(shownResponses < 2 || result.totalResponses.kind !== "count").toBe(true);
    // The total is left out rather than a whole service hidden: both larger services keep their figures.
    expect(result.services.slice(0, 2).map((s) => s.responses)).toEqual([
      { kind: "count", value: 40 },
      { kind: "count", value: 30 },
    ]);
    expect(result.totalResponses).toEqual({ kind: "hidden" });
    const rj = result.measures[0].services[2];
    expect([rj.answered, ...rj.points, rj.pairs].every((s) => s.kind !== "count")).toBe(true);
    expect(rj.favourable.share).toBeNull();
    expect(rj.movements.every((m) => m.share === null)).toBe(true);
  });

  it("gives shares with their Wilson interval, and says higher or lower only when intervals do not overlap", () => {
    const big = (points: number[], movements: number[]) => ({ points, movements });
    const services: ServiceCounts[] = [
      { id: 1, name: "A", nameCy: "A", responses: 200, measures: { coping: big([10, 10, 20, 60, 100], [120, 40, 20]) } },
      { id: 2, name: "B", nameCy: "B", responses: 200, measures: { coping: big([60, 60, 20, 30, 30], [30, 50, 100]) } },
      { id: 3, name: "C", nameCy: "C", responses: 20, measures: { coping: big([5, 5, 0, 5, 5], [6, 6, 6]) } },
    ];
    const result = compareServices(services, [MEASURES[0]], 5);
    const [a, b, c] = result.measures[0].services;
    expect(a.favourable.share).toBeCloseTo(160 / 200);
    expect(a.favourable.interval).toEqual(wilsonInterval(160, 200));
    expect(a.favourableVersusRest).toBe("higher");
    expect(b.favourableVersusRest).toBe("lower");
    expect(c.favourableVersusRest).toBeNull();
    expect(a.improvedVersusRest).toBe("higher");
    expect(result.measures[0].total.favourable.share).toBeCloseTo((160 + 60 + 10) / 420, 5);
  });

  it("never shows a small count, a share of a hidden count, or a share whose count or rest is small, for random quarters", () => {
    const random = seededRandom(20261206);
    let shares = 0;
    let hiddenServices = 0;
    for (let round = 0; round < 250; round += 1) {
      const threshold = 3 + Math.floor(random() * 5);
      const services = randomServices(random);
      const result = compareServices(services, MEASURES, threshold);
      const context = JSON.stringify({ threshold, services });
      const notSmall = (n: number | null) => n === null || n === 0 || n >= threshold;
      result.services.forEach((s, i) => {
        expect(notSmall(value(s.responses)), context).toBe(true);
        if (value(s.responses) !== null) expect(value(s.responses)).toBe(services[i].responses);
      });
      expect(notSmall(value(result.totalResponses)), context).toBe(true);
      for (const figures of result.measures) {
        figures.services.forEach((row, i) => {
          if (result.services[i].responses.kind !== "count") {
            hiddenServices += 1;
            expect(
              [row.answered, ...row.points, row.pairs].every((s) => s.kind !== "count"),
              context,
            ).toBe(true);
          }
        });
        for (const row of [...figures.services, figures.total]) {
          for (const s of [row.answered, ...row.points, row.pairs]) expect(notSmall(value(s)), context).toBe(true);
          const checkShare = (f: ShareFigure, whole: Shown) => {
            if (f.share === null) return;
            shares += 1;
            const part = value(f.count);
            const base = value(whole);
            expect(part !== null && base !== null, context).toBe(true);
            expect(notSmall(part) && notSmall(base! - part!), context).toBe(true);
            expect(f.interval).toEqual(wilsonInterval(part!, base!));
          };
          checkShare(row.favourable, row.answered);
          row.movements.forEach((m) => checkShare(m, row.pairs));
        }
        figures.services.forEach((row) => {
          for (const [verdict, mine, whole, all, allWhole] of [
            [row.favourableVersusRest, row.favourable, row.answered, figures.total.favourable, figures.total.answered],
            [row.improvedVersusRest, row.movements[0], row.pairs, figures.total.movements[0], figures.total.pairs],
          ] as const) {
            if (verdict === null) continue;
            const [p, n, ap, an] = [value(mine.count)!, value(whole)!, value(all.count)!, value(allWhole)!];
            expect(overlaps(wilsonInterval(p, n)!, wilsonInterval(ap - p, an - n)!), context).toBe(false);
          }
        });
      }
    }
    console.log(`compareServices: 250 random quarters, ${shares} shares shown, ${hiddenServices} service figures withheld`);
    expect(shares).toBeGreaterThan(1000);
    expect(hiddenServices).toBeGreaterThan(50);
  });
});
