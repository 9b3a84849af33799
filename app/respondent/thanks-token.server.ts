/**
 * A sent survey is answered with a redirect to its thank-you page (Post/Redirect/Get): reloading that page or going
 * Back to it never sends the answers again. What the page must say (whether the answers suggested danger now,
 * whether they had arrived before) travels in one opaque token in its address, sealed (AES-256-GCM, draft-seal's
 * format) under a key derived from the installation's secret and bound to the survey. The address stays in the
 * browser's history, so the token reads the same length whatever it holds and says nothing to whoever finds it;
 * after an hour it lapses, and a reload from history shows the plain thank-you without the danger section.
 * Nothing about it is stored on the server.
 */
import { createHash } from "node:crypto";
import { sessionSecret } from "../config.server";
import { sealRecord, unsealRecord, type DraftKeys } from "./draft-seal.server";

/** `pairCode`: the outcome pair code a start-of-support answer gives the person to keep (app/outcomes/pair-code.ts). */
export type ThanksNote = { danger: boolean; duplicate: boolean; pairCode?: string | null };

/** Nine characters whether or not there is a pair code, so the token's length says nothing. */
const NO_PAIR_CODE = "---------";
export type ReadThanks = ThanksNote | "lapsed" | null;

const LIFETIME_MINUTES = 60;
const MINUTE = 60_000;

let derived: { secret: string; key: Buffer } | null = null;

function keysFor(surveyId: number): DraftKeys {
  const secret = sessionSecret();
  if (derived?.secret !== secret)
    derived = { secret, key: createHash("sha256").update("victim-voice thank-you page\u0000").update(secret).digest() };
  return { key: derived.key, id: `thanks:${surveyId}` };
}

/** Fixed width: the expiry in whole minutes (eight digits until the year 2160) and the two flags as digits. */
export function thanksToken(surveyId: number, note: ThanksNote, now = Date.now()): string {
  const expires = String(Math.ceil(now / MINUTE) + LIFETIME_MINUTES).padStart(8, "0");
  const p = note.pairCode && note.pairCode.length === NO_PAIR_CODE.length ? note.pairCode : NO_PAIR_CODE;
  return sealRecord(keysFor(surveyId), { e: expires, d: note.danger ? 1 : 0, u: note.duplicate ? 1 : 0, p });
}

/** What the token says, "lapsed" once its hour is over, or null when it was not made here for this survey. */
export function readThanksToken(surveyId: number, token: string | null, now = Date.now()): ReadThanks {
  if (!token || token.length > 200) return null;
  const note = unsealRecord(keysFor(surveyId), token);
  if (!note || typeof note.e !== "string" || !/^\d{8}$/.test(note.e)) return null;
  if (Number(note.e) * MINUTE < now) return "lapsed";
  const pairCode = typeof note.p === "string" && note.p !== NO_PAIR_CODE ? note.p : null;
  return { danger: note.d === 1, duplicate: note.u === 1, ...(pairCode ? { pairCode } : {}) };
}
