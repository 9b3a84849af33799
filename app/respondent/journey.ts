/**
 * Where a respondent is in a survey, carried in the page itself (a hidden
 * field), never in a cookie and never on the server until they choose to save
 * or submit. Everything in it is checked again on the server, so a tampered
 * journey can do no more than a hand-made submission could. Pure.
 */
import { normalisePairCode } from "../outcomes/pair-code";
import type { Answers } from "./survey-engine";

export type Journey = {
  /** The published version being answered. */
  versionId: number;
  /** Issued when the survey was started (journey-key.server.ts): a submission is stored once per key. */
  submissionKey: string;
  pageName: string;
  answers: Answers;
  /** The distribution channel's public code, if the person came by one. */
  channel: string | null;
  /** An invitation link's one-time token (app/invitations), so the answer marks that link answered; nothing else. */
  invitation?: string;
  /** What the survey's `visible` triggers switched (element name → shown): survey-core's only state beside the answers. */
  triggered?: Record<string, boolean>;
  /** Pages a skip trigger jumped over, [from, to], so that Back returns where survey-core would. */
  skipped?: [string, string][];
  /** How many rows or panels each dynamic matrix and dynamic panel shows (survey-core keeps it beside the answers). */
  counts?: Record<string, number>;
  /** Values number fields hold outside their range, which survey-core keeps out of the answers (survey-session.ts). */
  held?: Record<string, unknown>;
  /** Checkbox ticks survey-core took off as their choices hid, and restores if they show again (survey-session.ts). */
  untickedHidden?: Record<string, unknown[]>;
  /** Pages survey-core has marked passed: it checks (and clears) a page quietly only the first time it is left. */
  passed?: string[];
  /** An end-of-support answer's pair code, as typed on the first page and normalised (app/outcomes/pair-code.ts). */
  pairCode?: string;
  /**
   * The server's seal over everything above (answer-flow.server.ts): a journey the server itself made. One changed
   * anywhere else (the survey renderer's, or a hand-made one) is checked whole when it ends, as a submission is.
   */
  seal?: string;
};

export function encodeJourney(journey: Journey): string {
  return JSON.stringify({
    v: journey.versionId,
    k: journey.submissionKey,
    p: journey.pageName,
    a: journey.answers,
    c: journey.channel,
    ...(journey.invitation ? { i: journey.invitation } : {}),
    ...(journey.triggered && Object.keys(journey.triggered).length ? { t: journey.triggered } : {}),
    ...(journey.skipped?.length ? { s: journey.skipped } : {}),
    ...(journey.counts && Object.keys(journey.counts).length ? { n: journey.counts } : {}),
    ...(journey.held && Object.keys(journey.held).length ? { h: journey.held } : {}),
    ...(journey.untickedHidden && Object.keys(journey.untickedHidden).length ? { u: journey.untickedHidden } : {}),
    ...(journey.passed?.length ? { d: journey.passed } : {}),
    ...(journey.pairCode ? { q: journey.pairCode } : {}),
    ...(journey.seal ? { m: journey.seal } : {}),
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The journey in a posted form, or null when it is missing or malformed. */
export function decodeJourney(text: unknown): Journey | null {
  if (typeof text !== "string" || text.length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { v, k, p, a, c, i, t, s, n, h, u, d, m, q } = value;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v <= 0) return null;
  if (typeof k !== "string" || !/^[A-Za-z0-9_-]{16,64}$/.test(k)) return null;
  if (typeof p !== "string" || p.length > 200) return null;
  if (!isRecord(a)) return null;
  if (c !== null && c !== undefined && (typeof c !== "string" || !/^[a-z0-9]{1,32}$/.test(c))) return null;
  if (i !== undefined && (typeof i !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(i))) return null;
  // JSON.parse makes "__proto__" an own property; fromEntries keeps it one (never a prototype), and the checks refuse it.
  const answers: Answers = Object.fromEntries(Object.entries(a));
  if (t !== undefined && !(isRecord(t) && Object.values(t).every((shown) => typeof shown === "boolean"))) return null;
  const triggered = isRecord(t) ? (Object.fromEntries(Object.entries(t)) as Record<string, boolean>) : undefined;
  const isPair = (pair: unknown) =>
    Array.isArray(pair) && pair.length === 2 && pair.every((name) => typeof name === "string" && name.length <= 200);
  if (s !== undefined && !(Array.isArray(s) && s.length <= 100 && s.every(isPair))) return null;
  const skipped = Array.isArray(s) ? (s as [string, string][]) : undefined;
  const isCount = (count: unknown) => typeof count === "number" && Number.isSafeInteger(count) && count >= 0 && count <= 10_000;
  if (n !== undefined && !(isRecord(n) && Object.values(n).every(isCount))) return null;
  const counts = isRecord(n) ? (Object.fromEntries(Object.entries(n)) as Record<string, number>) : undefined;
  if (h !== undefined && !isRecord(h)) return null;
  const held = isRecord(h) ? (Object.fromEntries(Object.entries(h)) as Record<string, unknown>) : undefined;
  if (u !== undefined && !(isRecord(u) && Object.values(u).every((values) => Array.isArray(values) && values.length <= 100)))
    return null;
  const untickedHidden = isRecord(u) ? (Object.fromEntries(Object.entries(u)) as Record<string, unknown[]>) : undefined;
  const isName = (name: unknown) => typeof name === "string" && name.length <= 200;
  if (d !== undefined && !(Array.isArray(d) && d.length <= 1000 && d.every(isName))) return null;
  const passed = Array.isArray(d) ? (d as string[]) : undefined;
  return {
    versionId: v,
    submissionKey: k,
    pageName: p,
    answers,
    channel: typeof c === "string" ? c : null,
    ...(typeof i === "string" ? { invitation: i } : {}),
    ...(triggered ? { triggered } : {}),
    ...(skipped ? { skipped } : {}),
    ...(counts ? { counts } : {}),
    ...(held ? { held } : {}),
    ...(untickedHidden ? { untickedHidden } : {}),
    ...(passed ? { passed } : {}),
    ...(typeof q === "string" && normalisePairCode(q) === q ? { pairCode: q } : {}),
    ...(typeof m === "string" && m.length <= 100 ? { seal: m } : {}),
  };
}
