/**
 * Pair codes made and hashed under the installation's secret. The code of a start-of-support answer is derived
 * from its submission key, so a doubled or retried submission shows the same code and nothing has to be kept to
 * show it again; what is stored with a response is only a keyed hash of the code, bound to the survey, so the
 * database and its backups link two answers to each other and to nothing else, and cannot be searched for a code
 * without the secret. The key is derived from RESUME_DRAFT_SECRET (config.server.ts), as the journey seal's is.
 */
import { createHash, createHmac } from "node:crypto";
import { draftSecret } from "../config.server";
import { pairCodeFromBytes } from "./pair-code";

let derived: { secret: string; key: Buffer } | null = null;

function key(): Buffer {
  const secret = draftSecret();
  if (derived?.secret !== secret)
    derived = { secret, key: createHash("sha256").update("victim-voice outcome pair code\u0000").update(secret).digest() };
  return derived.key;
}

/** The code shown to the person whose start-of-support answer was stored under this submission key. */
export function pairCodeFor(submissionKey: string): string {
  return pairCodeFromBytes(createHmac("sha256", key()).update(`code\u0000${submissionKey}`).digest());
}

/** The keyed hash stored with a response for a (normalised) code, bound to the survey answered. */
export function pairHash(surveyId: number, code: string): string {
  return createHmac("sha256", key()).update(`hash\u0000${surveyId}\u0000${code}`).digest("base64url").slice(0, 32);
}
