/**
 * Run with tsx (`node --import tsx tests/e2e/outcomes-seed.ts <command>`), with DATABASE_URL set to the e2e database,
 * through the app's own functions (the demo's: db/demo-commissioning.ts, and db/demo-outcomes.ts's
 * seedServiceAnswers with this spec's own plan, seeds and days):
 * - `setup`: a PCC office of its own (so the first-run organisation's framework, if the commissioning spec made one,
 *   is not touched) commissioning the three demo services, each with its outcome survey adopted and published and
 *   two channels, the first asking at the start of support and the second at the end; then, in the current quarter,
 *   enough answers (some of them start-and-end pairs) for the hub's and the ISVA service's figures to show, and only
 *   one for the outreach service, so that it is suppressed; a theme the hub shares, coded on eight of its answers, and
 *   the PCC's own action and panel session being planned (LINKS) to link it to. Prints the people, the channel codes
 *   and the coded passages as JSON (once: run again, it prints the same without adding anything).
 * - `pairs <survey id>`: prints how many end answers to the survey carry a pair code that matches a start answer's.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { DEMO_SERVICES, seedDemoCommissioning, type DemoService } from "../../db/demo-commissioning";
import { codeFreeTextAnswers, seedServiceAnswers } from "../../db/demo-outcomes";
import { makeEngagement, makeOrganisation, makeUser } from "../../db/factories";
import { channels, codings, organisations, outcomePairCodes, responses, surveys, themes } from "../../db/schema";
import { createAction } from "../../app/actions/actions.server";
import { createPanel } from "../../app/panels/panels.server";
import { createSession } from "../../app/panels/sessions.server";
import { addDays, ukToday } from "../../app/engagements/stages";
import { quarterDays, quarterKey, quarterOf } from "../../app/outcomes/quarters";

export const PCC = {
  slug: "e2e-outcomes-pcc",
  name: "E2E Police and Crime Commissioner",
  nameCy: "Comisiynydd Heddlu a Throseddu E2E",
  admin: "Petra Powell",
  email: "petra.powell@e2e-outcomes-pcc.example.org",
  password: "lantern meadow quartz",
};
const SERVICE_PASSWORD = "willow harbour pylon";

/**
 * For the shared-theme links step: a theme the hub shares (coded on some of its answers: their words must never
 * reach the PCC), and the PCC's own action and panel session (still being planned) to link it to.
 */
export const LINKS = {
  theme: "Call-backs after reporting",
  themeCy: "Galwadau yn ôl ar ôl adrodd",
  description: "People waited a long time for someone to call them back.",
  action: "Call every victim back within two working days",
  panel: "Victims' scrutiny panel",
  heldOn: "2027-03-18",
};

/** Unpaired answers and start-and-end pairs per service this quarter, in DEMO_SERVICES order: the last is kept small. */
const PLAN = [
  { singles: 16, pairs: 8 },
  { singles: 14, pairs: 6 },
  { singles: 1, pairs: 0 },
];

const [command, ...rest] = process.argv.slice(2);
const db = getDb();

/** The passages coded with the hub's shared theme, as its own staff would read them. */
function codedPassages(): string[] {
  return db
    .select({ answers: responses.answers, key: codings.answerKey, start: codings.start, end: codings.end })
    .from(codings)
    .innerJoin(themes, eq(themes.id, codings.themeId))
    .innerJoin(responses, eq(responses.id, codings.responseId))
    .where(eq(themes.name, LINKS.theme))
    .all()
    .map((row) => String((row.answers as Record<string, unknown>)[row.key] ?? "").slice(row.start, row.end))
    .filter((text) => text.trim().length > 0);
}

/** The hub codes eight of its answers with the theme it shares, through its codebook as its own staff would. */
function seedLinks(hub: DemoService) {
  const coded = codeFreeTextAnswers(
    hub,
    [{ name: LINKS.theme, nameCy: LINKS.themeCy, description: LINKS.description, descriptionCy: "" }],
    8,
  );
  if (coded < 6) throw new Error("too few hub answers to code for the shared theme");
}

function describe() {
  return {
    pcc: PCC,
    links: { ...LINKS, passages: codedPassages() },
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
    const pccAdmin = { id: user.id, organisation: { id: organisation.id } };
    const services = await seedDemoCommissioning(db, pccAdmin, () => SERVICE_PASSWORD);
    const today = ukToday();
    const { from } = quarterDays(quarterOf(today));
    let days = 1;
    while (addDays(from, days) <= today) days += 1;
    services.forEach((service, index) => {
      seedServiceAnswers(service, {
        ...PLAN[index],
        seed: 2026_2000 + index,
        pairSeed: 2026_2100 + index * 100,
        codePrefix: "e2e-outcomes",
        singleDays: { lastDay: today, days },
        startDays: { lastDay: today, days },
        endDays: { lastDay: today, days: 1 },
      });
    });
    seedLinks(services[0]);
    const panelMember = await makeUser(db, {
      organisationId: organisation.id,
      email: `panel.member@${PCC.slug}.example.org`,
      name: "Mair Member",
      roles: ["panel_member"],
      password: PCC.password,
    });
    const engagementId = makeEngagement(db, {
      organisationId: organisation.id,
      title: "Victim care across services",
      purpose: "How well victims are helped to cope and recover",
      audience: "Victims supported by commissioned services",
    }).id;
    const action = createAction(pccAdmin, {
      engagementId,
      title: LINKS.action,
      titleCy: "",
      description: "Services agree a call-back standard with the PCC office.",
      descriptionCy: "",
      rationale: "",
      rationaleCy: "",
      owningTeam: "Commissioning",
      ownerUserId: null,
      raisedOn: today,
      targetDate: null,
      themeId: [],
    });
    const panel = createPanel(pccAdmin, {
      name: LINKS.panel,
      nameCy: "Panel craffu dioddefwyr",
      termsOfReference: "",
      termsOfReferenceCy: "",
      memberId: [panelMember.id],
      chairUserId: panelMember.id,
      engagementId: [engagementId],
    });
    if (!action.ok || !panel.ok) throw new Error("the PCC's action or panel could not be made");
    createSession(pccAdmin, panel.id, { heldOn: LINKS.heldOn, agenda: "", agendaCy: "" });
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
