/**
 * Run with tsx (`node --import tsx tests/e2e/seed-user.ts <org slug> <email> <name> <password> <role,role>`), with
 * DATABASE_URL set to the e2e database: adds a staff member with a password (once), so a spec can sign in as an
 * analyst or an action owner without repeating the set-up-link journey that staff-journey.spec.ts proves.
 */
import { eq } from "drizzle-orm";
import { isRole } from "../../app/accounts/roles";
import { getDb } from "../../db/client";
import { findUserByEmail, makeUser } from "../../db/factories";
import { organisations } from "../../db/schema";

const [organisationSlug, email, name, password, roleList] = process.argv.slice(2);
const db = getDb();
const organisation = db
  .select({ id: organisations.id })
  .from(organisations)
  .where(eq(organisations.slug, organisationSlug))
  .get();
if (!organisation) throw new Error("The first-run organisation is missing: the first-run spec must run first.");
const roles = roleList.split(",").filter(isRole);
if (!findUserByEmail(db, email)) await makeUser(db, { organisationId: organisation.id, email, name, password, roles });
