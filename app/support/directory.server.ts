/**
 * The support directory respondents see on every page: the organisation's own
 * services, or the shipped national helplines when it has none yet.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { supportServices } from "../../db/schema";

export type Bilingual = { en: string; cy: string };
export type SupportEntry = { name: Bilingual; description: Bilingual; phone: string; url: string; hours: Bilingual };

let national: SupportEntry[] | undefined;

/** surveys/support/national.json, read once. */
export function nationalHelplines(): SupportEntry[] {
  national ??= (
    JSON.parse(readFileSync(resolve(process.cwd(), "surveys/support/national.json"), "utf8")) as { services: SupportEntry[] }
  ).services;
  return national;
}

/** Read on every respondent page: prepared once per connection, not built and prepared again each time. */
function prepareDirectory(db: Db) {
  return db
    .select({
      name: supportServices.name,
      nameCy: supportServices.nameCy,
      description: supportServices.description,
      descriptionCy: supportServices.descriptionCy,
      phone: supportServices.phone,
      url: supportServices.url,
      hours: supportServices.hours,
      hoursCy: supportServices.hoursCy,
    })
    .from(supportServices)
    .where(eq(supportServices.organisationId, sql.placeholder("organisationId")))
    .orderBy(asc(supportServices.position), asc(supportServices.id))
    .prepare();
}

const preparedDirectory = new WeakMap<Db, ReturnType<typeof prepareDirectory>>();

export function supportDirectoryFor(organisationId: number): { entries: SupportEntry[]; national: boolean } {
  const db = getDb();
  let directory = preparedDirectory.get(db);
  if (!directory) preparedDirectory.set(db, (directory = prepareDirectory(db)));
  const rows = directory.all({ organisationId });
  if (rows.length === 0) return { entries: nationalHelplines(), national: true };
  return {
    national: false,
    entries: rows.map((row) => ({
      name: { en: row.name, cy: row.nameCy || row.name },
      description: { en: row.description, cy: row.descriptionCy || row.description },
      phone: row.phone,
      url: row.url,
      hours: { en: row.hours, cy: row.hoursCy || row.hours },
    })),
  };
}
