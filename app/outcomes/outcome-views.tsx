/**
 * The outcome pages' shared pieces: the quarter chooser (a plain GET form), a share with its interval, and the
 * tables of one measure per service and in total. Services are listed by name and never ranked; "higher" or
 * "lower" than the other services appears only where the intervals do not overlap (comparison.ts).
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Count } from "../insights/count";
import type { ComparedMeasureFigures, Comparison, MeasureRow, ShareFigure } from "./comparison";
import type { AverageShare } from "./average";
import { MOVEMENTS } from "./measures";
import { parseQuarterKey, quarterLabelParts } from "./quarters";

export function useQuarterLabel() {
  const { t } = useTranslation();
  return (key: string) => {
    const quarter = parseQuarterKey(key);
    if (!quarter) return key;
    const parts = quarterLabelParts(quarter);
    const months = t(`insights.compliance.quarter${parts.calendarQuarter}`, { year: parts.calendarYear });
    return t("outcomes.quarter.label", { years: parts.years, quarter: parts.quarter, months });
  };
}

export function QuarterChooser({ quarters, current, action }: { quarters: string[]; current: string; action: string }) {
  const { t, i18n } = useTranslation();
  const label = useQuarterLabel();
  return (
    <Form method="get" action={action} className="vv-no-print">
      <input type="hidden" name="lng" value={i18n.language} />
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="quarter">
          {t("outcomes.quarter.choose")}
        </label>
        <select className="govuk-select" id="quarter" name="quarter" defaultValue={current}>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {label(q)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("outcomes.quarter.show")}
      </button>
    </Form>
  );
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

export function Share({ figure, whole }: { figure: ShareFigure; whole?: boolean }) {
  const { t } = useTranslation();
  if (figure.share === null || !figure.interval) {
    return figure.count.kind === "count" && !whole ? <Count shown={figure.count} /> : <>{t("outcomes.comparison.noShare")}</>;
  }
  return (
    <>
      <span className="govuk-!-font-weight-bold">{pct(figure.share)}</span>
      <br />
      <span className="govuk-body-s">
        {t("outcomes.comparison.interval", { lower: pct(figure.interval.lower), upper: pct(figure.interval.upper) })}
      </span>
    </>
  );
}

export function AverageCell({ average }: { average: AverageShare }) {
  const { t } = useTranslation();
  if (!average) return <>{t("outcomes.service.noAverage")}</>;
  return (
    <>
      <span className="govuk-!-font-weight-bold">{pct(average.share)}</span>
      <br />
      <span className="govuk-body-s">
        {t("outcomes.comparison.interval", { lower: pct(average.interval.lower), upper: pct(average.interval.upper) })}
      </span>
    </>
  );
}

function Versus({ verdict }: { verdict: "higher" | "lower" | null }) {
  const { t } = useTranslation();
  if (!verdict) return null;
  return (
    <>
      <br />
      <strong className="govuk-tag govuk-tag--grey">{t(`outcomes.comparison.${verdict}`)}</strong>
    </>
  );
}

function MeasureCells({ row }: { row: MeasureRow }) {
  return (
    <>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        <Count shown={row.answered} />
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        <Share figure={row.favourable} whole />
        <Versus verdict={row.favourableVersusRest} />
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        <Count shown={row.pairs} />
      </td>
      {MOVEMENTS.map((movement, i) => (
        <td className="govuk-table__cell govuk-table__cell--numeric" key={movement}>
          <Share figure={row.movements[i]} whole />
          {i === 0 ? <Versus verdict={row.improvedVersusRest} /> : null}
        </td>
      ))}
    </>
  );
}

function MeasureHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        <th scope="col" className="govuk-table__header">
          {first}
        </th>
        <th scope="col" className="govuk-table__header govuk-table__header--numeric">
          {t("outcomes.comparison.answered")}
        </th>
        <th scope="col" className="govuk-table__header govuk-table__header--numeric">
          {t("outcomes.comparison.favourable")}
        </th>
        <th scope="col" className="govuk-table__header govuk-table__header--numeric">
          {t("outcomes.comparison.pairs")}
        </th>
        {MOVEMENTS.map((movement) => (
          <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={movement}>
            {t(`outcomes.movements.${movement}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function measureTitle(figures: ComparedMeasureFigures, lang: string) {
  return lang === "cy" ? figures.measure.title.cy : figures.measure.title.en;
}

/** The PCC office's tables: one per measure, a row per service and the total. */
export function ComparisonTables({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const name = (s: { name: string; nameCy: string }) => (i18n.language === "cy" ? s.nameCy || s.name : s.name);
  return (
    <>
      <table className="govuk-table" data-testid="responses-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("outcomes.comparison.responsesCaption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("outcomes.comparison.service")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.comparison.responses")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {comparison.services.map((s) => (
            <tr className="govuk-table__row" key={s.id} data-testid={`service-${s.id}`}>
              <th scope="row" className="govuk-table__header">
                {name(s)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Count shown={s.responses} />
              </td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {t("outcomes.comparison.allServices")}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Count shown={comparison.totalResponses} />
            </td>
          </tr>
        </tbody>
      </table>
      {(["outcome", "victims_code", "satisfaction"] as const).map((kind) => {
        const measures = comparison.measures.filter((m) => m.measure.kind === kind);
        if (measures.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 className="govuk-heading-m" id={`kind-${kind}`}>
              {t(`outcomes.kinds.${kind}`)}
            </h2>
            {measures.map((figures) => (
              <div key={figures.measure.key}>
                <table className="govuk-table" data-testid={`measure-${figures.measure.key}`}>
                  <caption className="govuk-table__caption govuk-table__caption--s">
                    {measureTitle(figures, i18n.language)}
                  </caption>
                  <MeasureHead first={t("outcomes.comparison.service")} />
                  <tbody className="govuk-table__body">
                    {comparison.services.map((s, i) => (
                      <tr className="govuk-table__row" key={s.id}>
                        <th scope="row" className="govuk-table__header">
                          {name(s)}
                        </th>
                        <MeasureCells row={figures.services[i]} />
                      </tr>
                    ))}
                    <tr className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">
                        {t("outcomes.comparison.allServices")}
                      </th>
                      <MeasureCells row={figures.total} />
                    </tr>
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}

/** A service's own tables: its figures, with the framework's average beside them (never another service's). */
export function OwnTables({
  own,
  average,
}: {
  own: Comparison;
  average: { key: string; favourable: AverageShare; improved: AverageShare }[] | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="govuk-body" data-testid="own-responses">
        {t("outcomes.service.responses")} <Count shown={own.services[0]?.responses ?? own.totalResponses} />
      </p>
      <table className="govuk-table" data-testid="own-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("outcomes.service.caption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("outcomes.service.measure")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.comparison.answered")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.comparison.favourable")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.service.averageFavourable")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.comparison.pairs")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.movements.improved")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("outcomes.service.averageImproved")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {own.measures.map((figures) => {
            const row = figures.services[0];
            const avg = average?.find((a) => a.key === figures.measure.key);
            return (
              <tr className="govuk-table__row" key={figures.measure.key}>
                <th scope="row" className="govuk-table__header">
                  {measureTitle(figures, i18n.language)}
                  <br />
                  <span className="govuk-body-s">{t(`outcomes.kinds.${figures.measure.kind}`)}</span>
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <Count shown={row.answered} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <Share figure={row.favourable} whole />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric" data-testid="average">
                  <AverageCell average={avg?.favourable ?? null} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <Count shown={row.pairs} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <Share figure={row.movements[0]} whole />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <AverageCell average={avg?.improved ?? null} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
