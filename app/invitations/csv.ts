/**
 * Reading a contact list exported from a force's records system. Pure: the file arrives as bytes already held in
 * memory (the server refuses any body over its limit before reading it, server/app.ts), is parsed by csv-parse and
 * is never written anywhere. Refusals say what is wrong and where (row and column name), never a cell's value.
 *
 * A cell that a spreadsheet would run as a formula (=, +, -, @ first, or a tab or carriage return) refuses the whole
 * file: such a cell is never a phone number, an e-mail, a date or a flag, so it can only be a mistake or an attack,
 * and passing it on (into a report, an export or a message) is what CSV injection needs. "+44 7700 900123" and
 * "-1" are numbers, not formulas.
 */
import { parse } from "csv-parse/sync";

/** The largest file read (bytes); the server's own body limit is just above it. */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_ROWS = 10_000;
export const MAX_COLUMNS = 60;

export type CsvTable = { headers: string[]; rows: string[][] };

export type CsvRefusal =
  | { reason: "empty" }
  | { reason: "tooLarge"; maxBytes: number }
  | { reason: "notText" }
  | { reason: "unreadable"; line: number | null }
  | { reason: "noHeader" }
  | { reason: "tooManyRows"; maxRows: number }
  | { reason: "tooManyColumns"; maxColumns: number }
  | { reason: "duplicateHeader"; column: string }
  | { reason: "formula"; cells: { row: number; column: string }[]; more: number };

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; refusal: CsvRefusal };

const NUMBER_LIKE = /^[+-][\d\s().-]*$/;

/** Whether a spreadsheet would treat the cell as a formula. */
export function isFormula(cell: string): boolean {
  if (cell.length === 0) return false;
  const first = cell[0];
  if (first === "=" || first === "@" || first === "\t" || first === "\r") return true;
  if (first === "+" || first === "-") return !NUMBER_LIKE.test(cell);
  return false;
}

/** The file's header and rows, or why it cannot be used. Row numbers in refusals are the spreadsheet's (header = 1). */
export function readCsv(bytes: Uint8Array): CsvResult {
  if (bytes.length === 0) return refuse({ reason: "empty" });
  if (bytes.length > MAX_FILE_BYTES) return refuse({ reason: "tooLarge", maxBytes: MAX_FILE_BYTES });
  // A spreadsheet saved as .xlsx, a PDF or an image: bytes no text export holds.
  if (bytes.includes(0)) return refuse({ reason: "notText" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older exports are often Windows-1252; the characters that matter here (digits, @, letters) read the same.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const delimiter = guessDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: false,
      to: MAX_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : null;
    return refuse({ reason: "unreadable", line });
  }
  if (records.length === 0) return refuse({ reason: "empty" });
  const headers = records[0].map((header) => header.trim());
  if (headers.length > MAX_COLUMNS) return refuse({ reason: "tooManyColumns", maxColumns: MAX_COLUMNS });
  if (headers.length < 2 || headers.some((header) => header === "") || records.length < 2) return refuse({ reason: "noHeader" });
  if (records.length > MAX_ROWS + 1) return refuse({ reason: "tooManyRows", maxRows: MAX_ROWS });
  const seen = new Set<string>();
  for (const header of headers) {
    const key = header.toLowerCase();
    if (seen.has(key)) return refuse({ reason: "duplicateHeader", column: header.slice(0, 60) });
    seen.add(key);
  }
  const formulas: { row: number; column: string }[] = [];
  let more = 0;
  records.forEach((record, index) => {
    record.forEach((cell, column) => {
      if (!isFormula(cell)) return;
      if (formulas.length < 10) formulas.push({ row: index + 1, column: (headers[column] ?? "").slice(0, 60) });
      else more += 1;
    });
  });
  if (formulas.length) return refuse({ reason: "formula", cells: formulas, more });
  return { ok: true, table: { headers, rows: records.slice(1).map((record) => record.map((cell) => cell.trim())) } };
}

const refuse = (refusal: CsvRefusal): CsvResult => ({ ok: false, refusal });

/** Comma unless the first line has more semicolons or tabs (some exports use them). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf("\n")) || text.length);
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ",";
}
