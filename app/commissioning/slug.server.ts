import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organisations } from "../../db/schema";
import { notFound } from "../http/responses";

/** An organisation's short name, for the addresses made for it. */
export function getOrganisationSlug(organisationId: number): string {
  const row = getDb().select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!row) notFound();
  return row.slug;
}
