/**
 * The accountability report as CSV: one row per action, headers in the
 * reader's language. Titles and names are typed by staff and could start like a
 * formula, so every cell goes through the shared neutralising cell writer. Pure.
 */
import type { TFunction } from "i18next";
import { CSV_BOM, csvRow } from "../responses/csv";
import type { ReportAction } from "./report";

export type CsvReportRow = ReportAction & {
  id: number;
  title: string;
  engagementTitle: string;
  owningTeam: string;
  ownerName: string | null;
  statusReason: string;
  published: boolean;
  overdue: boolean;
  doneByTarget: boolean | null;
  daysToAgreement: number | null;
  daysToDone: number | null;
};

const COLUMNS = [
  "id",
  "title",
  "engagement",
  "owningTeam",
  "owner",
  "status",
  "reason",
  "raisedOn",
  "targetDate",
  "agreedOn",
  "doneOn",
  "overdue",
  "doneByTarget",
  "daysToAgreement",
  "daysToDone",
  "published",
] as const;

export function reportCsv(rows: readonly CsvReportRow[], t: TFunction): string {
  const yesNo = (value: boolean | null) => (value === null ? "" : value ? t("common.yes") : t("common.no"));
  const lines = [csvRow(COLUMNS.map((column) => t(`actions.csv.${column}`)))];
  for (const row of rows) {
    lines.push(
      csvRow([
        row.id,
        row.title,
        row.engagementTitle,
        row.owningTeam,
        row.ownerName ?? "",
        t(`actions.status.${row.status}`),
        row.statusReason,
        row.raisedOn,
        row.targetDate ?? "",
        row.agreedOn ?? "",
        row.doneOn ?? "",
        yesNo(row.overdue),
        yesNo(row.doneByTarget),
        row.daysToAgreement,
        row.daysToDone,
        yesNo(row.published),
      ]),
    );
  }
  return CSV_BOM + lines.join("");
}
