import type { Shown } from "./disclosure";
import { Count } from "./count";

export type CountRow = { key: string; label: string; shown: Shown };

/** A two-column table of labelled counts after disclosure control (a theme's months, its sentiment mix). */
export function CountTable({
  caption,
  captionClassName = "govuk-table__caption--s",
  labelHeader,
  countHeader,
  rows,
}: {
  caption: string;
  captionClassName?: string;
  labelHeader: string;
  countHeader: string;
  rows: CountRow[];
}) {
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption ${captionClassName}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {labelHeader}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {countHeader}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Count shown={row.shown} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
