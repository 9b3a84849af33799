/**
 * An uploaded contact list between the upload and the mapping step, held in this process's memory only (never in
 * the database, a file or a log) for a short while, for the person who uploaded it. A restart or half an hour
 * forgets it; the lead then uploads again. Once mapped, only what the batch needs is kept (batches.server.ts).
 */
import { randomBytes } from "node:crypto";
import type { CsvTable } from "./csv";

const HOLD_MS = 30 * 60_000;
const MAX_HELD = 20;

type Held = { organisationId: number; userId: number; surveyId: number; channelId: number; table: CsvTable; until: number };
const held = new Map<string, Held>();

function sweep(now: number) {
  for (const [id, entry] of held) if (entry.until <= now) held.delete(id);
}

export function holdUpload(entry: Omit<Held, "until">, now = Date.now()): string {
  sweep(now);
  // Never more than a few lists in memory: the oldest goes first.
  while (held.size >= MAX_HELD) held.delete(held.keys().next().value!);
  const id = randomBytes(12).toString("base64url");
  held.set(id, { ...entry, until: now + HOLD_MS });
  return id;
}

/** The held list, only for the same person, organisation and survey. */
export function heldUpload(id: string, who: { organisationId: number; userId: number; surveyId: number }, now = Date.now()) {
  sweep(now);
  const entry = held.get(id);
  if (!entry || entry.organisationId !== who.organisationId || entry.userId !== who.userId || entry.surveyId !== who.surveyId)
    return null;
  return { table: entry.table, channelId: entry.channelId };
}

export function dropUpload(id: string) {
  held.delete(id);
}
