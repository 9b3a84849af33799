/**
 * CSV cells and rows (RFC 4180), safe to open in a spreadsheet. Pure.
 *
 * Free text comes from the public, so a cell that a spreadsheet would read as a
 * formula ("=HYPERLINK(…)", "+1", "-2", "@SUM(…)", or one starting with a tab or
 * carriage return, or any of those after leading spaces) is neutralised the OWASP way: a single quote in front, and
 * every non-empty cell in double quotes, so a spreadsheet that splits on ";"
 * cannot start a new cell inside one either. Headers go through the same cell.
 */

/** Excel reads a CSV file as UTF-8 only when it begins with a byte order mark. */
export const CSV_BOM = "\uFEFF";

/** What the "; "-joined cells of multiple choices and rankings are separated by. */
export const LIST_SEPARATOR = "; ";

/** Leading spaces too: some importers trim them (and then run what follows). */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** A single quote before anything a spreadsheet would run as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CellValue = string | number | boolean | null | undefined | readonly string[];

/** One cell: lists joined by "; ", formulas neutralised, quoted with inner quotes doubled. Empty stays empty. */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  if (text === "") return "";
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`;
}

/** One record, ended by CRLF as RFC 4180 says. */
export function csvRow(cells: readonly CellValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
