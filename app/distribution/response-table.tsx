import { useTranslation } from "react-i18next";
import { Count } from "~/insights/count";
import type { Shown } from "~/insights/disclosure";

type Counts = { noChannel: Shown; channels: { id: number; label: string; responses: Shown }[]; total: Shown };

/** Responses per channel, after disclosure control (the counts arrive already suppressed). */
export function ResponseTable({ counts, threshold, caption }: { counts: Counts; threshold: number; caption: string }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="govuk-table" data-testid="channel-responses">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("distribution.channel")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("distribution.responses")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {t("distribution.plainLink")}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Count shown={counts.noChannel} />
            </td>
          </tr>
          {counts.channels.map((channel) => (
            <tr className="govuk-table__row" key={channel.id}>
              <th scope="row" className="govuk-table__header">
                {channel.label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Count shown={channel.responses} />
              </td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {t("distribution.allResponses")}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
              <Count shown={counts.total} />
            </td>
          </tr>
        </tbody>
      </table>
      <p className="govuk-body-s">{t("distribution.countsHint", { threshold })}</p>
    </>
  );
}
