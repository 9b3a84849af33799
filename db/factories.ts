/**
 * Builders shared by the demo seed and the tests. Deterministic: the same
 * calls give the same rows, apart from password hashes and tokens.
 */
import { eq } from "drizzle-orm";
import { hashPassword } from "../app/accounts/password.server";
import type { Db } from "./client";
import {
  engagementChecklistItems,
  engagements,
  engagementStages,
  memberships,
  organisations,
  STAGE_KEYS,
  users,
  type Role,
  type StageKey,
} from "./schema";

export type OrganisationInput = { slug: string; name: string; nameCy: string; brandColour?: string };

export function makeOrganisation(db: Db, input: OrganisationInput) {
  return db
    .insert(organisations)
    .values(input)
    .returning({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .get();
}

export type UserInput = {
  organisationId: number;
  email: string;
  name: string;
  roles: Role[];
  /** Leave out for a user who has not yet set a password. */
  password?: string;
  language?: "en" | "cy";
};

export async function makeUser(db: Db, input: UserInput) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({
        organisationId: input.organisationId,
        email: input.email.toLowerCase(),
        name: input.name,
        passwordHash,
        language: input.language ?? null,
      })
      .returning({ id: users.id, email: users.email, name: users.name })
      .get();
    if (input.roles.length)
      tx.insert(memberships)
        .values(input.roles.map((role) => ({ userId: user.id, role })))
        .run();
    return user;
  });
}

export function findUserByEmail(db: Db, email: string) {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get();
}

export type StageState = {
  status?: "not_started" | "in_progress" | "done";
  ownerUserId?: number | null;
  notes?: string;
  lastReviewedOn?: string | null;
  nextReviewOn?: string | null;
  /** Default checklist item keys to tick. */
  ticked?: string[];
};

/** An engagement with all seven stages, some of them already worked. */
export function makeEngagement(
  db: Db,
  input: {
    organisationId: number;
    title: string;
    titleCy?: string;
    purpose: string;
    purposeCy?: string;
    audience: string;
    sponsor?: string;
    leadUserId?: number | null;
    startDate?: string | null;
    endDate?: string | null;
    status?: "planning" | "listening" | "acting" | "closed";
  },
  stages: Partial<Record<StageKey, StageState>> = {},
) {
  return db.transaction((tx) => {
    const engagement = tx
      .insert(engagements)
      .values({ ...input, sponsor: input.sponsor ?? "" })
      .returning({ id: engagements.id })
      .get();
    for (const key of STAGE_KEYS) {
      const state = stages[key] ?? {};
      const stage = tx
        .insert(engagementStages)
        .values({
          engagementId: engagement.id,
          stageKey: key,
          status: state.status ?? "not_started",
          ownerUserId: state.ownerUserId ?? null,
          notes: state.notes ?? "",
          lastReviewedOn: state.lastReviewedOn ?? null,
          nextReviewOn: state.nextReviewOn ?? null,
        })
        .returning({ id: engagementStages.id })
        .get();
      for (const itemKey of state.ticked ?? []) {
        tx.insert(engagementChecklistItems).values({ engagementStageId: stage.id, itemKey, done: true }).run();
      }
    }
    return engagement;
  });
}
