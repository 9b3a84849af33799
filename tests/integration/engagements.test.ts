import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditEvents, engagements } from "../../db/schema";
import * as list from "../../app/routes/engagements._index";
import * as create from "../../app/routes/engagements.new";
import * as overview from "../../app/routes/engagements.$engagementId._index";
import * as edit from "../../app/routes/engagements.$engagementId.edit";
import * as stagePage from "../../app/routes/engagements.$engagementId.stages.$stageKey";
import * as plan from "../../app/routes/engagements.$engagementId.plan";
import * as wording from "../../app/routes/admin.stages.$stageKey";
import * as home from "../../app/routes/_index";
import { engagementsNeedingAttention } from "../../app/engagements/engagements.server";
import { addDays, ukToday } from "../../app/engagements/stages";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let engagementId: string;

const details = {
  title: "Burglary victims: being kept informed",
  purpose: "Decide how often investigators update burglary victims.",
  audience: "People whose homes were burgled in the last year.",
  sponsor: "Chief Superintendent",
  leadUserId: "",
  startDate: "2027-01-01",
  endDate: "2027-06-30",
  status: "planning",
};

beforeAll(async () => {
  a = await makeOrganisationWithUsers("eng-a");
  b = await makeOrganisationWithUsers("eng-b");
});

describe("creating and editing an engagement", () => {
  it("answers bad input with 400, an error per field, and keeps what was typed", async () => {
    const { value } = await outcome(() =>
      create.action(
        args(
          post(
            "/engagements/new",
            { ...details, title: "", purpose: "", startDate: "2027-02-30", endDate: "2026-01-01", status: "sideways" },
            a.people.engagement_lead.cookie,
          ),
        ),
      ),
    );
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toMatchObject({
      title: "errors.engagementTitleRequired",
      purpose: "errors.purposeRequired",
      startDate: "errors.dateInvalid",
      status: "errors.engagementStatusRequired",
    });
    expect(data.values).toMatchObject({ audience: details.audience, startDate: "2027-02-30", sponsor: details.sponsor });
  });

  it("refuses an end date before the start date", async () => {
    const { value } = await outcome(() =>
      create.action(args(post("/engagements/new", { ...details, endDate: "2026-12-31" }, a.people.engagement_lead.cookie))),
    );
    expect(dataOf(value).data.errors).toEqual({ endDate: "errors.endBeforeStart" });
  });

  it("refuses a lead from another organisation", async () => {
    const { value } = await outcome(() =>
      create.action(
        args(
          post(
            "/engagements/new",
            { ...details, leadUserId: String(b.people.engagement_lead.id) },
            a.people.engagement_lead.cookie,
          ),
        ),
      ),
    );
    expect(dataOf(value)).toMatchObject({ status: 400, data: { errors: { leadUserId: "errors.staffUnknown" } } });
    expect(getDb().select().from(engagements).all()).toHaveLength(0);
  });

  it("creates it with all seven stages not started, and records it", async () => {
    const { thrown } = await outcome(() =>
      create.action(
        args(
          post(
            "/engagements/new",
            { ...details, leadUserId: String(a.people.engagement_lead.id) },
            a.people.engagement_lead.cookie,
          ),
        ),
      ),
    );
    expect(thrown?.status).toBe(302);
    engagementId = thrown!.headers.get("Location")!.split("/").pop()!;
    const loaded = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.analyst.cookie), { engagementId }));
    expect(loaded.engagement).toMatchObject({ title: details.title, leadName: "engagement_lead eng-a", status: "planning" });
    expect(loaded.stages.map((s) => [s.number, s.key, s.display])).toEqual([
      [1, "purpose", "not_started"],
      [2, "benchmark", "not_started"],
      [3, "co_design", "not_started"],
      [4, "safety", "not_started"],
      [5, "inclusion", "not_started"],
      [6, "listen", "not_started"],
      [7, "act", "not_started"],
    ]);
    expect(loaded.canEdit).toBe(false);
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.action, "engagement.created")).all();
    expect(audit).toHaveLength(1);
  });

  it("edits details", async () => {
    const { thrown } = await outcome(() =>
      edit.action(
        args(post(`/engagements/${engagementId}/edit`, { ...details, status: "listening" }, a.people.admin.cookie), {
          engagementId,
        }),
      ),
    );
    expect(thrown?.status).toBe(302);
    const loaded = await edit.loader(args(get(`/engagements/${engagementId}/edit`, a.people.admin.cookie), { engagementId }));
    expect(loaded.engagement).toMatchObject({ status: "listening", leadUserId: null });
  });
});

describe("who may see and change engagements", () => {
  it("lets readers read and only leads and admins change", async () => {
    for (const role of ["analyst", "action_owner"] as const) {
      const cookie = a.people[role].cookie;
      expect((await list.loader(args(get("/engagements", cookie)))).engagements).toHaveLength(1);
      const attempts = [
        () => create.action(args(post("/engagements/new", details, cookie))),
        () => edit.loader(args(get(`/engagements/${engagementId}/edit`, cookie), { engagementId })),
        () => overview.action(args(post(`/engagements/${engagementId}`, { intent: "archive" }, cookie), { engagementId })),
        () =>
          stagePage.action(
            args(post(`/engagements/${engagementId}/stages/safety`, { intent: "reviewed" }, cookie), {
              engagementId,
              stageKey: "safety",
            }),
          ),
        () => wording.loader(args(get("/admin/stages/safety", cookie), { stageKey: "safety" })),
      ];
      for (const attempt of attempts) expect((await outcome(attempt)).thrown?.status, role).toBe(403);
    }
  });

  it("keeps panel members out of engagement plans", async () => {
    const { thrown } = await outcome(() => list.loader(args(get("/engagements", a.people.panel_member.cookie))));
    expect(thrown?.status).toBe(403);
  });

  it("answers 404 for another organisation's engagement, and changes nothing", async () => {
    const cookie = b.people.admin.cookie;
    const attempts = [
      () => overview.loader(args(get(`/engagements/${engagementId}`, cookie), { engagementId })),
      () => plan.loader(args(get(`/engagements/${engagementId}/plan`, cookie), { engagementId })),
      () =>
        stagePage.loader(args(get(`/engagements/${engagementId}/stages/purpose`, cookie), { engagementId, stageKey: "purpose" })),
      () =>
        edit.action(args(post(`/engagements/${engagementId}/edit`, { ...details, title: "Taken" }, cookie), { engagementId })),
      () => overview.action(args(post(`/engagements/${engagementId}`, { intent: "archive" }, cookie), { engagementId })),
      () =>
        stagePage.action(
          args(post(`/engagements/${engagementId}/stages/purpose`, { intent: "save", status: "done" }, cookie), {
            engagementId,
            stageKey: "purpose",
          }),
        ),
    ];
    for (const attempt of attempts) expect((await outcome(attempt)).thrown?.status).toBe(404);
    expect((await list.loader(args(get("/engagements", cookie)))).engagements).toHaveLength(0);
    const row = getDb().select().from(engagements).get();
    expect(row).toMatchObject({ title: details.title, archivedAt: null });
  });

  it("answers 404 for a stage that does not exist", async () => {
    const { thrown } = await outcome(() =>
      stagePage.loader(
        args(get(`/engagements/${engagementId}/stages/stage-8`, a.people.admin.cookie), { engagementId, stageKey: "stage-8" }),
      ),
    );
    expect(thrown?.status).toBe(404);
  });
});

describe("working a stage", () => {
  const stageArgs = (fields: Record<string, string | string[]>, cookie = a.people.engagement_lead.cookie) =>
    args(post(`/engagements/${engagementId}/stages/safety`, fields, cookie), { engagementId, stageKey: "safety" });

  it("answers bad input with 400 and keeps what was typed, ticks included", async () => {
    const { value } = await outcome(() =>
      stagePage.action(
        stageArgs({ intent: "save", status: "finished", notes: "Met the DPO", nextReviewOn: "soon", ticked: ["dpia"] }),
      ),
    );
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toEqual({ status: "errors.stageStatusRequired", nextReviewOn: "errors.dateInvalid" });
    expect(data.values).toMatchObject({ notes: "Met the DPO", ticked: ["dpia"], nextReviewOn: "soon" });
  });

  it("saves status, owner, notes, dates and ticks, and the publish gate follows the ticks", async () => {
    await stagePage.action(
      stageArgs({
        intent: "save",
        status: "in_progress",
        ownerUserId: String(a.people.admin.id),
        notes: "DPIA signed by the DPO",
        lastReviewedOn: "2027-01-05",
        nextReviewOn: "2099-01-05",
        ticked: ["dpia", "retention"],
      }),
    );
    let loaded = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.admin.cookie), { engagementId }));
    const safety = loaded.stages.find((s) => s.key === "safety")!;
    expect(safety).toMatchObject({
      status: "in_progress",
      ownerName: "admin eng-a",
      notes: "DPIA signed by the DPO",
      nextReviewOn: "2099-01-05",
    });
    expect(safety.checklist.filter((i) => i.done).map((i) => i.id)).toEqual(["dpia", "retention"]);
    expect(loaded.missing.map((m) => m.key)).toEqual(["support_directory", "content_warnings"]);

    await stagePage.action(
      stageArgs({ intent: "save", status: "done", ticked: ["dpia", "retention", "support_directory", "content_warnings"] }),
    );
    loaded = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.admin.cookie), { engagementId }));
    expect(loaded.missing).toEqual([]);
    expect(loaded.stages.find((s) => s.key === "safety")!.display).toBe("done");

    await stagePage.action(
      stageArgs({ intent: "save", status: "done", ticked: ["dpia", "support_directory", "content_warnings"] }),
    );
    loaded = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.admin.cookie), { engagementId }));
    expect(loaded.missing.map((m) => m.key)).toEqual(["retention"]);
  });

  it("adds and removes custom checklist items, which never gate publishing", async () => {
    const bad = await outcome(() => stagePage.action(stageArgs({ intent: "add-item", text: "" })));
    expect(dataOf(bad.value)).toMatchObject({ status: 400, data: { errors: { text: "errors.checklistItemRequired" } } });
    await stagePage.action(stageArgs({ intent: "add-item", text: "Brief the control room" }));
    let loaded = await stagePage.loader(stageArgs({}));
    const custom = loaded.stage.checklist.find((i) => i.custom)!;
    expect(custom).toMatchObject({ text: "Brief the control room", done: false, gatesPublishing: false });
    await stagePage.action(
      stageArgs({ intent: "save", status: "done", ticked: ["dpia", "support_directory", "content_warnings", custom.id] }),
    );
    loaded = await stagePage.loader(stageArgs({}));
    expect(loaded.stage.checklist.find((i) => i.custom)?.done).toBe(true);
    await stagePage.action(stageArgs({ intent: "remove-item", itemId: custom.id.replace("custom:", "") }));
    loaded = await stagePage.loader(stageArgs({}));
    expect(loaded.stage.checklist.some((i) => i.custom)).toBe(false);
  });

  it("cannot remove a default item through the custom-item route", async () => {
    const { thrown } = await outcome(() => stagePage.action(stageArgs({ intent: "remove-item", itemId: "999999" })));
    expect(thrown?.status).toBe(404);
  });

  it("shows the stage's own history, newest first", async () => {
    const loaded = await stagePage.loader(stageArgs({}));
    expect(loaded.history.map((h) => h.action).slice(0, 3)).toEqual([
      "engagement_stage.item_removed",
      "engagement_stage.updated",
      "engagement_stage.item_added",
    ]);
  });

  it("refuses an unknown intent with 400", async () => {
    const { thrown } = await outcome(() => stagePage.action(stageArgs({ intent: "explode" })));
    expect(thrown?.status).toBe(400);
  });
});

describe("due for review", () => {
  it("shows a stage past its next review date as due, on the wheel and on the home page, until it is reviewed", async () => {
    const stageArgs = (fields: Record<string, string>) =>
      args(post(`/engagements/${engagementId}/stages/purpose`, fields, a.people.engagement_lead.cookie), {
        engagementId,
        stageKey: "purpose",
      });
    const yesterday = addDays(ukToday(), -1);
    await stagePage.action(stageArgs({ intent: "save", status: "done", nextReviewOn: yesterday }));
    const loaded = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.admin.cookie), { engagementId }));
    expect(loaded.stages.find((s) => s.key === "purpose")!.display).toBe("due_for_review");
    const homeData = await home.loader(args(get("/", a.people.engagement_lead.cookie)));
    expect(homeData.attention).toEqual([
      expect.objectContaining({ title: details.title, stageKey: "purpose", nextReviewOn: yesterday, stageNumber: 1 }),
    ]);
    expect(engagementsNeedingAttention(b.organisation.id)).toEqual([]);

    await stagePage.action(stageArgs({ intent: "reviewed" }));
    const after = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.admin.cookie), { engagementId }));
    expect(after.stages.find((s) => s.key === "purpose")).toMatchObject({
      display: "done",
      lastReviewedOn: ukToday(),
      nextReviewOn: addDays(ukToday(), 90),
    });
    expect((await home.loader(args(get("/", a.people.engagement_lead.cookie)))).attention).toEqual([]);
  });
});

describe("rewording stages", () => {
  const wordingArgs = (fields: Record<string, string | string[]>) =>
    args(post("/admin/stages/safety", fields, a.people.admin.cookie), { stageKey: "safety" });

  it("answers bad input with 400 and keeps what was typed", async () => {
    const current = (await wording.loader(args(get("/admin/stages/safety", a.people.admin.cookie), { stageKey: "safety" })))
      .stage;
    const { value } = await outcome(() =>
      wording.action(
        wordingArgs({
          intent: "save",
          title: "",
          titleCy: "Cadw pobl yn ddiogel",
          description: current.description,
          descriptionCy: current.descriptionCy,
          itemKey: current.checklist.map((i) => i.key),
          itemText: current.checklist.map((i, n) => (n === 1 ? "" : i.text)),
          itemTextCy: current.checklist.map((i) => i.textCy),
          newItemText: "Only English",
        }),
      ),
    );
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toEqual({
      title: "errors.stageTitleRequired",
      "itemText-1": "errors.checklistItemBothLanguages",
      newItemText: "errors.checklistItemBothLanguages",
    });
    expect(data.values).toMatchObject({ titleCy: "Cadw pobl yn ddiogel", newItemText: "Only English" });
  });

  it("rewords a stage for this organisation only; existing ticks and the gate keep working", async () => {
    const current = (await wording.loader(args(get("/admin/stages/safety", a.people.admin.cookie), { stageKey: "safety" })))
      .stage;
    const { thrown } = await outcome(() =>
      wording.action(
        wordingArgs({
          intent: "save",
          title: "Keeping people safe",
          titleCy: "Cadw pobl yn ddiogel",
          description: current.description,
          descriptionCy: current.descriptionCy,
          itemKey: current.checklist.map((i) => i.key),
          itemText: current.checklist.map((i) => (i.key === "dpia" ? "DPIA signed off by the DPO" : i.text)),
          itemTextCy: current.checklist.map((i) => (i.key === "dpia" ? "DPIA wedi'i lofnodi gan y DPO" : i.textCy)),
          removeItem: ["staff_wellbeing", "retention"],
          newItemText: "Victim hub told the survey is coming",
          newItemTextCy: "Hyb dioddefwyr wedi cael gwybod bod yr arolwg yn dod",
        }),
      ),
    );
    expect(thrown?.status).toBe(302);
    const loaded = await overview.loader(args(get(`/engagements/${engagementId}`, a.people.admin.cookie), { engagementId }));
    const safety = loaded.stages.find((s) => s.key === "safety")!;
    expect(safety.title).toBe("Keeping people safe");
    expect(safety.checklist.map((i) => i.id)).toEqual([
      "dpia",
      "support_directory",
      "retention",
      "content_warnings",
      "safeguarding",
      "victim_hub_told_the_survey_is",
    ]);
    expect(safety.checklist[0]).toMatchObject({ text: "DPIA signed off by the DPO", done: true, gatesPublishing: true });
    expect(loaded.missing.map((m) => m.key)).toEqual(["retention"]);

    const other = await makeOtherOrgEngagementTitle();
    expect(other).toBe("Safety, ethics and trauma-informed approach");
  });

  it("goes back to the shipped wording on reset", async () => {
    const { thrown } = await outcome(() => wording.action(wordingArgs({ intent: "reset" })));
    expect(thrown?.status).toBe(302);
    const current = (await wording.loader(args(get("/admin/stages/safety", a.people.admin.cookie), { stageKey: "safety" })))
      .stage;
    expect(current.title).toBe("Safety, ethics and trauma-informed approach");
  });
});

describe("archiving", () => {
  it("moves an engagement out of the open list and back", async () => {
    const cookie = a.people.engagement_lead.cookie;
    await overview.action(args(post(`/engagements/${engagementId}`, { intent: "archive" }, cookie), { engagementId }));
    expect((await list.loader(args(get("/engagements", cookie)))).engagements).toHaveLength(0);
    expect((await list.loader(args(get("/engagements?archived=1", cookie)))).engagements).toHaveLength(1);
    await overview.action(args(post(`/engagements/${engagementId}`, { intent: "restore" }, cookie), { engagementId }));
    expect((await list.loader(args(get("/engagements", cookie)))).engagements).toHaveLength(1);
    const bad = await outcome(() =>
      overview.action(args(post(`/engagements/${engagementId}`, { intent: "delete" }, cookie), { engagementId })),
    );
    expect(bad.thrown?.status).toBe(400);
  });
});

async function makeOtherOrgEngagementTitle() {
  const loaded = await wording.loader(args(get("/admin/stages/safety", b.people.admin.cookie), { stageKey: "safety" }));
  return loaded.stage.title;
}
