import { useTranslation } from "react-i18next";
import type { ComplianceRow } from "../compliance";
import { ChartFrame, CHART_WIDTH, FONT, INK, Lines } from "./chart-frame";
import { formatShare, PALETTE, UNSHOWN, wrapText } from "./chart-data";

const LINE = 20;
const HEIGHT = 48;

/**
 * Victims' Code compliance over time as small multiples: for each right, a
 * column per month or quarter whose height is the share who said they received
 * it (a full column is 100%). Periods without a shown share have a grey mark.
 */
export function ComplianceChart({
  id,
  title,
  describedBy,
  periodLabels,
  rows,
}: {
  id: string;
  title: string;
  describedBy?: string;
  /** In order; the first and last label the chart's ends. */
  periodLabels: string[];
  rows: { row: ComplianceRow; label: string }[];
}) {
  const { t } = useTranslation();
  const width = CHART_WIDTH / Math.max(1, periodLabels.length);
  const labelled = width >= 40;
  let y = 4;
  const laid = rows.map(({ row, label }) => {
    const lines = wrapText(label, 70);
    const labelY = y + 14;
    y += lines.length * LINE + (labelled ? 18 : 4);
    const top = y;
    y += HEIGHT + 18;
    return { row, lines, labelY, top };
  });
  const axisY = y + 4;
  y += laid.length && periodLabels.length ? 28 : 0;
  return (
    <ChartFrame id={id} title={title} describedBy={describedBy} height={y}>
      {laid.map(({ row, lines, labelY, top }) => (
        <g key={row.id}>
          <Lines lines={lines} x={0} y={labelY} weight="bold" />
          <rect x={0} y={top} width={CHART_WIDTH} height={HEIGHT} fill="#f3f2f1" />
          {row.periods.map((cell, p) => {
            const x = p * width + width * 0.1;
            const w = Math.max(1, width * 0.8);
            if (cell.share === null) return <rect key={p} x={x} y={top + HEIGHT - 3} width={w} height={3} fill={UNSHOWN.fill} />;
            const h = cell.share * HEIGHT;
            return (
              <g key={p}>
                <rect x={x} y={top + HEIGHT - h} width={w} height={h} fill={PALETTE[1].fill} />
                {labelled ? (
                  <text x={x} y={top - 4} fontFamily={FONT} fontSize={13} fill={INK}>
                    {formatShare(cell.share)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line x1={0} x2={CHART_WIDTH} y1={top + HEIGHT} y2={top + HEIGHT} stroke={INK} strokeWidth={1} />
        </g>
      ))}
      {laid.length && periodLabels.length ? (
        <>
          <text x={0} y={axisY + 10} fontFamily={FONT} fontSize={14} fill={INK}>
            {periodLabels[0]}
          </text>
          {periodLabels.length > 1 ? (
            <text x={CHART_WIDTH} y={axisY + 10} textAnchor="end" fontFamily={FONT} fontSize={14} fill={INK}>
              {periodLabels.at(-1)}
            </text>
          ) : null}
        </>
      ) : null}
      {laid.length === 0 ? (
        <text x={0} y={20} fontFamily={FONT} fontSize={16} fill={INK}>
          {t("insights.chart.nothingShown")}
        </text>
      ) : null}
    </ChartFrame>
  );
}
