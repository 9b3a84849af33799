import { ChartFrame, CHART_WIDTH, FONT, INK, Lines, useShownText } from "./chart-frame";
import { formatShare, PALETTE, wrapText, type Bar } from "./chart-data";

const LINE = 20;
const BAR = 22;
const VALUE_SPACE = 110;

/** Horizontal bars, one per answer: the share of people who gave it. */
export function BarChart({ id, title, describedBy, bars }: { id: string; title: string; describedBy?: string; bars: Bar[] }) {
  const shownText = useShownText();
  const scale = CHART_WIDTH - VALUE_SPACE;
  let y = 4;
  const laid = bars.map((bar) => {
    const lines = wrapText(bar.label, 68);
    const labelY = y + 14;
    y += lines.length * LINE + 2;
    const barY = y;
    y += BAR + 14;
    return { bar, lines, labelY, barY };
  });
  return (
    <ChartFrame id={id} title={title} describedBy={describedBy} height={y}>
      {laid.map(({ bar, lines, labelY, barY }) => {
        const width = bar.share === null ? 0 : Math.max(bar.share > 0 ? 2 : 0, bar.share * scale);
        return (
          <g key={bar.key}>
            <Lines lines={lines} x={0} y={labelY} />
            <line x1={0} x2={0} y1={barY - 2} y2={barY + BAR + 2} stroke={INK} strokeWidth={2} />
            {width > 0 ? <rect x={1} y={barY} width={width} height={BAR} fill={PALETTE[1].fill} /> : null}
            <text x={width + 8} y={barY + 16} fontFamily={FONT} fontSize={16} fill={INK} fontWeight="bold">
              {bar.share === null ? shownText(bar.shown) : formatShare(bar.share)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
