/**
 * Everything keyed by NOTIFY_SECRET, which lives apart from the database and its backups:
 * - an organisation's Notify API key, sealed with draft-seal's record format (AES-256-GCM) and bound to the
 *   organisation, so a sealed key copied to another organisation's row does not open;
 * - `contactKey`, the keyed hash (HMAC-SHA256) of a normalised phone number or e-mail address, scoped to one
 *   organisation. Opt-outs and part B's reminder hashes use it; without the secret the hashes cannot be tested
 *   against a list of numbers.
 * Each use derives its own key from the secret, so one never stands in for the other.
 */
import { createHash, createHmac } from "node:crypto";
import { notifySecret } from "../config.server";
import { sealRecord, unsealRecord } from "../respondent/draft-seal.server";

let derived: { secret: string; seal: Buffer; contact: Buffer } | null = null;

function keys() {
  const secret = notifySecret();
  if (derived?.secret !== secret) {
    const derive = (label: string) => createHash("sha256").update(`victim-voice ${label}\u0000`).update(secret).digest();
    derived = { secret, seal: derive("notify api key"), contact: derive("contact key") };
  }
  return derived;
}

/** The keyed hash of a normalised contact (E.164 number or lower-case e-mail address) for one organisation. */
export function contactKey(organisationId: number, normalisedContact: string): string {
  return createHmac("sha256", keys().contact).update(`${organisationId}\u0000${normalisedContact}`).digest("base64url");
}

export function sealApiKey(organisationId: number, apiKey: string): string {
  return sealRecord({ key: keys().seal, id: `notify-key:${organisationId}` }, { k: apiKey });
}

/** The API key, or null when the sealed value was not made for this organisation under this secret. */
export function openApiKey(organisationId: number, sealed: string): string | null {
  const record = unsealRecord({ key: keys().seal, id: `notify-key:${organisationId}` }, sealed);
  return record && typeof record.k === "string" ? record.k : null;
}
