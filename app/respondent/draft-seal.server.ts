/**
 * "Save and come back later" drafts, sealed at rest (ADR 0011). From the respondent's code, the survey and a server
 * pepper (RESUME_DRAFT_SECRET), argon2id (19 MiB, 2 passes, as for staff passwords) derives 64 bytes: the first 32
 * are the AES-256-GCM key of the draft's answers, the last 32 the id the draft is found by. Nothing stored is enough
 * to read a draft: the database and its backups hold only the id and the sealed answers, and guessing codes against
 * them costs one argon2id run per guess even with the pepper. A wrong code derives an id that finds nothing.
 * Format v2 seals the answers with the rest of the journey's survey state (what `visible` triggers and visibleIf
 * switched, skipped pages, held values), so a resumed draft shows what it showed when saved; v1 (answers only) still
 * opens.
 */
import argon2 from "argon2";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { draftSecret } from "../config.server";

const KDF = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1, hashLength: 64, raw: true } as const;
const FORMAT = "v2";

/** What a draft keeps sealed: the answers and the journey's survey state beside them (survey-session's SessionState). */
export type SealedDraft = { answers: Record<string, unknown>; session: Record<string, unknown> };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === "object" && !Array.isArray(value);

export type DraftKeys = { key: Buffer; id: string };

/** The key and the id of the draft behind a code, for one survey (the survey salts the derivation). */
export async function draftKeys(code: string, surveyId: number): Promise<DraftKeys> {
  const salt = createHash("sha256").update(`victim-voice resume draft ${surveyId}`).digest().subarray(0, 16);
  const derived = await argon2.hash(code, { ...KDF, salt, secret: Buffer.from(draftSecret()) });
  return { key: derived.subarray(0, 32), id: derived.subarray(32).toString("base64url") };
}

/** `plain` sealed under the key, bound to the id so a sealed value cannot be moved to another row or use. */
function sealText(keys: DraftKeys, format: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.key, iv);
  cipher.setAAD(Buffer.from(keys.id));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [format, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The format and the JSON sealed under the key and id, or null when it was not (or was changed). */
function unsealJson(keys: DraftKeys, sealed: string): { format: string; value: unknown } | null {
  const [format, iv, tag, body] = sealed.split(".");
  if (!format || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keys.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(keys.id));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return { format, value: JSON.parse(plain) as unknown };
  } catch {
    return null;
  }
}

/** A draft sealed under the key, bound to the draft's id so a sealed value cannot be moved to another row. */
export function seal(keys: DraftKeys, draft: SealedDraft): string {
  return sealText(keys, FORMAT, JSON.stringify({ a: draft.answers, s: draft.session }));
}

/** The draft, or null when the value was not sealed under this key and id (or was changed). */
export function unseal(keys: DraftKeys, sealed: string): SealedDraft | null {
  const opened = unsealJson(keys, sealed);
  if (!opened) return null;
  const { format, value } = opened;
  // v1 sealed the answers alone.
  if (format === "v1") return isRecord(value) ? { answers: value, session: {} } : null;
  if (format !== FORMAT || !isRecord(value) || !isRecord(value.a)) return null;
  return { answers: value.a, session: isRecord(value.s) ? value.s : {} };
}

/** Any small record sealed the same way (the thank-you page's token), in a format of its own so it is never a draft. */
export const sealRecord = (keys: DraftKeys, record: Record<string, unknown>) => sealText(keys, "r1", JSON.stringify(record));

export function unsealRecord(keys: DraftKeys, sealed: string): Record<string, unknown> | null {
  const opened = unsealJson(keys, sealed);
  return opened?.format === "r1" && isRecord(opened.value) ? opened.value : null;
}
