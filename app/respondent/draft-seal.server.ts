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

/** A draft sealed under the key, bound to the draft's id so a sealed value cannot be moved to another row. */
export function seal(keys: DraftKeys, draft: SealedDraft): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.key, iv);
  cipher.setAAD(Buffer.from(keys.id));
  const plain = JSON.stringify({ a: draft.answers, s: draft.session });
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [FORMAT, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The draft, or null when the value was not sealed under this key and id (or was changed). */
export function unseal(keys: DraftKeys, sealed: string): SealedDraft | null {
  const [format, iv, tag, body] = sealed.split(".");
  if ((format !== FORMAT && format !== "v1") || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keys.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(keys.id));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    const value: unknown = JSON.parse(plain);
    // v1 sealed the answers alone.
    if (format === "v1") return isRecord(value) ? { answers: value, session: {} } : null;
    if (!isRecord(value) || !isRecord(value.a)) return null;
    return { answers: value.a, session: isRecord(value.s) ? value.s : {} };
  } catch {
    return null;
  }
}
