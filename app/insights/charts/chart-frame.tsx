import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatCount } from "../count";
import type { Shown } from "../disclosure";

export const CHART_WIDTH = 640;
export const FONT = "arial, sans-serif";
export const INK = "#0b0c0c";

/**
 * A chart as an image with a name: server-rendered SVG, `role="img"`, named by
 * its <title> and described by the page's one-sentence summary. Its data
 * table follows it on the page.
 */
export function ChartFrame({
  id,
  title,
  describedBy,
  height,
  children,
}: {
  id: string;
  title: string;
  describedBy?: string;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="vv-chart"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      viewBox={`0 0 ${CHART_WIDTH} ${Math.max(1, Math.ceil(height))}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      style={{ display: "block", maxWidth: `${CHART_WIDTH}px`, marginBottom: "20px" }}
      data-testid={`chart-${id}`}
    >
      <title id={`${id}-title`}>{title}</title>
      {children}
    </svg>
  );
}

/** A count after disclosure control, as plain text (for charts, where <Count> cannot add its hidden explanation). */
export function useShownText() {
  const { t } = useTranslation();
  return (shown: Shown) => {
    if (shown.kind === "count") return formatCount(shown.value);
    if (shown.kind === "fewerThan") return t("distribution.count.fewerThan", { threshold: shown.threshold });
    return t("distribution.count.hidden");
  };
}

/** Lines of text, one <tspan> each. */
export function Lines({
  lines,
  x,
  y,
  lineHeight = 20,
  size = 16,
  weight,
}: {
  lines: string[];
  x: number;
  y: number;
  lineHeight?: number;
  size?: number;
  weight?: "bold";
}) {
  return (
    <text x={x} y={y} fontFamily={FONT} fontSize={size} fontWeight={weight} fill={INK}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
