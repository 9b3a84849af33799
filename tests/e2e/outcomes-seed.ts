/**
 * Run with tsx (`node --import tsx tests/e2e/outcomes-seed.ts <command>`), with DATABASE_URL set to the e2e database,
 * through the app's own functions (the demo's: db/demo-commissioning.ts, and db/response-factory.ts as
 * db/demo-outcomes.ts uses it):
 * - `setup`: a PCC office of its own (so the first-run organisation's framework, if the commissioning spec made one,
 *   is not touched) commissioning the three demo services, each with its outcome survey adopted and published and
 *   two channels, the first asking at the start of support and the second at the end; then, in the current quarter,
 *   enough answers (some of them start-and-end pairs) for the hub's and the ISVA service's figures to show, and only
 *   one for the outreach service, so that it is suppressed. Prints the people and channel codes as JSON (once: run
 *   again, it prints the same without adding anything).
 * - `pairs <survey id>`: prints how many end answers to the survey carry a pair code that matches a start answer's.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { DEMO_SERVICES, seedDemoCommissioning } from "../../db/demo-commissioning";
import { makeOrganisation, makeUser } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import { channels, organisations, outcomePairCodes, surveys } from "../../db/schema";
import { addDays, ukToday } from "../../app/engagements/stages";
import { setChannelStage } from "../../app/outcomes/channel-stages.server";
import { pairCodeFor, pairHash } from "../../app/outcomes/pair-code.server";
import { quarterDays, quarterKey, quarterOf } from "../../app/outcomes/quarters";
import { findPublicSurvey } from "../../app/respondent/public-survey.server";

export const PCC = {
  slug: "e2e-outcomes-pcc",
  name: "E2E Police and Crime Commissioner",
  nameCy: "Comisiynydd Heddlu a Throseddu E2E",
  admin: "Petra Powell",
  email: "petra.powell@e2e-outcomes-pcc.example.org",
  password: "lantern meadow quartz",
};
const SERVICE_PASSWORD = "willow harbour pylon";

/** Unpaired answers and start-and-end pairs per service this quarter, in DEMO_SERVICES order: the last is kept small. */
const PLAN = [
  { singles: 16, pairs: 8 },
  { singles: 14, pairs: 6 },
  { singles: 1, pairs: 0 },
];

const [command, ...rest] = process.argv.slice(2);
const db = getDb();

function describe() {
  return {
    pcc: PCC,
    quarter: quarterKey(quarterOf(ukToday())),
    services: DEMO_SERVICES.map((service) => {
      const organisation = db.select().from(organisations).where(eq(organisations.slug, service.slug)).get()!;
      const survey = db
        .select({ id: surveys.id })
        .from(surveys)
        .where(and(eq(surveys.organisationId, organisation.id), eq(surveys.slug, `${service.slug}-outcomes`)))
        .get()!;
      const codes = db
        .select({ code: channels.code })
        .from(channels)
        .where(eq(channels.surveyId, survey.id))
        .orderBy(channels.id)
        .all()
        .map((c) => c.code);
      return {
        slug: service.slug,
        surveySlug: `${service.slug}-outcomes`,
        surveyId: survey.id,
        name: service.name,
        nameCy: service.nameCy,
        admin: { name: `${service.person} (admin)`, email: `admin@${service.slug}.example`, password: SERVICE_PASSWORD },
        startCode: codes[0],
        endCode: codes[1],
      };
    }),
  };
}

if (command === "setup") {
  if (!db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, PCC.slug)).get()) {
    const organisation = makeOrganisation(db, { slug: PCC.slug, name: PCC.name, nameCy: PCC.nameCy });
    const user = await makeUser(db, {
      organisationId: organisation.id,
      email: PCC.email,
      name: PCC.admin,
      roles: ["admin"],
      password: PCC.password,
    });
    const services = await seedDemoCommissioning(
      db,
      { id: user.id, organisation: { id: organisation.id } },
      () => SERVICE_PASSWORD,
    );
    const today = ukToday();
    const { from } = quarterDays(quarterOf(today));
    let days = 1;
    while (addDays(from, days) <= today) days += 1;
    services.forEach((service, index) => {
      const plan = PLAN[index];
      const actor = { id: service.accounts[0].id, organisation: { id: service.organisationId } };
      const [startChannel, endChannel] = service.channelIds;
      setChannelStage(actor, startChannel, "start");
      setChannelStage(actor, endChannel, "end");
      const version = findPublicSurvey(`${service.slug}-outcomes`)?.version;
      if (!version) throw new Error(`the outcome survey of ${service.slug} is not published`);
      const batch = {
        organisationId: service.organisationId,
        surveyId: service.surveyId,
        versionId: version.id,
        definition: version.definition,
      };
      makeResponses({ ...batch, count: plan.singles, seed: 2026_2000 + index, channelIds: [null], lastDay: today, days });
      for (let k = 0; k < plan.pairs; k += 1) {
        const hash = pairHash(service.surveyId, pairCodeFor(`e2e-outcomes-${service.surveyId}-${k}`));
        const seed = 2026_2100 + index * 100 + k;
        makeResponses({
          ...batch,
          count: 1,
          seed,
          channelIds: [startChannel],
          lastDay: today,
          days,
          pair: { stage: "start", hash },
        });
        makeResponses({
          ...batch,
          count: 1,
          seed: seed + 50,
          channelIds: [endChannel],
          lastDay: today,
          days: 1,
          pair: { stage: "end", hash },
        });
      }
    });
  }
  console.log(JSON.stringify(describe()));
} else if (command === "pairs") {
  const surveyId = Number(rest[0]);
  const starts = db
    .select({ hash: outcomePairCodes.pairHash })
    .from(outcomePairCodes)
    .where(
      and(eq(outcomePairCodes.surveyId, surveyId), eq(outcomePairCodes.stage, "start"), isNotNull(outcomePairCodes.pairHash)),
    )
    .all()
    .map((r) => r.hash!);
  const ends = db
    .select({ hash: outcomePairCodes.pairHash })
    .from(outcomePairCodes)
    .where(
      and(eq(outcomePairCodes.surveyId, surveyId), eq(outcomePairCodes.stage, "end"), inArray(outcomePairCodes.pairHash, starts)),
    )
    .all();
  console.log(String(ends.length));
} else {
  throw new Error(`unknown command ${command}`);
}
