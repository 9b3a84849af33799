import { useTranslation } from "react-i18next";
import { CENTRE, SIZE, segmentPath, wrap } from "../engagements/wheel";
import { MAX_SCORE } from "./profile";

export type WheelScore = { key: string; number: number; title: string; score: number | null };

const INNER = 48;
const OUTER = 190;
const LABEL_RADIUS = 238;
const LINE_HEIGHT = 16;

const radiusOf = (score: number) => INNER + ((OUTER - INNER) * score) / MAX_SCORE;

/**
 * The profile on the seven-stage wheel: each stage's segment filled out from the hub as far as its score (rings at
 * each level), labelled outside the wheel with its number, title and score. A picture of the table that follows it
 * (ProfileTable), which says the same in text, so the SVG is one labelled image.
 */
export function ProfileWheel({ stages, captionId, caption }: { stages: WheelScore[]; captionId: string; caption: string }) {
  const { t } = useTranslation();
  const step = 360 / stages.length;
  return (
    <figure className="vv-wheel vv-profile-wheel">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={captionId} className="vv-wheel__svg">
        {stages.map((stage, index) => {
          const start = index * step;
          return (
            <g key={stage.key}>
              <path d={segmentPath(start, start + step, OUTER, INNER)} className="vv-profile-wheel__track" />
              {stage.score !== null && stage.score > 0 ? (
                <path d={segmentPath(start, start + step, radiusOf(stage.score), INNER)} className="vv-profile-wheel__score" />
              ) : null}
            </g>
          );
        })}
        {[1, 2].map((level) => (
          <circle key={level} cx={CENTRE} cy={CENTRE} r={radiusOf(level)} className="vv-profile-wheel__ring" />
        ))}
        {stages.map((stage, index) => {
          const middle = index * step + step / 2;
          const radians = ((middle - 90) * Math.PI) / 180;
          const x = CENTRE + LABEL_RADIUS * Math.cos(radians);
          const y = CENTRE + LABEL_RADIUS * Math.sin(radians);
          const lines = [`${stage.number}.`, ...wrap(stage.title, 15)];
          const top = y - (lines.length * LINE_HEIGHT) / 2 + LINE_HEIGHT / 2;
          return (
            <text key={stage.key} x={x} y={top} textAnchor="middle" className="vv-profile-wheel__label" aria-hidden="true">
              {lines.map((line, i) => (
                <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT} fontWeight={i === 0 ? "bold" : undefined}>
                  {line}
                </tspan>
              ))}
              <tspan x={x} dy={LINE_HEIGHT} fontWeight="bold">
                {stage.score === null
                  ? t("practice.profile.notRated")
                  : t("practice.profile.outOf", { score: stage.score.toFixed(1) })}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption id={captionId} className="govuk-body-s">
        {caption}
      </figcaption>
    </figure>
  );
}
