/**
 * Run with tsx (`node --import tsx tests/e2e/practice-seed.ts <command> ...`), with DATABASE_URL set to the e2e
 * database, through the practice model's own functions:
 * - `engagement <org slug> <title>`: an engagement for the first-run organisation, for actions raised from gaps (once);
 * - `others <count>`: that many other organisations ("Practice Neighbour N Police"), each with a signed-off assessment
 *   and sharing on (each once), so the comparison can be seen below and from five organisations.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeEngagement, makeOrganisation, makeUser } from "../../db/factories";
import { engagements, organisations } from "../../db/schema";
import { STAGE_KEYS } from "../../app/engagements/stages";
import { rateStage, signOffAssessment, startAssessment } from "../../app/practice/practice.server";
import { PRACTICE_LEVELS } from "../../app/practice/profile";
import { setSharing } from "../../app/practice/sharing.server";
import { DEFAULT_STATEMENTS } from "../../app/practice/statements";

const [command, ...rest] = process.argv.slice(2);
const db = getDb();

if (command === "engagement") {
  const [slug, title] = rest;
  const organisation = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)).get();
  if (!organisation) throw new Error("The first-run organisation is missing: the first-run spec must run first.");
  if (!db.select({ id: engagements.id }).from(engagements).where(eq(engagements.title, title)).get()) {
    makeEngagement(db, { organisationId: organisation.id, title, purpose: "Hear from victims", audience: "Victims of crime" });
  }
} else if (command === "others") {
  const count = Number(rest[0]);
  for (let n = 1; n <= count; n++) {
    const slug = `e2e-practice-neighbour-${n}`;
    if (db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)).get()) continue;
    const organisation = makeOrganisation(db, { slug, name: `Practice Neighbour ${n} Police`, nameCy: `Heddlu Cymydog ${n}` });
    const user = await makeUser(db, {
      organisationId: organisation.id,
      email: `lead@${slug}.example.org`,
      name: `Lead ${n}`,
      roles: ["admin"],
    });
    const actor = { id: user.id, organisation: { id: organisation.id } };
    const started = startAssessment(actor, { name: `Neighbour ${n} benchmark`, assessedOn: "2026-01-15" });
    if (!started.ok) throw new Error(started.error);
    for (const stage of STAGE_KEYS) {
      const inputs = DEFAULT_STATEMENTS.filter((s) => s.stage === stage).map((s, i) => ({
        statementKey: s.key,
        level: PRACTICE_LEVELS[(n + i) % PRACTICE_LEVELS.length],
        notes: "",
        evidenceLinks: [],
      }));
      if (!rateStage(actor, started.id, stage, inputs).ok) throw new Error("rating refused");
    }
    if (!signOffAssessment(actor, started.id).ok) throw new Error("sign-off refused");
    setSharing(actor, true);
  }
} else {
  throw new Error(`unknown command ${command}`);
}
