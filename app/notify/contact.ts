/**
 * One normal form per contact, so the same person always hashes to the same key: a phone number in E.164
 * (UK numbers written the usual ways: 07700 900123, +44 (0)7700 900123, 0044 7700 900123) and an e-mail address
 * trimmed and in lower case. Anything else is refused rather than guessed at.
 */
export type Contact = { medium: "sms" | "email"; value: string };

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function normalisePhone(input: string): string | null {
  const compact = input
    .trim()
    .replace(/[\s\-().]/g, "")
    .replace(/^\+44\(?0\)?/, "+44");
  let digits: string;
  if (/^\+\d+$/.test(compact)) digits = compact.slice(1);
  else if (/^00\d+$/.test(compact)) digits = compact.slice(2);
  else if (/^0\d{9,10}$/.test(compact)) digits = `44${compact.slice(1)}`;
  // Notify gives reply numbers as bare international digits (447700900123).
  else if (/^44\d{10}$/.test(compact)) digits = compact;
  else return null;
  if (digits.startsWith("440")) digits = `44${digits.slice(3)}`;
  if (digits.startsWith("44") && digits.length !== 12 && digits.length !== 11) return null;
  if (digits.length < 8 || digits.length > 15 || digits.startsWith("0")) return null;
  return `+${digits}`;
}

export function normaliseEmail(input: string): string | null {
  const value = input.trim().toLowerCase();
  return value.length <= 320 && EMAIL.test(value) ? value : null;
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
