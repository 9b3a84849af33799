import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DisplayStatus } from "./stages";

export type WheelStage = { key: string; number: number; title: string; display: DisplayStatus };

export const SIZE = 640;
export const CENTRE = SIZE / 2;
export const OUTER = 310;
export const INNER = 96;
const LINE_HEIGHT = 17;
const MAX_LINE = 17;

function point(radius: number, degrees: number) {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return `${(CENTRE + radius * Math.cos(radians)).toFixed(2)} ${(CENTRE + radius * Math.sin(radians)).toFixed(2)}`;
}

/** An annular sector from one angle to another, clockwise from the top (the practice profile draws shorter ones). */
export function segmentPath(start: number, end: number, outer = OUTER, inner = INNER) {
  const large = end - start > 180 ? 1 : 0;
  return [
    `M ${point(outer, start)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(outer, end)}`,
    `L ${point(inner, end)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, start)}`,
    "Z",
  ].join(" ");
}

/** Greedy word wrap for SVG text, which does not wrap by itself. */
export function wrap(text: string, width = MAX_LINE): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The seven stages as a wheel: a segment per stage, coloured and labelled by
 * its status (never colour alone), each a link to the stage. The table beside
 * it (StageTable) says the same in text.
 */
export function Wheel({ engagementId, stages, caption }: { engagementId: number; stages: WheelStage[]; caption: string }) {
  const { t } = useTranslation();
  const step = 360 / stages.length;
  const done = stages.filter((s) => s.display === "done").length;
  return (
    <figure className="vv-wheel">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-labelledby="wheel-caption" className="vv-wheel__svg">
        {stages.map((stage, index) => {
          const start = index * step;
          const middle = start + step / 2;
          const radians = ((middle - 90) * Math.PI) / 180;
          const labelRadius = (OUTER + INNER) / 2 + 12;
          const x = CENTRE + labelRadius * Math.cos(radians);
          const y = CENTRE + labelRadius * Math.sin(radians);
          const lines = [`${stage.number}.`, ...wrap(stage.title)];
          const status = t(`stageStatus.${stage.display}`);
          const top = y - ((lines.length + 1) * LINE_HEIGHT) / 2 + LINE_HEIGHT / 2;
          return (
            <Link
              key={stage.key}
              to={`/engagements/${engagementId}/stages/${stage.key}`}
              className={`vv-wheel__segment vv-wheel__segment--${stage.display}`}
              aria-label={t("wheel.segmentLabel", { number: stage.number, title: stage.title, status })}
            >
              <path d={segmentPath(start, start + step)} />
              <text x={x} y={top} textAnchor="middle" aria-hidden="true">
                {lines.map((line, i) => (
                  <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT} fontWeight={i === 0 ? "bold" : undefined}>
                    {line}
                  </tspan>
                ))}
                <tspan x={x} dy={LINE_HEIGHT} className="vv-wheel__status">
                  {stage.display === "done" ? "✓ " : stage.display === "due_for_review" ? "! " : ""}
                  {status}
                </tspan>
              </text>
            </Link>
          );
        })}
        <circle cx={CENTRE} cy={CENTRE} r={INNER - 6} className="vv-wheel__hub" />
        <text x={CENTRE} y={CENTRE + 6} textAnchor="middle" className="vv-wheel__hub-text" aria-hidden="true">
          {t("wheel.doneCount", { done, total: stages.length })}
        </text>
      </svg>
      <figcaption id="wheel-caption" className="govuk-body-s">
        {caption}
      </figcaption>
    </figure>
  );
}
