import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditEvents, organisations, supportServices } from "../../db/schema";
import { nationalHelplines, supportDirectoryFor } from "../../app/support/directory.server";
import * as list from "../../app/routes/admin.support._index";
import * as add from "../../app/routes/admin.support.new";
import * as edit from "../../app/routes/admin.support.$serviceId";
import * as organisation from "../../app/routes/admin.organisation";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;

beforeAll(async () => {
  a = await makeOrganisationWithUsers("sup-a");
  b = await makeOrganisationWithUsers("sup-b");
});

const service = (extra: Record<string, string> = {}) => ({
  name: "Local Victim Hub",
  nameCy: "Hwb Dioddefwyr Lleol",
  description: "Support for anyone affected by crime in the county.",
  descriptionCy: "Cymorth i unrhyw un y mae trosedd wedi effeithio arnyn nhw yn y sir.",
  phone: "0300 123 4567",
  url: "https://hub.example.org",
  hours: "Monday to Friday, 9am to 5pm",
  hoursCy: "Dydd Llun i ddydd Gwener, 9am i 5pm",
  ...extra,
});

const listAs = (cookie: string) => list.loader(args(get("/admin/support", cookie)));
const listAction = (fields: Record<string, string>, cookie: string) =>
  outcome(() => list.action(args(post("/admin/support", fields, cookie))));
const addService = (fields: Record<string, string>, cookie = a.people.admin.cookie) =>
  outcome(() => add.action(args(post("/admin/support/new", fields, cookie))));
const editAction = (id: number, fields: Record<string, string>, cookie = a.people.admin.cookie) =>
  outcome(() => edit.action(args(post(`/admin/support/${id}`, fields, cookie), { serviceId: String(id) })));
const names = async (cookie = a.people.admin.cookie) => (await listAs(cookie)).services.map((s) => s.name);

function audited(organisationId: number, action: string) {
  return getDb()
    .select({ objectId: auditEvents.objectId })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, action)))
    .all();
}

describe("the support directory", () => {
  it("starts empty, saying respondents see the national helplines", async () => {
    const page = await listAs(a.people.admin.cookie);
    expect(page.services).toEqual([]);
    expect(page.national.length).toBeGreaterThan(0);
    expect(page.national).toEqual(nationalHelplines());
  });

  it("copies the national helplines once, in order, audited", async () => {
    const { value } = await listAction({ intent: "copy-national" }, a.people.admin.cookie);
    expect(dataOf(value).data).toMatchObject({ ok: true, notice: "distribution.support.copied" });
    const national = nationalHelplines();
    const page = await listAs(a.people.admin.cookie);
    expect(page.services.map((s) => [s.name, s.nameCy, s.phone, s.url])).toEqual(
      national.map((n) => [n.name.en, n.name.cy, n.phone, n.url]),
    );
    expect(page.national).toEqual([]);
    expect(supportDirectoryFor(a.organisation.id).national).toBe(false);
    expect(audited(a.organisation.id, "support_directory.copied_national")).toHaveLength(1);

    const again = await listAction({ intent: "copy-national" }, a.people.admin.cookie);
    expect(dataOf(again.value)).toMatchObject({
      status: 400,
      data: { errors: { form: "distribution.errors.directoryNotEmpty" } },
    });
    expect((await listAs(a.people.admin.cookie)).services).toHaveLength(national.length);
  });

  it("adds a service at the end, audited, and respondents see it", async () => {
    const { thrown } = await addService(service());
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("Location")).toBe("/admin/support?done=added");
    expect((await names()).at(-1)).toBe("Local Victim Hub");
    const shown = supportDirectoryFor(a.organisation.id).entries.at(-1);
    expect(shown).toMatchObject({
      name: { en: "Local Victim Hub", cy: "Hwb Dioddefwyr Lleol" },
      url: "https://hub.example.org/",
    });
    expect(audited(a.organisation.id, "support_service.created")).toHaveLength(1);
  });

  it("refuses unsafe or malformed web addresses and missing names with 400, keeping what was typed", async () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,hi",
      "ftp://example.org",
      "example.org",
      "https://user:pw@example.org",
    ]) {
      const { value } = await addService(service({ url }));
      expect(dataOf(value), url).toMatchObject({
        status: 400,
        data: { errors: { url: "distribution.errors.serviceUrl" }, values: { url } },
      });
    }
    const { value } = await addService(service({ name: " ", nameCy: "", phone: "call us" }));
    expect(dataOf(value)).toMatchObject({
      status: 400,
      data: {
        errors: {
          name: "distribution.errors.serviceNameRequired",
          nameCy: "distribution.errors.serviceNameCyRequired",
          phone: "distribution.errors.phoneFormat",
        },
        values: { description: service().description },
      },
    });
  });

  it("accepts a service with only its names", async () => {
    const { thrown } = await addService({ name: "Samaritans", nameCy: "Samariaid" });
    expect(thrown?.status).toBe(302);
    expect(await names()).toContain("Samaritans");
  });

  it("moves services up and down, and does nothing past either end", async () => {
    const before = await listAs(a.people.admin.cookie);
    const last = before.services.at(-1)!;
    await listAction({ intent: "move-up", serviceId: String(last.id) }, a.people.admin.cookie);
    const afterUp = await names();
    expect(afterUp.at(-2)).toBe(last.name);
    expect(afterUp.at(-1)).toBe(before.services.at(-2)!.name);
    await listAction({ intent: "move-down", serviceId: String(last.id) }, a.people.admin.cookie);
    expect(await names()).toEqual(before.services.map((s) => s.name));
    await listAction({ intent: "move-up", serviceId: String(before.services[0].id) }, a.people.admin.cookie);
    expect(await names()).toEqual(before.services.map((s) => s.name));
    expect(supportDirectoryFor(a.organisation.id).entries.map((e) => e.name.en)).toEqual(before.services.map((s) => s.name));
    expect(audited(a.organisation.id, "support_service.moved").length).toBeGreaterThanOrEqual(2);
  });

  it("changes a service, refusing a bad address on the way", async () => {
    const hub = (await listAs(a.people.admin.cookie)).services.find((s) => s.name === "Local Victim Hub")!;
    expect(
      (await edit.loader(args(get(`/admin/support/${hub.id}`, a.people.admin.cookie), { serviceId: String(hub.id) }))).service
        .name,
    ).toBe("Local Victim Hub");
    const bad = await editAction(hub.id, { intent: "save", ...service({ url: "javascript:alert(1)" }) });
    expect(dataOf(bad.value)).toMatchObject({ status: 400, data: { errors: { url: "distribution.errors.serviceUrl" } } });
    const { thrown } = await editAction(hub.id, { intent: "save", ...service({ name: "County Victim Hub", url: "" }) });
    expect(thrown?.headers.get("Location")).toBe("/admin/support?done=changed");
    const changed = (await listAs(a.people.admin.cookie)).services.find((s) => s.id === hub.id)!;
    expect(changed).toMatchObject({ name: "County Victim Hub", url: "" });
    expect(audited(a.organisation.id, "support_service.updated")).toEqual([{ objectId: String(hub.id) }]);
  });

  it("deletes a service, audited", async () => {
    const hub = (await listAs(a.people.admin.cookie)).services.find((s) => s.name === "County Victim Hub")!;
    const { thrown } = await editAction(hub.id, { intent: "delete" });
    expect(thrown?.headers.get("Location")).toBe("/admin/support?done=deleted");
    expect(await names()).not.toContain("County Victim Hub");
    expect(audited(a.organisation.id, "support_service.deleted")).toEqual([{ objectId: String(hub.id) }]);
  });

  it("answers an unknown intent with 400", async () => {
    expect((await listAction({ intent: "explode" }, a.people.admin.cookie)).thrown?.status).toBe(400);
    const id = (await listAs(a.people.admin.cookie)).services[0].id;
    expect((await editAction(id, { intent: "explode" })).thrown?.status).toBe(400);
  });

  it("is for admins only, and another organisation's services do not exist", async () => {
    for (const role of ["engagement_lead", "analyst", "panel_member", "action_owner"] as const) {
      expect((await outcome(() => listAs(a.people[role].cookie))).thrown?.status, role).toBe(403);
      expect((await addService(service(), a.people[role].cookie)).thrown?.status, role).toBe(403);
    }
    const id = (await listAs(a.people.admin.cookie)).services[0].id;
    const theirs = b.people.admin.cookie;
    expect((await listAs(theirs)).services).toEqual([]);
    expect(
      (await outcome(() => edit.loader(args(get(`/admin/support/${id}`, theirs), { serviceId: String(id) })))).thrown?.status,
    ).toBe(404);
    for (const fields of [{ intent: "save", ...service({ name: "Taken over" }) }, { intent: "delete" }]) {
      expect((await editAction(id, fields, theirs)).thrown?.status).toBe(404);
    }
    expect((await listAction({ intent: "move-down", serviceId: String(id) }, theirs)).thrown?.status).toBe(404);
    expect(await names()).not.toContain("Taken over");
    expect(getDb().select().from(supportServices).where(eq(supportServices.organisationId, b.organisation.id)).all()).toEqual([]);
  });
});

describe("organisation settings", () => {
  const settings = (extra: Record<string, string> = {}) => ({
    name: "Sup A Police",
    nameCy: "Heddlu Sup A",
    brandColour: "#0B3D91",
    quickExitUrl: "https://www.metoffice.gov.uk/weather",
    disclosureThreshold: "7",
    ...extra,
  });
  const save = (fields: Record<string, string>, cookie = a.people.admin.cookie) =>
    outcome(() => organisation.action(args(post("/admin/organisation", fields, cookie))));

  it("shows the current settings", async () => {
    const page = await organisation.loader(args(get("/admin/organisation", a.people.admin.cookie)));
    expect(page.settings).toEqual({
      name: "sup-a Police",
      nameCy: "Heddlu sup-a",
      brandColour: "#1d4f91",
      quickExitUrl: "https://www.bbc.co.uk/weather",
      disclosureThreshold: 5,
      publicStaffNames: false,
    });
  });

  it("saves valid settings, audited with the threshold change", async () => {
    const { value } = await save(settings());
    expect(dataOf(value)).toMatchObject({ status: 200, data: { ok: true } });
    const row = getDb().select().from(organisations).where(eq(organisations.id, a.organisation.id)).get()!;
    expect(row).toMatchObject({
      name: "Sup A Police",
      nameCy: "Heddlu Sup A",
      brandColour: "#0b3d91",
      quickExitUrl: "https://www.metoffice.gov.uk/weather",
      disclosureThreshold: 7,
    });
    const audit = getDb()
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, a.organisation.id), eq(auditEvents.action, "organisation.settings_updated")))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ disclosureThreshold: { from: 5, to: 7 } });
  });

  it("refuses a threshold below 3 or above 50, an unsafe exit address and an unreadable colour, keeping what was typed", async () => {
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ disclosureThreshold: "2" }, { disclosureThreshold: "distribution.errors.threshold" }],
      [{ disclosureThreshold: "51" }, { disclosureThreshold: "distribution.errors.threshold" }],
      [{ disclosureThreshold: "4.5" }, { disclosureThreshold: "distribution.errors.threshold" }],
      [{ disclosureThreshold: "" }, { disclosureThreshold: "distribution.errors.threshold" }],
      [{ quickExitUrl: "javascript:alert(1)" }, { quickExitUrl: "distribution.errors.exitUrl" }],
      [{ quickExitUrl: "/s/somewhere" }, { quickExitUrl: "distribution.errors.exitUrl" }],
      [{ quickExitUrl: "" }, { quickExitUrl: "distribution.errors.exitUrl" }],
      [{ brandColour: "blue" }, { brandColour: "distribution.errors.colourFormat" }],
      [{ brandColour: "#ffdd00" }, { brandColour: "distribution.errors.colourContrast" }],
      [
        { name: "", nameCy: " " },
        { name: "distribution.errors.orgNameRequired", nameCy: "distribution.errors.orgNameCyRequired" },
      ],
    ];
    for (const [extra, errors] of cases) {
      const { value } = await save(settings(extra));
      expect(dataOf(value), JSON.stringify(extra)).toMatchObject({
        status: 400,
        data: { errors, values: { ...settings(), ...extra } },
      });
    }
    expect(
      getDb()
        .select({ t: organisations.disclosureThreshold })
        .from(organisations)
        .where(eq(organisations.id, a.organisation.id))
        .get(),
    ).toEqual({
      t: 7,
    });
  });

  it("is for admins only, and changes only the admin's own organisation", async () => {
    for (const role of ["engagement_lead", "analyst", "panel_member", "action_owner"] as const) {
      expect((await save(settings(), a.people[role].cookie)).thrown?.status, role).toBe(403);
    }
    await save(settings({ name: "B changed", disclosureThreshold: "10" }), b.people.admin.cookie);
    const aRow = getDb()
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, a.organisation.id))
      .get();
    expect(aRow?.name).toBe("Sup A Police");
  });
});
