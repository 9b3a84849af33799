/**
 * Submission keys the server issues when a person starts a survey: random, with a short keyed signature, so that
 * abuse limits can tell a journey that began on our pages from a form made by hand. The key still only says "this
 * journey", never who: the secret is the installation's, and nothing about the person goes into it.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "../config.server";

const RANDOM_CHARS = 24;
const SIGNATURE_CHARS = 16;

const signatureOf = (random: string) =>
  createHmac("sha256", sessionSecret()).update(`journey:${random}`).digest("base64url").slice(0, SIGNATURE_CHARS);

export function issueSubmissionKey(): string {
  const random = randomBytes(18).toString("base64url");
  return `${random}${signatureOf(random)}`;
}

export function isIssuedSubmissionKey(key: string): boolean {
  if (key.length !== RANDOM_CHARS + SIGNATURE_CHARS) return false;
  const given = Buffer.from(key.slice(RANDOM_CHARS));
  const expected = Buffer.from(signatureOf(key.slice(0, RANDOM_CHARS)));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
