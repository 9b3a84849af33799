import { useTranslation } from "react-i18next";
import { formatCount } from "../count";
import type { FigureTable } from "../figures";
import { ChartFrame, CHART_WIDTH, FONT, INK } from "./chart-frame";
import { columnsOf, PALETTE, UNSHOWN } from "./chart-data";

const TOP = 24;
const PLOT = 160;
const LEFT = 8;

/**
 * Counts over time (responses by week), as columns. A week whose count is not
 * shown has a short grey mark instead of a column. The scale is labelled only
 * at 0 and at the largest shown count.
 */
export function ColumnChart({
  id,
  title,
  describedBy,
  table,
}: {
  id: string;
  title: string;
  describedBy?: string;
  table: FigureTable;
}) {
  const { t } = useTranslation();
  const { columns, max } = columnsOf(table);
  const width = (CHART_WIDTH - LEFT) / Math.max(1, columns.length);
  const base = TOP + PLOT;
  const first = columns[0];
  const last = columns.at(-1);
  return (
    <ChartFrame id={id} title={title} describedBy={describedBy} height={base + 48}>
      <text x={LEFT} y={16} fontFamily={FONT} fontSize={14} fill={INK}>
        {t("insights.chart.largest", { value: formatCount(max) })}
      </text>
      <line x1={LEFT} x2={CHART_WIDTH} y1={TOP} y2={TOP} stroke="#b1b4b6" strokeDasharray="4 4" />
      {columns.map((column, i) => {
        const x = LEFT + i * width + width * 0.1;
        const w = Math.max(1, width * 0.8);
        if (column.value === null) return <rect key={column.key} x={x} y={base - 4} width={w} height={4} fill={UNSHOWN.fill} />;
        const h = max > 0 ? (column.value / max) * PLOT : 0;
        return <rect key={column.key} x={x} y={base - h} width={w} height={h} fill={PALETTE[1].fill} />;
      })}
      <line x1={LEFT} x2={CHART_WIDTH} y1={base} y2={base} stroke={INK} strokeWidth={2} />
      {first ? (
        <text x={LEFT} y={base + 20} fontFamily={FONT} fontSize={14} fill={INK}>
          {first.label}
        </text>
      ) : null}
      {last && last !== first ? (
        <text x={CHART_WIDTH} y={base + 40} textAnchor="end" fontFamily={FONT} fontSize={14} fill={INK}>
          {last.label}
        </text>
      ) : null}
    </ChartFrame>
  );
}
