/**
 * One normal form per contact, so the same person always hashes to the same key: a phone number in E.164
 * (UK numbers written the usual ways: 07700 900123, +44 (0)7700 900123, 0044 7700 900123) and an e-mail address
 * trimmed and in lower case. Anything else is refused rather than guessed at.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/max";

export type Contact = { medium: "sms" | "email"; value: string };

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;

/**
 * A phone number as libphonenumber reads it, as a UK number unless it says otherwise. The one reader of numbers for
 * lists, opt-outs and replies, so that the same person always hashes to the same key.
 */
export function parsePhone(input: string): PhoneNumber | undefined {
  const compact = input.trim().replace(/[\s\-().]/g, "");
  // Notify gives reply numbers as bare international digits (447700900123).
  const international = /^44\d{10}$/.test(compact) ? `+${compact}` : compact.replace(/^00/, "+");
  // "+44 (0)7700 900123": the trunk zero written after the country code.
  return parsePhoneNumberFromString(international.replace(/^\+440/, "+44"), "GB");
}

/** A possible phone number in E.164, or null (a list is checked more strictly: app/invitations/rows.ts). */
export function normalisePhone(input: string): string | null {
  const phone = parsePhone(input);
  return phone?.isPossible() ? phone.number : null;
}

export function normaliseEmail(input: string): string | null {
  const value = input.trim().toLowerCase();
  return value.length <= 254 && EMAIL.test(value) ? value : null;
}

/** An e-mail address when it has an @, otherwise a phone number; null when it is neither. */
export function normaliseContact(input: string): Contact | null {
  if (input.includes("@")) {
    const value = normaliseEmail(input);
    return value ? { medium: "email", value } : null;
  }
  const value = normalisePhone(input);
  return value ? { medium: "sms", value } : null;
}
