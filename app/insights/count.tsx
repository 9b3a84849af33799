import { useTranslation } from "react-i18next";
import type { Shown } from "./disclosure";

/** Digits grouped by hand ("1,234"), so the server and every browser print the same in English and Welsh. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A count after disclosure control: the number, "fewer than 5", or "not shown". */
export function Count({ shown }: { shown: Shown }) {
  const { t } = useTranslation();
  if (shown.kind === "count") return <>{formatCount(shown.value)}</>;
  if (shown.kind === "fewerThan") return <>{t("distribution.count.fewerThan", { threshold: shown.threshold })}</>;
  return (
    <>
      {t("distribution.count.hidden")}
      <span className="govuk-visually-hidden"> {t("distribution.count.hiddenWhy")}</span>
    </>
  );
}
