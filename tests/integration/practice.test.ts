import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeEngagement } from "../../db/factories";
import {
  actions,
  auditEvents,
  practiceAssessments,
  practiceContributors,
  practiceRatings,
  practiceSharing,
} from "../../db/schema";
import { addDays, ukToday } from "../../app/engagements/stages";
import { gapActions, raiseGapAction } from "../../app/practice/gaps.server";
import {
  assessmentContext,
  assessmentRatings,
  contributorNames,
  getAssessment,
  getPracticeStatements,
  previousSignedOff,
  rateStage,
  signOffAssessment,
  startAssessment,
} from "../../app/practice/practice.server";
import { comparisonFor, setSharing } from "../../app/practice/sharing.server";
import { DEFAULT_STATEMENTS } from "../../app/practice/statements";
import { STAGE_KEYS } from "../../app/engagements/stages";
import type { PracticeLevel } from "../../app/practice/profile";
import { fixedT } from "../../app/i18n/i18n";
import * as startRoute from "../../app/routes/practice._index";
import * as assessmentRoute from "../../app/routes/practice.$assessmentId._index";
import * as stageRoute from "../../app/routes/practice.$assessmentId.stages.$stageKey";
import * as wordingListRoute from "../../app/routes/admin.practice._index";
import * as wordingRoute from "../../app/routes/admin.practice.$statementKey";
import { listStatementWording } from "../../app/practice/wording.server";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
const today = ukToday();
let a: Org;
let b: Org;
const actor = (org: Org, role: keyof Org["people"] = "engagement_lead") => ({
  id: org.people[role].id,
  organisation: { id: org.organisation.id },
});

/** Rates every statement of every stage at one level, except where `levels` says otherwise. */
function rateAll(org: Org, assessmentId: number, level: PracticeLevel, levels: Record<string, PracticeLevel> = {}) {
  for (const stage of STAGE_KEYS) {
    const inputs = DEFAULT_STATEMENTS.filter((s) => s.stage === stage).map((s) => ({
      statementKey: s.key,
      level: levels[s.key] ?? level,
      notes: "",
      evidenceLinks: [],
    }));
    expect(rateStage(actor(org), assessmentId, stage, inputs)).toEqual({ ok: true });
  }
}

function started(org: Org, name: string, assessedOn = today) {
  const result = startAssessment(actor(org), { name, assessedOn });
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

beforeAll(async () => {
  a = await makeOrganisationWithUsers("practice-a");
  b = await makeOrganisationWithUsers("practice-b");
});

describe("an assessment", () => {
  it("is rated by several people, refuses sign-off while a statement is unrated, then freezes", () => {
    const id = started(a, "Benchmark one", addDays(today, -400));
    expect(startAssessment(actor(a), { name: "Second", assessedOn: today })).toEqual({
      ok: false,
      field: "name",
      error: "practice.errors.openExists",
    });
    const purpose = DEFAULT_STATEMENTS.filter((s) => s.stage === "purpose");
    expect(
      rateStage(actor(a, "analyst"), id, "purpose", [
        {
          statementKey: purpose[0].key,
          level: "developing",
          notes: "Plans name it",
          evidenceLinks: ["https://example.org/plan"],
        },
      ]),
    ).toEqual({ ok: true });
    expect(signOffAssessment(actor(a), id)).toEqual({ ok: false, field: "form", error: "practice.errors.unrated" });
    rateAll(a, id, "developing", { [purpose[0].key]: "not_started", act_on_time: "established" });
    expect(contributorNames(id).sort()).toEqual(["analyst practice-a", "engagement_lead practice-a"]);
    expect(signOffAssessment(actor(a), id)).toEqual({ ok: true });
    const signed = getAssessment(a.organisation.id, id);
    expect(signed.status).toBe("signed_off");
    expect(signed.snapshot?.statements).toHaveLength(DEFAULT_STATEMENTS.length);
    expect(Object.keys(signed.snapshot?.figures ?? {}).sort()).toEqual(
      ["actions_on_time", "co_designed_surveys", "panel_sessions", "published_actions", "stages_reviewed_on_time"].sort(),
    );
    // The model refuses kindly...
    expect(
      rateStage(actor(a), id, "purpose", [{ statementKey: purpose[0].key, level: "embedded", notes: "", evidenceLinks: [] }]),
    ).toEqual({
      ok: false,
      field: "form",
      error: "practice.errors.signedOff",
    });
    expect(signOffAssessment(actor(a), id)).toMatchObject({ ok: false, error: "practice.errors.signedOff" });
  });

  it("once signed off cannot change: the database itself refuses any write to it or its ratings", () => {
    const db = getDb();
    const signed = db.select().from(practiceAssessments).where(eq(practiceAssessments.organisationId, a.organisation.id)).get()!;
    const key = DEFAULT_STATEMENTS[0].key;
    const before = assessmentRatings(signed.id);
    expect(() =>
      db.update(practiceAssessments).set({ name: "Rewritten" }).where(eq(practiceAssessments.id, signed.id)).run(),
    ).toThrow(/frozen/);
    expect(() =>
      db.update(practiceAssessments).set({ status: "open" }).where(eq(practiceAssessments.id, signed.id)).run(),
    ).toThrow(/frozen/);
    expect(() => db.delete(practiceAssessments).where(eq(practiceAssessments.id, signed.id)).run()).toThrow(/frozen/);
    expect(() =>
      db.update(practiceRatings).set({ level: "embedded" }).where(eq(practiceRatings.assessmentId, signed.id)).run(),
    ).toThrow(/frozen/);
    expect(() => db.delete(practiceRatings).where(eq(practiceRatings.assessmentId, signed.id)).run()).toThrow(/frozen/);
    expect(() =>
      db
        .insert(practiceRatings)
        .values({ assessmentId: signed.id, statementKey: "made_up", level: "embedded", evidenceLinks: [], updatedAt: "x" })
        .run(),
    ).toThrow(/frozen/);
    expect(() => db.insert(practiceContributors).values({ assessmentId: signed.id, userId: a.people.admin.id }).run()).toThrow(
      /frozen/,
    );
    // Moving a rating of an open assessment into the signed-off one is refused too.
    const open = started(a, "Open one");
    rateStage(actor(a), open, "purpose", [{ statementKey: key, level: "embedded", notes: "", evidenceLinks: [] }]);
    expect(() =>
      db
        .update(practiceRatings)
        .set({ assessmentId: signed.id, statementKey: "moved" })
        .where(eq(practiceRatings.assessmentId, open))
        .run(),
    ).toThrow(/frozen/);
    expect(assessmentRatings(signed.id)).toEqual(before);
    expect(getAssessment(a.organisation.id, signed.id).name).toBe("Benchmark one");
  });

  it("a rating that cannot be written leaves nothing half-applied", () => {
    const open = getDb()
      .select({ id: practiceAssessments.id })
      .from(practiceAssessments)
      .where(sql`${practiceAssessments.organisationId} = ${a.organisation.id} and ${practiceAssessments.status} = 'open'`)
      .get()!.id;
    const before = assessmentRatings(open);
    const audits = getDb().select({ id: auditEvents.id }).from(auditEvents).all().length;
    // The second statement belongs to another stage: the whole save is refused, the first is not written either.
    const result = rateStage(actor(a), open, "purpose", [
      { statementKey: "purpose_sponsor", level: "embedded", notes: "", evidenceLinks: [] },
      { statementKey: "act_on_time", level: "embedded", notes: "", evidenceLinks: [] },
    ]);
    expect(result).toEqual({ ok: false, field: "form", error: "practice.errors.statementUnknown" });
    expect(assessmentRatings(open)).toEqual(before);
    expect(getDb().select({ id: auditEvents.id }).from(auditEvents).all().length).toBe(audits);
  });

  it("compares with the last signed-off assessment, and another organisation's answers 404", () => {
    const open = getDb()
      .select({ id: practiceAssessments.id, assessedOn: practiceAssessments.assessedOn })
      .from(practiceAssessments)
      .where(sql`${practiceAssessments.organisationId} = ${a.organisation.id} and ${practiceAssessments.status} = 'open'`)
      .get()!;
    const previous = previousSignedOff(a.organisation.id, open);
    expect(previous?.name).toBe("Benchmark one");
    expect(previous?.ratings).toHaveLength(DEFAULT_STATEMENTS.length);
    let status = 0;
    try {
      getAssessment(b.organisation.id, open.id);
    } catch (thrown) {
      status = (thrown as Response).status;
    }
    expect(status).toBe(404);
  });
});

describe("gaps", () => {
  it("become actions with an owner and a date, once each, only from a signed-off assessment", () => {
    const signed = getDb()
      .select({ id: practiceAssessments.id })
      .from(practiceAssessments)
      .where(sql`${practiceAssessments.organisationId} = ${a.organisation.id} and ${practiceAssessments.status} = 'signed_off'`)
      .get()!.id;
    const engagementId = makeEngagement(getDb(), {
      organisationId: a.organisation.id,
      title: "Listening",
      purpose: "P",
      audience: "A",
    }).id;
    const input = {
      engagementId,
      title: "Write the decision down",
      titleCy: "",
      owningTeam: "Strategy",
      ownerUserId: a.people.action_owner.id,
      targetDate: addDays(today, 90),
    };
    const raised = raiseGapAction(actor(a), signed, "purpose_decision", input);
    expect(raised.ok).toBe(true);
    const row = getDb()
      .select()
      .from(actions)
      .where(eq(actions.id, (raised as { id: number }).id))
      .get()!;
    expect(row).toMatchObject({ status: "proposed", ownerUserId: a.people.action_owner.id, targetDate: addDays(today, 90) });
    expect(row.description).toContain("Benchmark one");
    expect(row.descriptionCy).toContain("Benchmark one");
    expect(raiseGapAction(actor(a), signed, "purpose_decision", input)).toEqual({
      ok: false,
      field: "form",
      error: "practice.errors.gapRaised",
    });
    // An established statement is no gap.
    expect(() => raiseGapAction(actor(a), signed, "act_on_time", input)).toThrow();
    // Another organisation's engagement is refused, and nothing is written.
    const other = makeEngagement(getDb(), { organisationId: b.organisation.id, title: "B", purpose: "P", audience: "A" }).id;
    const count = getDb().select({ id: actions.id }).from(actions).all().length;
    expect(raiseGapAction(actor(a), signed, "purpose_sponsor", { ...input, engagementId: other })).toMatchObject({ ok: false });
    expect(getDb().select({ id: actions.id }).from(actions).all().length).toBe(count);
    expect(gapActions(a.organisation.id, signed).map((g) => g.statementKey)).toEqual(["purpose_decision"]);
  });
});

describe("comparison across organisations", () => {
  it("shows only a distribution, only to organisations that share, and nothing below five others", async () => {
    const db = getDb();
    // A's signed-off assessment exists; A shares. B has one too and shares.
    setSharing(actor(a, "admin"), true);
    const bId = started(b, "B benchmark");
    rateAll(b, bId, "embedded");
    signOffAssessment(actor(b), bId);
    expect(comparisonFor(b.organisation.id)).toEqual({ sharing: false, comparison: null });
    setSharing(actor(b, "admin"), true);
    expect(comparisonFor(b.organisation.id)).toEqual({ sharing: true, comparison: null });
    // Three more sharing organisations make four others for B: still nothing.
    const more: Org[] = [];
    for (const slug of ["practice-c", "practice-d", "practice-e", "practice-f"]) {
      const org = await makeOrganisationWithUsers(slug);
      const id = started(org, `${slug} benchmark`);
      rateAll(org, id, slug === "practice-f" ? "established" : "developing");
      signOffAssessment(actor(org), id);
      setSharing(actor(org, "admin"), true);
      more.push(org);
      const others = 1 + more.length;
      const seen = comparisonFor(b.organisation.id).comparison;
      if (others < 5) expect(seen).toBeNull();
      else expect(seen?.organisations).toBe(5);
    }
    const result = comparisonFor(b.organisation.id).comparison!;
    expect(result.stages).toHaveLength(7);
    // Four at developing (1) and one at established (2), A's own at its mix: the median is developing.
    expect(result.stages.find((s) => s.stage === "safety")).toEqual({
      stage: "safety",
      lowerQuartile: 1,
      median: 1,
      upperQuartile: 1,
    });
    const serialised = JSON.stringify(result);
    for (const org of [a, ...more]) {
      expect(serialised).not.toContain(org.organisation.name);
      expect(serialised).not.toContain(org.organisation.slug);
    }
    // An organisation that stops sharing drops out at once: back below five.
    setSharing(actor(more[3], "admin"), false);
    expect(comparisonFor(b.organisation.id).comparison).toBeNull();
    expect(db.select().from(practiceSharing).all()).toHaveLength(5);
    // An open assessment is never shared: a sixth sharing organisation with only an open one changes nothing.
    const g = await makeOrganisationWithUsers("practice-g");
    const gOpen = started(g, "G draft");
    rateAll(g, gOpen, "embedded");
    setSharing(actor(g, "admin"), true);
    expect(comparisonFor(b.organisation.id).comparison).toBeNull();
  });
});

describe("bad input through the pages", () => {
  async function send(
    route: { action: (a: ReturnType<typeof args>) => unknown },
    path: string,
    params: Record<string, string>,
    fields: Record<string, string>,
    cookie: string,
  ) {
    const result = await outcome(() => route.action(args(post(path, fields, cookie), params)));
    const response = result.thrown ?? (result.value instanceof Response ? result.value : null);
    if (response) return { status: response.status, errors: {} as Record<string, string>, values: {} as Record<string, unknown> };
    const { status, data } = dataOf(result.value);
    return { status, errors: data.errors as Record<string, string>, values: data.values as Record<string, unknown> };
  }

  it("is refused kindly, in both languages, with what was typed kept and nothing written", async () => {
    const c = await makeOrganisationWithUsers("practice-bad");
    const cookie = c.people.engagement_lead.cookie;
    const future = await send(startRoute, "/practice", {}, { name: "Next year", assessedOn: addDays(today, 3) }, cookie);
    expect(future).toMatchObject({
      status: 400,
      errors: { assessedOn: "practice.errors.dateInFuture" },
      values: { name: "Next year" },
    });
    const blank = await send(startRoute, "/practice", {}, { name: "  ", assessedOn: "2026-02-30" }, cookie);
    expect(blank.errors).toEqual({ name: "practice.errors.nameRequired", assessedOn: "practice.errors.dateRequired" });
    const id = started(c, "Bad input");
    const params = { assessmentId: String(id), stageKey: "purpose" };
    const path = `/practice/${id}/stages/purpose`;
    const badLink = await send(
      stageRoute,
      path,
      params,
      {
        "level-purpose_decision": "established",
        "notes-purpose_decision": "Kept",
        "evidence-purpose_decision": "https://ok.example.org\njavascript:alert(1)",
      },
      cookie,
    );
    expect(badLink).toMatchObject({ status: 400, errors: { "evidence-purpose_decision": "practice.errors.linkInvalid" } });
    expect(badLink.values["notes-purpose_decision"]).toBe("Kept");
    const noLevel = await send(stageRoute, path, params, { "notes-purpose_sponsor": "Words without a level" }, cookie);
    expect(noLevel.errors).toEqual({ "level-purpose_sponsor": "practice.errors.levelNeeded" });
    const madeUp = await send(stageRoute, path, params, { "level-purpose_decision": "excellent" }, cookie);
    expect(madeUp.errors).toEqual({ "level-purpose_decision": "practice.errors.levelUnknown" });
    const nothing = await send(stageRoute, path, params, {}, cookie);
    expect(nothing.errors).toEqual({ form: "practice.errors.nothingRated" });
    expect(assessmentRatings(id)).toEqual([]);
    for (const key of [
      "practice.errors.dateInFuture",
      "practice.errors.nameRequired",
      "practice.errors.linkInvalid",
      "practice.errors.levelNeeded",
      "practice.errors.levelUnknown",
      "practice.errors.nothingRated",
      "practice.errors.unrated",
      "practice.errors.signedOff",
    ]) {
      const en = fixedT("en")(key);
      const cy = fixedT("cy")(key);
      expect(en).not.toBe(key);
      expect(cy).not.toBe(key);
      expect(cy).not.toBe(en);
    }
    const signOff = await send(assessmentRoute, `/practice/${id}`, { assessmentId: String(id) }, { intent: "signOff" }, cookie);
    expect(signOff).toMatchObject({ status: 400, errors: { form: "practice.errors.unrated" } });
    expect(getAssessment(c.organisation.id, id).status).toBe("open");
    // Another organisation's lead cannot sign it off: 404, as if it did not exist.
    const other = await send(
      assessmentRoute,
      `/practice/${id}`,
      { assessmentId: String(id) },
      { intent: "signOff" },
      a.people.engagement_lead.cookie,
    );
    expect(other.status).toBe(404);
  });
});

describe("an organisation's wording of the statements", () => {
  const key = "purpose_decision";
  const national = DEFAULT_STATEMENTS.find((s) => s.key === key)!;
  const wording = {
    intent: "save",
    text: "Our chief officers write down what each survey is for",
    textCy: "Mae ein prif swyddogion yn ysgrifennu beth yw pwrpas pob arolwg",
    evidence: "The signed decision note",
    evidenceCy: "Y nodyn penderfyniad wedi'i lofnodi",
  };
  const audits = (org: Org) =>
    getDb()
      .select({ action: auditEvents.action, objectId: auditEvents.objectId })
      .from(auditEvents)
      .where(sql`${auditEvents.organisationId} = ${org.organisation.id} and ${auditEvents.action} like 'practice_statement.%'`)
      .all();
  const statementOf = (org: Org) => getPracticeStatements(org.organisation.id).find((s) => s.key === key)!;
  const frozenOf = (org: Org, id: number) =>
    assessmentContext(org.organisation.id, getAssessment(org.organisation.id, id)).statements.find((s) => s.key === key)!;

  async function save(cookie: string, fields: Record<string, string>, statementKey = key) {
    return outcome(() => wordingRoute.action(args(post(`/admin/practice/${statementKey}`, fields, cookie), { statementKey })));
  }

  it("is saved and reset by an admin, audited, and a signed-off assessment keeps the wording it froze", async () => {
    const org = await makeOrganisationWithUsers("practice-reword");
    const other = await makeOrganisationWithUsers("practice-reword-other");
    const cookie = org.people.admin.cookie;
    // Signed off under the national wording, before any rewording.
    const before = started(org, "Before rewording");
    rateAll(org, before, "developing");
    expect(signOffAssessment(actor(org), before)).toEqual({ ok: true });

    const saved = await save(cookie, wording);
    expect(saved.thrown?.status).toBe(302);
    expect(saved.thrown?.headers.get("Location")).toBe("/admin/practice");
    expect(statementOf(org)).toMatchObject({
      text: wording.text,
      textCy: wording.textCy,
      evidence: wording.evidence,
      evidenceCy: wording.evidenceCy,
    });
    expect(audits(org)).toEqual([{ action: "practice_statement.reworded", objectId: key }]);
    // The list says which statements are reworded, in wheel order, and shows the new wording.
    const listed = await wordingListRoute.loader(args(get("/admin/practice", cookie)));
    const rows = listed.stages.flatMap((stage) => stage.statements);
    expect(rows.map((row) => row.key)).toEqual(DEFAULT_STATEMENTS.map((s) => s.key));
    expect(rows.filter((row) => row.reworded).map((row) => row.key)).toEqual([key]);
    expect(rows.find((row) => row.key === key)?.text).toBe(wording.text);
    // Another organisation still reads the national wording.
    expect(statementOf(other)).toEqual(national);
    expect(listStatementWording(other.organisation.id).some((row) => row.reworded)).toBe(false);
    // The signed-off assessment keeps what it was rated against; a new one reads the new wording.
    expect(frozenOf(org, before)).toMatchObject({ text: national.text, textCy: national.textCy, evidence: national.evidence });
    const after = started(org, "After rewording");
    expect(frozenOf(org, after)).toMatchObject({ text: wording.text, textCy: wording.textCy, evidenceCy: wording.evidenceCy });
    // Saving again overwrites the one row.
    await save(cookie, { ...wording, text: "Reworded twice" });
    expect(statementOf(org).text).toBe("Reworded twice");
    // Signing off the new one freezes the reworded text; resetting afterwards leaves it frozen.
    rateAll(org, after, "established");
    expect(signOffAssessment(actor(org), after)).toEqual({ ok: true });
    const reset = await save(cookie, { intent: "reset" });
    expect(reset.thrown?.status).toBe(302);
    expect(statementOf(org)).toEqual(national);
    expect(frozenOf(org, after).text).toBe("Reworded twice");
    expect(frozenOf(org, before).text).toBe(national.text);
    expect(listStatementWording(org.organisation.id).some((row) => row.reworded)).toBe(false);
    expect(audits(org).map((row) => row.action)).toEqual([
      "practice_statement.reworded",
      "practice_statement.reworded",
      "practice_statement.reset",
    ]);
    expect(audits(other)).toEqual([]);
    for (const action of ["practice_statement.reworded", "practice_statement.reset"]) {
      const en = fixedT("en")(`audit.actions.${action}`);
      const cy = fixedT("cy")(`audit.actions.${action}`);
      expect(en).not.toContain("practice_statement");
      expect(cy).not.toContain("practice_statement");
      expect(cy).not.toBe(en);
    }
  });

  it("refuses bad input kindly in both languages, keeps what was typed, and writes nothing", async () => {
    const org = await makeOrganisationWithUsers("practice-reword-bad");
    const cookie = org.people.admin.cookie;
    const refused = async (fields: Record<string, string>) => {
      const result = await save(cookie, { ...wording, ...fields });
      expect(result.thrown).toBeNull();
      const { status, data } = dataOf(result.value);
      expect(status).toBe(400);
      return data;
    };
    const blankWelsh = await refused({ textCy: "  ", evidenceCy: "" });
    expect(blankWelsh.errors).toEqual({
      textCy: "practice.errors.wordingTextCyRequired",
      evidenceCy: "practice.errors.wordingEvidenceCyRequired",
    });
    expect(blankWelsh.values).toMatchObject({ text: wording.text, evidence: wording.evidence });
    const blankEnglish = await refused({ text: "", evidence: " " });
    expect(blankEnglish.errors).toEqual({
      text: "practice.errors.wordingTextRequired",
      evidence: "practice.errors.wordingEvidenceRequired",
    });
    expect(blankEnglish.values).toMatchObject({ textCy: wording.textCy, evidenceCy: wording.evidenceCy });
    const tooLong = await refused({ text: "a".repeat(301), evidenceCy: "b".repeat(1001) });
    expect(tooLong.errors).toEqual({
      text: "practice.errors.wordingTextTooLong",
      evidenceCy: "practice.errors.wordingEvidenceTooLong",
    });
    expect(statementOf(org)).toEqual(national);
    expect(audits(org)).toEqual([]);
    for (const message of [
      "practice.errors.wordingTextRequired",
      "practice.errors.wordingTextCyRequired",
      "practice.errors.wordingTextTooLong",
      "practice.errors.wordingEvidenceRequired",
      "practice.errors.wordingEvidenceCyRequired",
      "practice.errors.wordingEvidenceTooLong",
    ]) {
      const en = fixedT("en")(message);
      const cy = fixedT("cy")(message);
      expect(en).not.toBe(message);
      expect(cy).not.toBe(message);
      expect(cy).not.toBe(en);
    }
    // An unknown intent and an unknown statement are refused; nothing is written.
    expect((await save(cookie, { ...wording, intent: "delete" })).thrown?.status).toBe(400);
    expect((await save(cookie, wording, "made_up")).thrown?.status).toBe(404);
    expect(
      (await outcome(() => wordingRoute.loader(args(get("/admin/practice/made_up", cookie), { statementKey: "made_up" })))).thrown
        ?.status,
    ).toBe(404);
    // Only an admin rewords: an engagement lead is refused, and nothing changes.
    for (const role of ["engagement_lead", "analyst"] as const) {
      expect((await save(org.people[role].cookie, wording)).thrown?.status).toBe(403);
      expect((await save(org.people[role].cookie, { intent: "reset" })).thrown?.status).toBe(403);
    }
    expect(statementOf(org)).toEqual(national);
    expect(audits(org)).toEqual([]);
  });
});
