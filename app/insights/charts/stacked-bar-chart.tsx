import { useTranslation } from "react-i18next";
import type { FigureItem, FigureTable } from "../figures";
import { ChartFrame, CHART_WIDTH, FONT, INK, Lines } from "./chart-frame";
import { colourOf, formatShare, segmentsOf, UNSHOWN, wrapText } from "./chart-data";

const LINE = 20;
const BAR = 30;
const SWATCH = 16;

/**
 * One bar per row (a matrix's statements, or several questions on the same
 * scale), each split into its answers' shares: a Likert matrix as stacked bars.
 * Hidden answers make one grey "not shown" part.
 */
export function StackedBarChart({
  id,
  title,
  describedBy,
  columns,
  bars,
}: {
  id: string;
  title: string;
  describedBy?: string;
  columns: FigureItem[];
  bars: { key: string; label: string; table: FigureTable }[];
}) {
  const { t } = useTranslation();
  const shaped = bars.map((bar) => ({ bar, ...segmentsOf(bar.table) }));
  const anyUnshown = shaped.some((s) => s.unshown > 0);
  const legend = [
    ...columns.map((column, i) => ({ key: column.value, label: column.label, colour: colourOf(i) })),
    ...(anyUnshown ? [{ key: "\u0000unshown", label: t("insights.chart.notShown"), colour: UNSHOWN }] : []),
  ];
  let y = 4;
  const legendLaid = legend.map((item) => {
    const lines = wrapText(item.label, 70);
    const top = y;
    y += Math.max(SWATCH + 6, lines.length * LINE + 4);
    return { item, lines, top };
  });
  y += 10;
  const laid = shaped.map((s) => {
    const lines = wrapText(s.bar.label, 68);
    const labelY = y + 14;
    y += lines.length * LINE + 2;
    const barY = y;
    y += BAR + 16;
    return { ...s, lines, labelY, barY };
  });
  return (
    <ChartFrame id={id} title={title} describedBy={describedBy} height={y}>
      {legendLaid.map(({ item, lines, top }) => (
        <g key={item.key}>
          <rect x={0} y={top} width={SWATCH} height={SWATCH} fill={item.colour.fill} stroke={INK} strokeWidth={1} />
          <Lines lines={lines} x={SWATCH + 8} y={top + 13} />
        </g>
      ))}
      {laid.map(({ bar, segments, unshown, lines, labelY, barY }) => {
        let x = 0;
        const parts = [
          ...segments.map((segment) => ({ key: segment.key, share: segment.share, colour: colourOf(segment.colour) })),
          ...(unshown > 0 ? [{ key: "\u0000unshown", share: unshown, colour: UNSHOWN }] : []),
        ];
        return (
          <g key={bar.key}>
            <Lines lines={lines} x={0} y={labelY} />
            {parts.map((part) => {
              const width = part.share * CHART_WIDTH;
              const start = x;
              x += width;
              return (
                <g key={part.key}>
                  <rect x={start} y={barY} width={width} height={BAR} fill={part.colour.fill} stroke="#ffffff" strokeWidth={1} />
                  {width >= 40 && part.key !== "\u0000unshown" ? (
                    <text x={start + 4} y={barY + 20} fontFamily={FONT} fontSize={14} fill={part.colour.text}>
                      {formatShare(part.share)}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {parts.length === 0 ? (
              <text x={0} y={barY + 20} fontFamily={FONT} fontSize={16} fill={INK}>
                {t("insights.chart.nothingShown")}
              </text>
            ) : null}
          </g>
        );
      })}
    </ChartFrame>
  );
}
