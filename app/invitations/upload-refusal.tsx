import { useTranslation } from "react-i18next";
import type { CsvRefusal } from "./csv";

/** Where a refused file went wrong, beside the error summary's one line: line, columns or cells, never a value. */
export function UploadRefusalDetail({ refusal }: { refusal: CsvRefusal }) {
  const { t } = useTranslation();
  if (refusal.reason === "unreadable" && refusal.line !== null)
    return <p className="govuk-body">{t("invitations.refused.unreadableAt", { line: refusal.line })}</p>;
  if (refusal.reason === "tooManyRows")
    return <p className="govuk-body">{t("invitations.refused.tooManyRows", { maxRows: refusal.maxRows })}</p>;
  if (refusal.reason === "tooManyColumns")
    return <p className="govuk-body">{t("invitations.refused.tooManyColumns", { maxColumns: refusal.maxColumns })}</p>;
  if (refusal.reason === "duplicateHeader")
    return <p className="govuk-body">{t("invitations.refused.duplicateHeader", { column: refusal.column })}</p>;
  if (refusal.reason === "formula")
    return (
      <ul className="govuk-list govuk-list--bullet" data-testid="formula-cells">
        {refusal.cells.map((cell) => (
          <li key={`${cell.row}-${cell.column}`}>{t("invitations.refused.formulaCell", cell)}</li>
        ))}
        {refusal.more ? <li>{t("invitations.refused.formulaMore", { count: refusal.more })}</li> : null}
      </ul>
    );
  return null;
}
