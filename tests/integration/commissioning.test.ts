/**
 * Commissioning (issue 20 part A): relationships between organisations, the outcome framework and its freeze, the
 * service's outcome survey with its locked measured questions (refused in every editing path), and shared themes
 * (seen only while shared and active, never by an unrelated organisation). Real SQLite, real model functions and
 * route actions.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  auditEvents,
  codings,
  commissions,
  memberships,
  organisations,
  outcomeFrameworks,
  outcomeMeasures,
  passwordSetupTokens,
  responses,
  surveys,
  themes,
  users,
} from "../../db/schema";
import {
  acceptInvitation,
  declineInvitation,
  endCommission,
  getCommission,
  inviteNewService,
  inviteServiceBySlug,
  listCommissionedServices,
  listCommissioners,
  setShareThemes,
} from "../../app/commissioning/commissions.server";
import {
  addBankMeasure,
  addOwnMeasure,
  draftFramework,
  latestPublishedFramework,
  moveMeasure,
  publishFramework,
  removeMeasure,
  renameDraft,
  startDraft,
} from "../../app/commissioning/frameworks.server";
import { outcomeQuestionName } from "../../app/commissioning/names";
import {
  adoptOutcomeSurvey,
  listCommissionedOutcomeSurveys,
  outcomeSurveyOf,
} from "../../app/commissioning/outcome-survey.server";
import { sharedThemesFor } from "../../app/commissioning/shared-themes.server";
import { getStageDefinitions } from "../../app/engagements/stage-definitions.server";
import { safetyGateItems, ukToday } from "../../app/engagements/stages";
import { fixedT } from "../../app/i18n/i18n";
import { deleteElement, moveElement, translatableStrings } from "../../app/surveys/edit";
import { updateSurveySafety } from "../../app/surveys/safety.server";
import { findingId, getSurvey, publishReview, publishSurvey, saveDraft } from "../../app/surveys/surveys.server";
import * as overviewRoute from "../../app/routes/commissioning._index";
import * as themesRoute from "../../app/routes/commissioning.themes";
import * as designRoute from "../../app/routes/surveys.$surveyId.design";
import * as jsonRoute from "../../app/routes/surveys.$surveyId.json";
import * as questionRoute from "../../app/routes/surveys.$surveyId.questions.$name";
import * as translationsRoute from "../../app/routes/surveys.$surveyId.translations";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let pcc: Org;
let hub: Org;
let isva: Org;
let stranger: Org;
const actor = (org: Org, role: keyof Org["people"] = "admin") => ({
  id: org.people[role].id,
  organisation: { id: org.organisation.id },
});
const CODING = "cr-coping";
const coping = outcomeQuestionName("cr_coping");

beforeAll(async () => {
  pcc = await makeOrganisationWithUsers("pcc-office");
  hub = await makeOrganisationWithUsers("victim-hub");
  isva = await makeOrganisationWithUsers("isva-service");
  stranger = await makeOrganisationWithUsers("unrelated");
}, 60_000);

function auditCount(organisationId: number, action: string) {
  return getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, action)))
    .get()!.n;
}

describe("commissioning relationships", () => {
  let invitation: number;

  it("invites an existing organisation by its short name, once per pair while live", () => {
    expect(inviteServiceBySlug(actor(pcc), "no-such-org")).toMatchObject({
      ok: false,
      field: "slug",
      error: "commissioning.errors.unknownOrganisation",
    });
    expect(inviteServiceBySlug(actor(pcc), "pcc-office")).toMatchObject({ ok: false, error: "commissioning.errors.self" });
    const invited = inviteServiceBySlug(actor(pcc), " Victim-Hub ");
    expect(invited.ok).toBe(true);
    invitation = invited.ok ? invited.id : 0;
    expect(inviteServiceBySlug(actor(pcc), "victim-hub")).toMatchObject({ ok: false, error: "commissioning.errors.alreadyLive" });
    expect(listCommissionedServices(pcc.organisation.id).map((c) => [c.service.slug, c.state])).toEqual([
      ["victim-hub", "invited"],
    ]);
    expect(listCommissioners(hub.organisation.id).map((c) => c.commissioner.slug)).toEqual(["pcc-office"]);
    expect(auditCount(pcc.organisation.id, "commission.invited")).toBe(1);
    expect(auditCount(hub.organisation.id, "commission.invited")).toBe(1);
  });

  it("lets only the service's admin accept, and only once", () => {
    expect(() => getCommission(stranger.organisation.id, invitation)).toThrow();
    // The commissioner cannot accept its own invitation: for it, the service side does not exist.
    expect(outcomeStatus(() => acceptInvitation(actor(pcc), invitation))).toBe(404);
    expect(outcomeStatus(() => acceptInvitation(actor(stranger), invitation))).toBe(404);
    expect(acceptInvitation(actor(hub), invitation)).toBe(true);
    expect(acceptInvitation(actor(hub), invitation)).toBe(false);
    expect(declineInvitation(actor(hub), invitation)).toBe(false);
    const row = getCommission(hub.organisation.id, invitation);
    expect(row.state).toBe("active");
    expect(row.acceptedAt).not.toBeNull();
    expect(auditCount(pcc.organisation.id, "commission.accepted")).toBe(1);
  });

  it("records a declined invitation and lets the commissioner invite again", () => {
    const first = inviteServiceBySlug(actor(pcc), "isva-service");
    if (!first.ok) throw new Error("invite refused");
    expect(declineInvitation(actor(isva), first.id)).toBe(true);
    expect(getCommission(pcc.organisation.id, first.id).state).toBe("declined");
    const again = inviteServiceBySlug(actor(pcc), "isva-service");
    expect(again.ok).toBe(true);
    if (again.ok) expect(acceptInvitation(actor(isva), again.id)).toBe(true);
  });

  it("creates a new service organisation with its first admin and a set-up link, in one transaction", () => {
    const before = getDb()
      .select({ n: sql<number>`count(*)` })
      .from(organisations)
      .get()!.n;
    expect(
      inviteNewService(actor(pcc), {
        name: "Outreach",
        nameCy: "Allgymorth",
        slug: "victim-hub",
        adminName: "A",
        adminEmail: "new-admin@example.org",
      }),
    ).toMatchObject({
      ok: false,
      field: "slug",
    });
    expect(
      inviteNewService(actor(pcc), {
        name: "Outreach",
        nameCy: "Allgymorth",
        slug: "outreach",
        adminName: "A",
        adminEmail: pcc.people.analyst.email,
      }),
    ).toMatchObject({ ok: false, field: "adminEmail" });
    expect(
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(organisations)
        .get()!.n,
    ).toBe(before);
    const created = inviteNewService(actor(pcc), {
      name: "Outreach",
      nameCy: "Allgymorth",
      slug: "outreach",
      adminName: "Olwen",
      adminEmail: "olwen@example.org",
    });
    if (!created.ok) throw new Error("new service refused");
    expect(created.token.length).toBeGreaterThan(20);
    const admin = getDb()
      .select({ id: users.id, org: users.organisationId })
      .from(users)
      .where(eq(users.email, "olwen@example.org"))
      .get()!;
    expect(admin.org).toBe(created.serviceOrganisationId);
    expect(getDb().select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, admin.id)).all()).toEqual([
      { role: "admin" },
    ]);
    expect(
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(passwordSetupTokens)
        .where(eq(passwordSetupTokens.userId, admin.id))
        .get()!.n,
    ).toBe(1);
    expect(getCommission(created.serviceOrganisationId, created.id).state).toBe("invited");
  });

  it("ends from either side without deleting anything, and the database refuses deletion", () => {
    const outreach = listCommissionedServices(pcc.organisation.id).find((c) => c.service.slug === "outreach")!;
    expect(endCommission(actor(pcc), outreach.id)).toBe(true);
    expect(endCommission(actor(pcc), outreach.id)).toBe(false);
    const ended = getCommission(pcc.organisation.id, outreach.id);
    expect(ended.state).toBe("ended");
    expect(ended.endedAt).not.toBeNull();
    expect(ended.endedByOrganisationId).toBe(pcc.organisation.id);
    expect(() => getDb().delete(commissions).where(eq(commissions.id, outreach.id)).run()).toThrow(/never deleted/);
    expect(() => getDb().update(commissions).set({ state: "active" }).where(eq(commissions.id, outreach.id)).run()).toThrow(
      /kept as it was/,
    );
  });
});

function outcomeStatus(run: () => unknown): number | "ok" {
  try {
    run();
    return "ok";
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

describe("the outcome framework", () => {
  it("is drafted from the bank and the PCC's own measures, reordered, then published and frozen", () => {
    startDraft(actor(pcc), { name: "Outcomes", nameCy: "Canlyniadau" });
    expect(addBankMeasure(actor(pcc), CODING)).toEqual({ ok: true });
    expect(addBankMeasure(actor(pcc), CODING)).toMatchObject({ ok: false, error: "commissioning.errors.measureTaken" });
    expect(addBankMeasure(actor(pcc), "open-do-better")).toMatchObject({
      ok: false,
      error: "commissioning.errors.notMeasurable",
    });
    expect(addBankMeasure(actor(pcc), "sat-whole")).toEqual({ ok: true });
    expect(
      addOwnMeasure(actor(pcc), {
        key: "felt_heard",
        kind: "outcome",
        title: "Did you feel heard?",
        titleCy: "Oeddech chi'n teimlo eich bod wedi cael eich clywed?",
        scale: [
          { en: "Not at all", cy: "Dim o gwbl" },
          { en: "Completely", cy: "Yn llwyr" },
        ],
        improvedWhen: "higher",
      }),
    ).toEqual({ ok: true });
    moveMeasure(actor(pcc), "felt_heard", -1);
    addBankMeasure(actor(pcc), "cr-safer");
    removeMeasure(actor(pcc), "cr_safer");
    const draft = draftFramework(pcc.organisation.id)!;
    expect(draft.measures.map((m) => m.key)).toEqual(["cr_coping", "felt_heard", "sat_whole"]);
    expect(draft.measures[0].scale.map((s) => s.value)).toEqual(["not_at_all", "a_little", "a_lot"]);
    expect(draft.measures[0].questionName).toBe(coping);
    expect(publishFramework(actor(pcc))).toEqual({ ok: true, version: 1 });
    expect(auditCount(pcc.organisation.id, "outcome_framework.published")).toBe(1);
  });

  it("refuses every change to a published version, in the model and in the database", () => {
    const published = latestPublishedFramework(pcc.organisation.id)!;
    expect(draftFramework(pcc.organisation.id)).toBeNull();
    expect(outcomeStatus(() => renameDraft(actor(pcc), { name: "x", nameCy: "x" }))).toBe(404);
    expect(outcomeStatus(() => addBankMeasure(actor(pcc), "cr-safer"))).toBe(404);
    expect(outcomeStatus(() => publishFramework(actor(pcc)))).toBe(404);
    const db = getDb();
    expect(() => db.update(outcomeFrameworks).set({ name: "x" }).where(eq(outcomeFrameworks.id, published.id)).run()).toThrow(
      /frozen/,
    );
    expect(() =>
      db.update(outcomeMeasures).set({ position: 9 }).where(eq(outcomeMeasures.frameworkId, published.id)).run(),
    ).toThrow(/frozen/);
    expect(() => db.delete(outcomeMeasures).where(eq(outcomeMeasures.frameworkId, published.id)).run()).toThrow(/frozen/);
    expect(() =>
      db
        .insert(outcomeMeasures)
        .values({ frameworkId: published.id, key: "z", position: 9, kind: "outcome", element: {}, scale: [] })
        .run(),
    ).toThrow(/frozen/);
  });

  it("starts a new version as a copy of the published one", () => {
    startDraft(actor(pcc), { name: "ignored", nameCy: "ignored" });
    const draft = draftFramework(pcc.organisation.id)!;
    expect(draft.version).toBe(2);
    expect(draft.name).toBe("Outcomes");
    expect(draft.measures.map((m) => m.key)).toEqual(["cr_coping", "felt_heard", "sat_whole"]);
    expect(latestPublishedFramework(pcc.organisation.id)!.version).toBe(1);
  });
});

describe("the service's outcome survey", () => {
  let commissionId: number;
  let surveyId: number;

  it("is adopted by the service's admin into the service's own organisation", () => {
    commissionId = listCommissionedServices(pcc.organisation.id).find((c) => c.service.slug === "victim-hub")!.id;
    expect(outcomeStatus(() => adoptOutcomeSurvey(actor(pcc), commissionId, "x-outcomes"))).toBe(404);
    expect(outcomeStatus(() => adoptOutcomeSurvey(actor(stranger), commissionId, "x-outcomes"))).toBe(404);
    const adopted = adoptOutcomeSurvey(actor(hub), commissionId, "victim-hub-outcomes");
    if (!adopted.ok) throw new Error(adopted.error);
    surveyId = adopted.surveyId;
    const owner = getDb().select({ org: surveys.organisationId }).from(surveys).where(eq(surveys.id, surveyId)).get()!;
    expect(owner.org).toBe(hub.organisation.id);
    expect(outcomeSurveyOf(commissionId)).toMatchObject({ frameworkVersion: 1, surveyId });
    const names = getSurvey(hub.organisation.id, surveyId).draft.pages![0].elements!.map((e) => e.name);
    expect(names).toEqual([coping, outcomeQuestionName("felt_heard"), outcomeQuestionName("sat_whole")]);
    expect(listCommissionedOutcomeSurveys(pcc.organisation.id).map((s) => s.surveyId)).toEqual([surveyId]);
  });

  it("refuses to change, move or remove a measured question through saveDraft", () => {
    const draft = getSurvey(hub.organisation.id, surveyId).draft;
    const reasons = (next: typeof draft) => {
      const saved = saveDraft(actor(hub, "engagement_lead"), surveyId, next);
      return saved.ok ? [] : saved.problems.map((p) => `${p.code}:${p.params.reason}`);
    };
    expect(reasons(deleteElement(draft, coping))).toContain("locked-question:missing");
    expect(reasons(moveElement(draft, coping, 1))).toContain("locked-question:moved");
    const changed = structuredClone(draft);
    changed.pages![0].elements![0].title = { default: "Something else", cy: "Rhywbeth arall" };
    expect(reasons(changed)).toEqual(["locked-question:changed"]);
    const hidden = structuredClone(draft);
    hidden.pages![0].visibleIf = "{x} = 1";
    expect(reasons(hidden)).toContain("locked-question:hidden-page");
    const impostor = structuredClone(draft);
    impostor.pages![0].elements!.push({ type: "comment", name: "vvo_extra", title: "Extra" });
    expect(reasons(impostor)).toEqual(["locked-question:name-reserved"]);
    // The service's own question after the measured ones is fine.
    const own = structuredClone(draft);
    own.pages![0].elements!.push({
      type: "comment",
      name: "our_question",
      title: { default: "Anything else?", cy: "Unrhyw beth arall?" },
      maxLength: 5000,
    });
    expect(reasons(own)).toEqual([]);
    expect(fixedT("cy")("definition.locked-question", { name: coping })).toContain(coping);
    expect(fixedT("cy")("definition.locked-question", { name: coping })).not.toBe(
      fixedT("en")("definition.locked-question", { name: coping }),
    );
  });

  it("refuses through the designer, the question form, the translations table and the JSON view, saying why", async () => {
    const lead = hub.people.engagement_lead.cookie;
    const params = { surveyId: String(surveyId) };
    const before = getSurvey(hub.organisation.id, surveyId).draft;
    const codes = (value: unknown) => ((dataOf(value).data.problems ?? []) as { code: string }[]).map((p) => p.code);

    const deleted = await outcome(() =>
      designRoute.action(args(post(`/surveys/${surveyId}/design`, { intent: "delete", name: coping }, lead), params)),
    );
    expect(dataOf(deleted.value).status).toBe(400);
    expect(codes(deleted.value)).toContain("locked-question");

    const loaded = dataOf(
      await questionRoute.loader(args(get(`/surveys/${surveyId}/questions/${coping}`, lead), { ...params, name: coping })),
    ).data as {
      shown: Record<string, string | string[]>;
    };
    const asked = await outcome(() =>
      questionRoute.action(
        args(post(`/surveys/${surveyId}/questions/${coping}`, { ...loaded.shown, title_en: "Reworded by the service" }, lead), {
          ...params,
          name: coping,
        }),
      ),
    );
    expect(dataOf(asked.value).status).toBe(400);
    expect(codes(asked.value)).toContain("locked-question");

    const key = translatableStrings(before).find((row) => row.key === `element.${coping}.title`)!.key;
    const translated = await outcome(() =>
      translationsRoute.action(
        args(post(`/surveys/${surveyId}/translations?lang=cy`, { [`t:${key}`]: "Cyfieithiad arall" }, lead), params),
      ),
    );
    expect(dataOf(translated.value).data.ok).toBe(false);
    expect(codes(translated.value)).toContain("locked-question");

    const stripped = { ...before, pages: [{ ...before.pages![0], elements: before.pages![0].elements!.slice(1) }] };
    const json = await outcome(() =>
      jsonRoute.action(args(post(`/surveys/${surveyId}/json`, { json: JSON.stringify(stripped) }, lead), params)),
    );
    expect(dataOf(json.value).status).toBe(400);
    expect(codes(json.value)).toContain("locked-question");

    expect(getSurvey(hub.organisation.id, surveyId).draft).toEqual(before);
  });

  it("publishes through the usual safety gate and check, in English and Welsh", () => {
    const lead = actor(hub, "engagement_lead");
    expect(publishSurvey(lead, surveyId, []).ok).toBe(false);
    updateSurveySafety(
      lead,
      surveyId,
      safetyGateItems(getStageDefinitions(hub.organisation.id)).map((i) => i.key),
    );
    const review = publishReview(hub.organisation.id, surveyId);
    expect(review.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(review.survey.settings.languages).toContain("cy");
    const published = publishSurvey(lead, surveyId, review.findings.filter((f) => f.severity === "warning").map(findingId));
    expect(published.ok).toBe(true);
  });

  it("moves to a newer framework version, keeping the service's own questions", () => {
    // The service's own question was saved after the measured ones above.
    expect(getSurvey(hub.organisation.id, surveyId).draft.pages![0].elements!.at(-1)!.name).toBe("our_question");
    removeMeasure(actor(pcc), "sat_whole");
    publishFramework(actor(pcc));
    const again = adoptOutcomeSurvey(actor(hub), commissionId, "ignored");
    expect(again).toEqual({ ok: true, surveyId });
    expect(outcomeSurveyOf(commissionId)!.frameworkVersion).toBe(2);
    expect(getSurvey(hub.organisation.id, surveyId).draft.pages![0].elements!.map((e) => e.name)).toEqual([
      coping,
      outcomeQuestionName("felt_heard"),
      "our_question",
    ]);
  });
});

describe("shared themes", () => {
  let commissionId: number;

  beforeAll(() => {
    commissionId = listCommissionedServices(pcc.organisation.id).find((c) => c.service.slug === "victim-hub")!.id;
    const surveyId = outcomeSurveyOf(commissionId)!.surveyId;
    const db = getDb();
    const theme = db
      .insert(themes)
      .values({
        organisationId: hub.organisation.id,
        surveyId,
        name: "Waiting times",
        nameCy: "Amseroedd aros",
        description: "Waiting for a call back",
      })
      .returning({ id: themes.id })
      .get();
    const version = db
      .select({ id: sql<number>`id` })
      .from(sql`survey_versions`)
      .where(sql`survey_id = ${surveyId}`)
      .get()!;
    // Seven respondents this quarter carry the theme: above the threshold of 5. Their text never leaves the hub.
    for (let i = 0; i < 7; i++) {
      const response = db
        .insert(responses)
        .values({
          organisationId: hub.organisation.id,
          surveyId,
          surveyVersionId: version.id,
          answers: { our_question: "SECRET-HUB-ANSWER waiting so long" },
          language: "en",
          submittedOn: ukToday(),
          unredactedText: {},
          submissionKey: `shared-themes-${i}`,
        })
        .returning({ id: responses.id })
        .get();
      db.insert(codings)
        .values({
          organisationId: hub.organisation.id,
          responseId: response.id,
          themeId: theme.id,
          answerKey: "our_question",
          start: 0,
          end: 17,
        })
        .run();
    }
  });

  const seen = (org: Org) => sharedThemesFor(org.organisation.id, ukToday()).services;

  it("shows nothing until the service shares, and only to its commissioner", async () => {
    expect(seen(pcc)).toEqual([]);
    expect(outcomeStatus(() => setShareThemes(actor(pcc), commissionId, true))).toBe(404);
    expect(setShareThemes(actor(hub), commissionId, true)).toBe(true);
    const services = seen(pcc);
    expect(services).toHaveLength(1);
    expect(services[0].themes.map((t) => [t.name, t.thisQuarter])).toEqual([["Waiting times", { kind: "count", value: 7 }]]);
    expect(seen(stranger)).toEqual([]);
    const page = await themesRoute.loader(args(get("/commissioning/themes", pcc.people.analyst.cookie)));
    expect(JSON.stringify(page)).toContain("Waiting times");
    expect(JSON.stringify(page)).not.toContain("SECRET-HUB-ANSWER");
    const strangers = await themesRoute.loader(args(get("/commissioning/themes", stranger.people.admin.cookie)));
    expect(JSON.stringify(strangers)).not.toContain("Waiting times");
    const panel = await outcome(() => themesRoute.loader(args(get("/commissioning/themes", pcc.people.panel_member.cookie))));
    expect(panel.thrown?.status).toBe(403);
  });

  it("hides small counts through disclosure control", () => {
    getDb().update(organisations).set({ disclosureThreshold: 10 }).where(eq(organisations.id, hub.organisation.id)).run();
    expect(seen(pcc)[0].themes[0].thisQuarter).toEqual({ kind: "fewerThan", threshold: 10 });
    getDb().update(organisations).set({ disclosureThreshold: 5 }).where(eq(organisations.id, hub.organisation.id)).run();
  });

  it("stops when the service stops sharing or the relationship ends", () => {
    expect(setShareThemes(actor(hub), commissionId, false)).toBe(true);
    expect(seen(pcc)).toEqual([]);
    setShareThemes(actor(hub), commissionId, true);
    expect(seen(pcc)).toHaveLength(1);
    expect(endCommission(actor(hub), commissionId)).toBe(true);
    expect(seen(pcc)).toEqual([]);
    expect(setShareThemes(actor(hub), commissionId, true)).toBe(false);
    // Ending keeps the outcome survey and its answers where they are.
    expect(outcomeSurveyOf(commissionId)).not.toBeNull();
    expect(
      listCommissionedOutcomeSurveys(pcc.organisation.id).find((s) => s.commissionId === commissionId)?.endedAt,
    ).not.toBeNull();
  });
});

describe("the commissioning page across organisations", () => {
  it("acts only on the viewer's own side of a relationship", async () => {
    const invited = inviteServiceBySlug(actor(pcc), "unrelated");
    if (!invited.ok) throw new Error("invite refused");
    const send = (org: Org, intent: string) =>
      outcome(() =>
        overviewRoute.action(args(post("/commissioning", { intent, commissionId: String(invited.id) }, org.people.admin.cookie))),
      );
    // An organisation outside the relationship, and the commissioner answering for the service: not found.
    expect((await send(isva, "accept")).thrown?.status).toBe(404);
    expect((await send(pcc, "accept")).thrown?.status).toBe(404);
    expect((await send(isva, "end")).thrown?.status).toBe(404);
    const accepted = await send(stranger, "accept");
    expect(accepted.thrown?.status).toBe(302);
    expect(accepted.thrown?.headers.get("Location")).toBe("/commissioning?done=accept");
    const again = await send(stranger, "accept");
    expect(dataOf(again.value).status).toBe(409);
    const nonsense = await send(stranger, "delete");
    expect(dataOf(nonsense.value).status).toBe(400);
    const lead = await outcome(() =>
      overviewRoute.action(
        args(post("/commissioning", { intent: "end", commissionId: String(invited.id) }, stranger.people.engagement_lead.cookie)),
      ),
    );
    expect(lead.thrown?.status).toBe(403);
    // Ending cannot be undone: the first press only asks, naming the other side; the second, confirmed, ends it.
    const asked = await send(pcc, "end");
    expect(asked.thrown).toBeNull();
    expect(asked.value).toMatchObject({ confirmEnd: { commissionId: invited.id, invited: false } });
    expect(getCommission(pcc.organisation.id, invited.id).state).toBe("active");
    const confirmed = await outcome(() =>
      overviewRoute.action(
        args(
          post("/commissioning", { intent: "end", confirm: "yes", commissionId: String(invited.id) }, pcc.people.admin.cookie),
        ),
      ),
    );
    expect(confirmed.thrown?.headers.get("Location")).toBe("/commissioning?done=end");
    expect(getCommission(pcc.organisation.id, invited.id).state).toBe("ended");
    const page = (await overviewRoute.loader(args(get("/commissioning", isva.people.admin.cookie)))) as Awaited<
      ReturnType<typeof overviewRoute.loader>
    >;
    expect(new Set(page.commissioners.map((c) => c.commissioner.name))).toEqual(new Set(["pcc-office Police"]));
    expect(JSON.stringify(page)).not.toContain("unrelated Police");
  });
});
