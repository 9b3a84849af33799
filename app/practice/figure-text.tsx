import { useTranslation } from "react-i18next";
import type { PracticeFigure } from "./statements";

export type FigureValue = { value: number; of?: number };

/** One figure the product knows, as a sentence (a share beside a count where it has a whole). */
export function FigureText({ figure, value }: { figure: PracticeFigure; value: FigureValue | undefined }) {
  const { t, i18n } = useTranslation();
  if (!value) return null;
  const of = value.of ?? 0;
  const share =
    of > 0
      ? new Intl.NumberFormat(i18n.language === "cy" ? "cy-GB" : "en-GB", { style: "percent" }).format(value.value / of)
      : "–";
  return <>{t(`practice.figures.${figure}`, { value: value.value, of, share })}</>;
}
