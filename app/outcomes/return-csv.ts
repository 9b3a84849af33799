/**
 * The quarterly outcome return as CSV: one row per figure, per service and in total, in the reader's language.
 * Every figure has already been through disclosure control (comparison.ts): a suppressed count reads "fewer than
 * N" or "not shown", and a share is given only of counts that are shown. Service names are typed by people, so
 * every cell goes through the shared formula-neutralising cell writer (app/responses/csv.ts). Pure.
 */
import type { TFunction } from "i18next";
import type { Shown } from "../insights/disclosure";
import { CSV_BOM, csvRow } from "../responses/csv";
import type { MeasureRow, ShareFigure } from "./comparison";
import { MOVEMENTS } from "./measures";
import type { QuarterReturn } from "./outcomes.server";

const percent = (value: number | null | undefined) => (value === null || value === undefined ? "" : (value * 100).toFixed(1));

export function returnCsv(
  report: QuarterReturn | null,
  status: "reported" | "provisional",
  quarterLabel: string,
  lang: "en" | "cy",
  t: TFunction,
): string {
  const shown = (s: Shown) =>
    s.kind === "count"
      ? s.value
      : s.kind === "fewerThan"
        ? t("distribution.count.fewerThan", { threshold: s.threshold })
        : t("distribution.count.hidden");
  const header = csvRow(
    ["id", "quarter", "status", "service", "measure", "kind", "figure", "count", "of", "share", "lower", "upper"].map((c) =>
      t(`outcomes.csv.${c}`),
    ),
  );
  // No framework published (or nothing commissioned): the columns alone, so the file still opens and says so.
  if (!report) return CSV_BOM + header;
  const { comparison } = report;
  const name = (s: { name: string; nameCy: string }) => (lang === "cy" ? s.nameCy || s.name : s.name);
  const lines = [header];
  /** A stable key per figure ("12:coping:improved", "all:-:responses"), so returns can be joined across quarters. */
  const row = (
    id: string,
    service: string,
    measure: string,
    kind: string,
    figure: string,
    count: Shown,
    of: Shown | null,
    share?: ShareFigure,
  ) =>
    lines.push(
      csvRow([
        id,
        quarterLabel,
        t(`outcomes.status.${status}`),
        service,
        measure,
        kind,
        figure,
        shown(count),
        of ? shown(of) : "",
        percent(share?.share),
        percent(share?.interval?.lower),
        percent(share?.interval?.upper),
      ]),
    );
  const total = t("outcomes.comparison.allServices");
  comparison.services.forEach((s) => row(`${s.id}:-:responses`, name(s), "", "", t("outcomes.csv.responses"), s.responses, null));
  row("all:-:responses", total, "", "", t("outcomes.csv.responses"), comparison.totalResponses, null);
  for (const figures of comparison.measures) {
    const m = figures.measure;
    const title = lang === "cy" ? m.title.cy : m.title.en;
    const kind = t(`outcomes.kinds.${m.kind}`);
    const rows: [string, string, MeasureRow][] = [
      ...comparison.services.map((s, i): [string, string, MeasureRow] => [String(s.id), name(s), figures.services[i]]),
      ["all", total, figures.total],
    ];
    for (const [key, service, r] of rows) {
      const id = (figure: string) => `${key}:${m.key}:${figure}`;
      r.points.forEach((p, i) =>
        row(
          id(`point:${m.points[i]}`),
          service,
          title,
          kind,
          lang === "cy" ? m.pointLabels[i].cy : m.pointLabels[i].en,
          p,
          r.answered,
        ),
      );
      row(id("favourable"), service, title, kind, t("outcomes.csv.favourable"), r.favourable.count, r.answered, r.favourable);
      MOVEMENTS.forEach((movement, i) =>
        row(
          id(movement),
          service,
          title,
          kind,
          t(`outcomes.movements.${movement}`),
          r.movements[i].count,
          r.pairs,
          r.movements[i],
        ),
      );
    }
  }
  return CSV_BOM + lines.join("");
}
