import { eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { memberships, organisations, users } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { hashPassword } from "./password.server";

export function hasAnyUser(): boolean {
  return (
    getDb()
      .select({ one: sql`1` })
      .from(users)
      .limit(1)
      .get() !== undefined
  );
}

export type FirstOrganisation = {
  organisationName: string;
  organisationNameCy: string;
  slug: string;
  name: string;
  email: string;
  password: string;
};

/**
 * First-run setup: the first organisation and its admin, in one transaction.
 * Answers "already-set-up" if someone else finished setup first.
 */
export async function createFirstOrganisation(input: FirstOrganisation) {
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction((tx) => {
    if (
      tx
        .select({ one: sql`1` })
        .from(users)
        .limit(1)
        .get()
    )
      return { ok: false as const, reason: "already-set-up" as const };
    const organisation = tx
      .insert(organisations)
      .values({ slug: input.slug, name: input.organisationName, nameCy: input.organisationNameCy })
      .returning({ id: organisations.id })
      .get();
    const user = tx
      .insert(users)
      .values({ organisationId: organisation.id, email: input.email, name: input.name, passwordHash })
      .returning({ id: users.id })
      .get();
    tx.insert(memberships).values({ userId: user.id, role: "admin" }).run();
    recordAudit(tx, {
      organisationId: organisation.id,
      actorUserId: user.id,
      action: "organisation.created",
      objectType: "organisation",
      objectId: organisation.id,
    });
    return { ok: true as const, organisationId: organisation.id, userId: user.id };
  });
}

export function getOrganisationBySlug(slug: string) {
  return getDb()
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, nameCy: organisations.nameCy })
    .from(organisations)
    .where(eq(organisations.slug, slug))
    .get();
}
