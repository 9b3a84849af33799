import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { frameworkAverage } from "./average";
import type { ComparedMeasure, ServiceCounts } from "./comparison";
import { wilsonInterval } from "./wilson";

const measure: ComparedMeasure = {
  key: "coping",
  kind: "outcome",
  title: { en: "Coping", cy: "Ymdopi" },
  points: ["1", "2", "3"],
  pointLabels: [],
  improvedWhen: "higher",
};
const service = (id: number, points: number[], movements: number[]): ServiceCounts => ({
  id,
  name: `S${id}`,
  nameCy: `S${id}`,
  responses: points.reduce((a, b) => a + b, 0),
  measures: { coping: { points, movements } },
});

describe("frameworkAverage", () => {
  it("pools every service's answers into one share with its interval", () => {
    const all = [service(1, [5, 5, 10], [10, 5, 5]), service(2, [10, 0, 10], [8, 6, 6]), service(3, [6, 6, 8], [9, 5, 6])];
    const [average] = frameworkAverage(all, 1, [measure], 5);
    expect(average.favourable).toEqual({ share: 28 / 60, interval: wilsonInterval(28, 60) });
    expect(average.improved).toEqual({ share: 27 / 60, interval: wilsonInterval(27, 60) });
  });

  it("is not shown when the other services are only one, which the average would give away", () => {
    const all = [service(1, [5, 5, 10], [10, 5, 5]), service(2, [10, 0, 10], [8, 6, 6]), service(3, [0, 0, 0], [0, 0, 0])];
    expect(frameworkAverage(all, 1, [measure], 5)[0]).toEqual({ key: "coping", favourable: null, improved: null });
  });

  it("is not shown when the rest of the services hold a small number", () => {
    const all = [service(1, [5, 5, 10], [10, 5, 5]), service(2, [10, 0, 2], [8, 6, 6]), service(3, [6, 6, 1], [9, 5, 6])];
    expect(frameworkAverage(all, 1, [measure], 5)[0].favourable).toBeNull();
  });

  it("never lets a service work out a small count of the others, for random frameworks", () => {
    const random = seededRandom(20261208);
    let shown = 0;
    for (let i = 0; i < 2000; i += 1) {
      const t = 3 + Math.floor(random() * 4);
      const all = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) =>
        service(
          k + 1,
          [0, 0, 0].map(() => Math.floor(random() * 8)),
          [0, 0, 0].map(() => Math.floor(random() * 8)),
        ),
      );
      const [average] = frameworkAverage(all, 1, [measure], t);
      const others = all.slice(1);
      const small = (n: number) => n >= 1 && n < t;
      if (average.favourable) {
        shown += 1;
        const restFav = others.reduce((s, o) => s + o.measures.coping!.points[2], 0);
        const restAll = others.reduce((s, o) => s + o.measures.coping!.points.reduce((a, b) => a + b, 0), 0);
        expect(small(restFav) || small(restAll - restFav)).toBe(false);
        expect(others.filter((o) => o.responses > 0).length).toBeGreaterThanOrEqual(2);
      }
    }
    expect(shown).toBeGreaterThan(100);
  });
});
