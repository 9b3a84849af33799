/**
 * Each row of a contact list checked and normalised: phone numbers to E.164 (mobiles only: a text cannot reach a
 * landline), e-mail addresses lower-cased and checked, dates of contact read in UK formats, flags read as yes or no
 * (anything not understood counts as yes: an unclear "do not contact" must never send a message). The same person
 * twice is merged into one contact (flags of either row apply; contact-safe only if every row says so). Problems are
 * reported by row number and field, never with the value. Pure.
 */
import { normaliseEmail, parsePhone } from "../notify/contact";
import type { ColumnMapping, FlagField } from "./mapping";
import { FLAG_FIELDS } from "./mapping";

export type Medium = "sms" | "email";
export type Contact = {
  medium: Medium;
  /** E.164 phone number or lower-cased e-mail: what the message is sent to. */
  recipient: string;
  language: "en" | "cy";
  /** YYYY-MM-DD: the latest date of contact among merged rows. */
  contactDate: string;
  flags: Record<FlagField, boolean>;
  /** File rows (header = 1) merged into this contact. */
  rows: number[];
};

export type RowProblem =
  | "noContact"
  | "phoneInvalid"
  | "phoneNotMobile"
  | "emailInvalid"
  | "dateMissing"
  | "dateInvalid"
  | "dateFuture"
  | "flagUnclear";

/** A row's problems. `refused` rows are left out; the others are kept with a note (an unclear flag counts as yes). */
export type RowReport = { row: number; problems: RowProblem[]; refused: boolean };

export type CheckedRows = { contacts: Contact[]; reports: RowReport[]; duplicatesMerged: number; rowCount: number };

const YES = new Set(["y", "yes", "true", "1", "x", "ie", "oes", "do", "t"]);
const NO = new Set(["", "n", "no", "false", "0", "na", "n/a", "na", "nac ydy", "na", "nac oes", "f", "none"]);
const WELSH = new Set(["cy", "cym", "welsh", "cymraeg", "cy-gb"]);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date as UK records systems write it: 03/11/2026, 3-11-26, 3.11.2026, 2026-11-03, 3 Nov 2026, with any time after. */
export function parseUkDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  let day: number, month: number, year: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/.exec(value);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$/.exec(value)))
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[\s-]([a-z]{3,9})[\s-](\d{2}|\d{4})(?:\s.*)?$/.exec(value))) {
    day = Number(match[1]);
    month = MONTHS.indexOf(match[2].slice(0, 3)) + 1;
    year = Number(match[3]);
    if (month === 0) return null;
  } else return null;
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: "phoneInvalid" | "phoneNotMobile" };

/** A mobile number in E.164, read as a UK number unless it says otherwise (+44, 0044, 07…, any spacing). */
export function normalisePhone(text: string): PhoneResult {
  const phone = parsePhone(text);
  if (!phone || !phone.isValid()) return { ok: false, problem: "phoneInvalid" };
  const type = phone.getType();
  if (type !== "MOBILE" && type !== "FIXED_LINE_OR_MOBILE") return { ok: false, problem: "phoneNotMobile" };
  return { ok: true, e164: phone.number };
}

function readFlag(text: string): { value: boolean; unclear: boolean } {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return { value: true, unclear: false };
  if (NO.has(value)) return { value: false, unclear: false };
  return { value: true, unclear: true };
}

/** Every row checked against the mapping, `today` (YYYY-MM-DD, UK) bounding dates of contact. */
export function checkRows(headers: string[], rows: string[][], mapping: ColumnMapping, today: string): CheckedRows {
  const at = (field: keyof ColumnMapping) => (mapping[field] ? headers.indexOf(mapping[field]) : -1);
  const columns = Object.fromEntries(Object.keys(mapping).map((field) => [field, at(field as keyof ColumnMapping)]));
  const cell = (row: string[], field: keyof ColumnMapping) => (columns[field] >= 0 ? (row[columns[field]] ?? "") : "");
  const reports: RowReport[] = [];
  const byRecipient = new Map<string, Contact>();
  let duplicatesMerged = 0;

  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const problems: RowProblem[] = [];
    let refused = false;
    const phoneText = cell(row, "phone");
    const emailText = cell(row, "email");
    let recipient: { medium: Medium; value: string } | null = null;
    if (phoneText.trim()) {
      const phone = normalisePhone(phoneText);
      if (phone.ok) recipient = { medium: "sms", value: phone.e164 };
      else problems.push(phone.problem);
    }
    if (emailText.trim()) {
      const email = normaliseEmail(emailText);
      if (!email) problems.push("emailInvalid");
      else recipient ??= { medium: "email", value: email };
    }
    if (!phoneText.trim() && !emailText.trim()) problems.push("noContact");
    if (!recipient) refused = true;

    const dateText = cell(row, "contactDate");
    const contactDate = dateText.trim() ? parseUkDate(dateText) : null;
    if (!dateText.trim()) problems.push("dateMissing");
    else if (!contactDate) problems.push("dateInvalid");
    else if (contactDate > today) problems.push("dateFuture");
    if (!contactDate || contactDate > today) refused = true;

    const flags = {} as Record<FlagField, boolean>;
    let unclear = false;
    for (const field of FLAG_FIELDS) {
      const flag = readFlag(cell(row, field));
      // An unclear "contact is safe" is not a yes: only a clear yes lifts a flag.
      flags[field] = field === "contactSafe" ? flag.value && !flag.unclear : flag.value;
      unclear ||= flag.unclear;
    }
    if (unclear) problems.push("flagUnclear");
    if (problems.length) reports.push({ row: rowNumber, problems, refused });
    if (refused || !recipient || !contactDate) return;

    const language = WELSH.has(cell(row, "language").trim().toLowerCase()) ? "cy" : "en";
    const key = `${recipient.medium}:${recipient.value}`;
    const earlier = byRecipient.get(key);
    if (earlier) {
      duplicatesMerged += 1;
      for (const field of FLAG_FIELDS)
        earlier.flags[field] =
          field === "contactSafe" ? earlier.flags[field] && flags[field] : earlier.flags[field] || flags[field];
      if (contactDate > earlier.contactDate) earlier.contactDate = contactDate;
      if (language === "cy") earlier.language = "cy";
      earlier.rows.push(rowNumber);
      return;
    }
    byRecipient.set(key, {
      medium: recipient.medium,
      recipient: recipient.value,
      language,
      contactDate,
      flags,
      rows: [rowNumber],
    });
  });
  return { contacts: [...byRecipient.values()], reports, duplicatesMerged, rowCount: rows.length };
}
