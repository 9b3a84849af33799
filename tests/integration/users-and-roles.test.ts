import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditEvents, users } from "../../db/schema";
import * as usersIndex from "../../app/routes/admin.users._index";
import * as usersNew from "../../app/routes/admin.users.new";
import * as userEdit from "../../app/routes/admin.users.$userId";
import * as audit from "../../app/routes/admin.audit";
import * as account from "../../app/routes/account";
import * as welcome from "../../app/routes/welcome.$token";
import { getSessionUser } from "../../app/accounts/session.server";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, PASSWORD, post, uniqueEmail } from "../helpers";

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;

beforeAll(async () => {
  a = await makeOrganisationWithUsers("force-a");
  b = await makeOrganisationWithUsers("force-b");
});

const nonAdmins = ["engagement_lead", "analyst", "panel_member", "action_owner"] as const;

describe("role checks", () => {
  it("sends people who are not signed in to sign-in, remembering where they were going", async () => {
    const { thrown } = await outcome(() => usersIndex.loader(args(get("/admin/users"))));
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("Location")).toBe("/sign-in?redirectTo=%2Fadmin%2Fusers");
  });

  it("denies every non-admin role every admin page and action with 403", async () => {
    const target = String(a.people.analyst.id);
    for (const role of nonAdmins) {
      const cookie = a.people[role].cookie;
      const attempts = [
        () => usersIndex.loader(args(get("/admin/users", cookie))),
        () => usersNew.loader(args(get("/admin/users/new", cookie))),
        () => usersNew.action(args(post("/admin/users/new", { name: "X", email: uniqueEmail(), roles: ["admin"] }, cookie))),
        () => userEdit.loader(args(get(`/admin/users/${target}`, cookie), { userId: target })),
        () =>
          userEdit.action(
            args(post(`/admin/users/${target}`, { intent: "save", name: "X", roles: ["admin"] }, cookie), { userId: target }),
          ),
        () => userEdit.action(args(post(`/admin/users/${target}`, { intent: "deactivate" }, cookie), { userId: target })),
        () => audit.loader(args(get("/admin/audit", cookie))),
      ];
      for (const attempt of attempts) {
        const { thrown } = await outcome(attempt);
        expect(thrown?.status, `${role}`).toBe(403);
      }
    }
    const analyst = getDb().select({ name: users.name }).from(users).where(eq(users.id, a.people.analyst.id)).get();
    expect(analyst?.name).toBe("analyst force-a");
  });

  it("lets every role see and use their own account page", async () => {
    for (const role of [...nonAdmins, "admin" as const]) {
      const loaded = await account.loader(args(get("/account", a.people[role].cookie)));
      expect(loaded.email).toBe(a.people[role].email);
    }
  });
});

describe("cross-organisation isolation", () => {
  it("lists only the admin's own organisation's users", async () => {
    const { users: listed } = await usersIndex.loader(args(get("/admin/users", a.people.admin.cookie)));
    expect(listed.map((u) => u.email).sort()).toEqual(
      Object.values(a.people)
        .map((p) => p.email)
        .sort(),
    );
  });

  it("answers 404 for another organisation's user, and changes nothing", async () => {
    const other = String(b.people.analyst.id);
    const cookie = a.people.admin.cookie;
    for (const attempt of [
      () => userEdit.loader(args(get(`/admin/users/${other}`, cookie), { userId: other })),
      () =>
        userEdit.action(
          args(post(`/admin/users/${other}`, { intent: "save", name: "Taken over", roles: ["admin"] }, cookie), {
            userId: other,
          }),
        ),
      () => userEdit.action(args(post(`/admin/users/${other}`, { intent: "deactivate" }, cookie), { userId: other })),
      () => userEdit.action(args(post(`/admin/users/${other}`, { intent: "setup-link" }, cookie), { userId: other })),
    ]) {
      const { thrown } = await outcome(attempt);
      expect(thrown?.status).toBe(404);
    }
    const row = getDb().select().from(users).where(eq(users.id, b.people.analyst.id)).get();
    expect(row).toMatchObject({ name: "analyst force-b", deactivatedAt: null });
  });

  it("keeps each organisation's audit log to itself", async () => {
    const { events } = await audit.loader(args(get("/admin/audit", b.people.admin.cookie)));
    const ids = getDb()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, a.organisation.id))
      .all();
    expect(events.some((e) => ids.some((i) => i.id === e.id))).toBe(false);
  });

  it("answers 404 for a user id that is not a number", async () => {
    const { thrown } = await outcome(() =>
      userEdit.loader(args(get("/admin/users/abc", a.people.admin.cookie), { userId: "abc" })),
    );
    expect(thrown?.status).toBe(404);
  });
});

describe("adding a user and their first sign-in", () => {
  it("answers bad input with 400, field errors and what was typed", async () => {
    const { value } = await outcome(() =>
      usersNew.action(args(post("/admin/users/new", { name: "", email: "not-an-email" }, a.people.admin.cookie))),
    );
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toEqual({ name: "errors.nameRequired", email: "errors.emailFormat", roles: "errors.rolesRequired" });
    expect(data.values).toEqual({ name: "", email: "not-an-email", roles: [] });
  });

  it("refuses an unknown role and an e-mail someone already has", async () => {
    const bad = await outcome(() =>
      usersNew.action(
        args(post("/admin/users/new", { name: "Sam", email: uniqueEmail(), roles: ["superuser"] }, a.people.admin.cookie)),
      ),
    );
    expect(dataOf(bad.value).data.errors).toEqual({ roles: "errors.rolesRequired" });
    const taken = await outcome(() =>
      usersNew.action(
        args(post("/admin/users/new", { name: "Sam", email: b.people.analyst.email, roles: ["analyst"] }, a.people.admin.cookie)),
      ),
    );
    const { status, data } = dataOf(taken.value);
    expect(status).toBe(400);
    expect(data.errors).toEqual({ email: "errors.emailTaken" });
    expect(data.values).toMatchObject({ name: "Sam", roles: ["analyst"] });
  });

  it("creates the user with a one-time link that sets their password and signs them in", async () => {
    const email = uniqueEmail();
    const created = await usersNew.action(
      args(
        post("/admin/users/new", { name: "Morgan Lead", email, roles: ["engagement_lead", "analyst"] }, a.people.admin.cookie),
      ),
    );
    const { data } = dataOf(created);
    expect(data.ok).toBe(true);
    const token = String(data.url).split("/welcome/")[1];
    expect(token).toMatch(/^[\w-]{40,}$/);

    const page = dataOf(await welcome.loader(args(get(`/welcome/${token}`), { token })));
    expect(page.data).toMatchObject({ valid: true, name: "Morgan Lead" });

    const mismatch = await outcome(() =>
      welcome.action(
        args(post(`/welcome/${token}`, { password: "a long password 1", confirmPassword: "a long password 2" }), { token }),
      ),
    );
    expect(dataOf(mismatch.value).data.errors).toEqual({ confirmPassword: "errors.confirmPasswordMismatch" });

    const done = await outcome(() =>
      welcome.action(args(post(`/welcome/${token}`, { password: PASSWORD, confirmPassword: PASSWORD }), { token })),
    );
    expect(done.thrown?.status).toBe(302);
    const signedIn = getSessionUser(get("/", done.thrown!.headers.get("Set-Cookie")!.split(";")[0]));
    expect(signedIn).toMatchObject({ email, roles: ["engagement_lead", "analyst"], organisation: { id: a.organisation.id } });

    const reused = await outcome(() =>
      welcome.action(
        args(post(`/welcome/${token}`, { password: "another long password", confirmPassword: "another long password" }), {
          token,
        }),
      ),
    );
    expect(dataOf(reused.value).status).toBe(410);
    expect(dataOf(await welcome.loader(args(get(`/welcome/${token}`), { token }))).status).toBe(410);
  });
});

describe("changing and deactivating users", () => {
  it("changes a user's name and roles, and records who did it", async () => {
    const id = String(a.people.action_owner.id);
    const result = await userEdit.action(
      args(
        post(
          `/admin/users/${id}`,
          { intent: "save", name: "Renamed Owner", roles: ["action_owner", "analyst"] },
          a.people.admin.cookie,
        ),
        { userId: id },
      ),
    );
    expect(dataOf(result).data.ok).toBe(true);
    const loaded = await userEdit.loader(args(get(`/admin/users/${id}`, a.people.admin.cookie), { userId: id }));
    expect(loaded.user).toMatchObject({ name: "Renamed Owner", roles: ["analyst", "action_owner"] });
    const last = getDb().select().from(auditEvents).where(eq(auditEvents.objectId, id)).all().at(-1);
    expect(last).toMatchObject({ action: "user.updated", actorUserId: a.people.admin.id, organisationId: a.organisation.id });
  });

  it("refuses to remove the last admin, keeping what was typed", async () => {
    const id = String(a.people.admin.id);
    const { value } = await outcome(() =>
      userEdit.action(
        args(post(`/admin/users/${id}`, { intent: "save", name: "Still Admin", roles: ["analyst"] }, a.people.admin.cookie), {
          userId: id,
        }),
      ),
    );
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toEqual({ roles: "errors.lastAdmin" });
    expect(data.values).toMatchObject({ name: "Still Admin", roles: ["analyst"] });
    const loaded = await userEdit.loader(args(get(`/admin/users/${id}`, a.people.admin.cookie), { userId: id }));
    expect(loaded.user.roles).toEqual(["admin"]);
  });

  it("refuses an unknown intent with 400", async () => {
    const id = String(a.people.analyst.id);
    const { thrown } = await outcome(() =>
      userEdit.action(args(post(`/admin/users/${id}`, { intent: "explode" }, a.people.admin.cookie), { userId: id })),
    );
    expect(thrown?.status).toBe(400);
  });

  it("deactivating signs the person out at once; reactivating lets them back", async () => {
    const id = String(a.people.panel_member.id);
    const cookie = a.people.panel_member.cookie;
    expect(getSessionUser(get("/", cookie))).not.toBeNull();
    await userEdit.action(args(post(`/admin/users/${id}`, { intent: "deactivate" }, a.people.admin.cookie), { userId: id }));
    expect(getSessionUser(get("/", cookie))).toBeNull();
    const { users: listed } = await usersIndex.loader(args(get("/admin/users", a.people.admin.cookie)));
    expect(listed.find((u) => String(u.id) === id)?.deactivatedAt).not.toBeNull();
    await userEdit.action(args(post(`/admin/users/${id}`, { intent: "reactivate" }, a.people.admin.cookie), { userId: id }));
    const again = getDb()
      .select()
      .from(users)
      .where(eq(users.id, Number(id)))
      .get();
    expect(again?.deactivatedAt).toBeNull();
  });

  it("does not let an admin deactivate themselves", async () => {
    const id = String(a.people.admin.id);
    const { value } = await outcome(() =>
      userEdit.action(args(post(`/admin/users/${id}`, { intent: "deactivate" }, a.people.admin.cookie), { userId: id })),
    );
    expect(dataOf(value)).toMatchObject({ status: 400, data: { errors: { form: "users.cannotDeactivateSelf" } } });
  });
});

describe("changing your own password", () => {
  it("needs the current password and keeps this session while ending the others", async () => {
    const { sessionCookieFor } = await import("../helpers");
    const me = b.people.analyst;
    const other = sessionCookieFor(me.id);
    const wrong = await outcome(() =>
      account.action(
        args(
          post(
            "/account",
            { currentPassword: "not my password", password: "a brand new password", confirmPassword: "a brand new password" },
            me.cookie,
          ),
        ),
      ),
    );
    expect(dataOf(wrong.value)).toMatchObject({
      status: 400,
      data: { errors: { currentPassword: "errors.currentPasswordWrong" } },
    });
    const ok = await account.action(
      args(
        post(
          "/account",
          { currentPassword: PASSWORD, password: "a brand new password", confirmPassword: "a brand new password" },
          me.cookie,
        ),
      ),
    );
    expect(dataOf(ok).data.ok).toBe(true);
    expect(getSessionUser(get("/", me.cookie))).not.toBeNull();
    expect(getSessionUser(get("/", other))).toBeNull();
  });
});
