import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditEvents, memberships, organisations, users } from "../../db/schema";
import * as setupRoute from "../../app/routes/setup";
import * as signInRoute from "../../app/routes/sign-in";
import * as signOutRoute from "../../app/routes/sign-out";
import * as homeRoute from "../../app/routes/_index";
import { getSessionUser } from "../../app/accounts/session.server";
import { args, dataOf, get, outcome, post } from "../helpers";

const validSetup = {
  organisationName: "Dyfed-Powys Police",
  organisationNameCy: "Heddlu Dyfed-Powys",
  slug: "dyfed-powys",
  name: "Alex Admin",
  email: "Alex@Example.org",
  password: "three random words",
  confirmPassword: "three random words",
};

describe("first-run setup", () => {
  it("sends everyone to setup while there are no users", async () => {
    const { thrown } = await outcome(() => homeRoute.loader(args(get("/"))));
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("Location")).toBe("/setup");
  });

  it("answers bad input with 400, an error per field, and keeps what was typed except passwords", async () => {
    const { value } = await outcome(() =>
      setupRoute.action(
        args(
          post("/setup", {
            ...validSetup,
            organisationName: " ",
            slug: "Not A Slug!",
            password: "short",
            confirmPassword: "short",
          }),
        ),
      ),
    );
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toMatchObject({
      organisationName: "errors.organisationNameRequired",
      slug: "errors.slugFormat",
      password: "errors.passwordTooShort",
    });
    expect(data.values).toMatchObject({
      slug: "Not A Slug!",
      email: "Alex@Example.org",
      organisationNameCy: "Heddlu Dyfed-Powys",
    });
    expect(data.values).not.toHaveProperty("password");
    expect(data.values).not.toHaveProperty("confirmPassword");
    expect(getDb().select().from(organisations).all()).toHaveLength(0);
  });

  it("says when the passwords do not match", async () => {
    const { value } = await outcome(() =>
      setupRoute.action(args(post("/setup", { ...validSetup, confirmPassword: "something else entirely" }))),
    );
    expect(dataOf(value).data.errors).toEqual({ confirmPassword: "errors.confirmPasswordMismatch" });
  });

  it("creates the organisation and its admin, signs them in and records it", async () => {
    const { thrown } = await outcome(() => setupRoute.action(args(post("/setup", validSetup))));
    expect(thrown?.status).toBe(302);
    const cookie = thrown!.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^vv_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax/);
    const user = getSessionUser(get("/", cookie.split(";")[0]));
    expect(user).toMatchObject({
      email: "alex@example.org",
      roles: ["admin"],
      organisation: { slug: "dyfed-powys", nameCy: "Heddlu Dyfed-Powys" },
    });
    expect(getDb().select().from(users).get()?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(getDb().select({ action: auditEvents.action }).from(auditEvents).all()).toEqual([{ action: "organisation.created" }]);
  });

  it("no longer exists once someone has set up", async () => {
    expect((await outcome(() => setupRoute.loader())).thrown?.status).toBe(404);
    const again = await outcome(() => setupRoute.action(args(post("/setup", { ...validSetup, slug: "another" }))));
    expect(again.thrown?.status).toBe(404);
    expect(getDb().select().from(organisations).all()).toHaveLength(1);
    expect(getDb().select().from(memberships).all()).toHaveLength(1);
  });
});

describe("sign in and out", () => {
  it("signs in with the right password, case-insensitively by e-mail, and goes to a safe redirect target", async () => {
    const { thrown } = await outcome(() =>
      signInRoute.action(
        args(post("/sign-in?redirectTo=%2Fadmin%2Fusers", { email: "ALEX@example.org", password: validSetup.password })),
      ),
    );
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("Location")).toBe("/admin/users");
  });

  it("never redirects off-site after sign-in", async () => {
    const { thrown } = await outcome(() =>
      signInRoute.action(
        args(post("/sign-in?redirectTo=%2F%2Fevil.example", { email: "alex@example.org", password: validSetup.password })),
      ),
    );
    expect(thrown?.headers.get("Location")).toBe("/");
  });

  it("answers a wrong password or unknown e-mail the same way, keeping the e-mail typed", async () => {
    for (const fields of [
      { email: "alex@example.org", password: "wrong password here" },
      { email: "nobody@example.org", password: "wrong password here" },
    ]) {
      const { value } = await outcome(() => signInRoute.action(args(post("/sign-in", fields))));
      const { status, data } = dataOf(value);
      expect(status).toBe(400);
      expect(data.errors).toEqual({ email: "errors.signInFailed" });
      expect(data.values).toEqual({ email: fields.email });
    }
  });

  it("answers empty fields with an error per field", async () => {
    const { value } = await outcome(() => signInRoute.action(args(post("/sign-in", { email: "", password: "" }))));
    expect(dataOf(value).data.errors).toEqual({ email: "errors.emailRequired", password: "errors.passwordRequired" });
  });

  it("blocks an account after too many failures, even with the right password", async () => {
    const email = "alex@example.org";
    for (let i = 0; i < 5; i += 1) {
      await outcome(() => signInRoute.action(args(post("/sign-in", { email, password: `wrong guess ${i}` }))));
    }
    const { value } = await outcome(() => signInRoute.action(args(post("/sign-in", { email, password: validSetup.password }))));
    const { status, data } = dataOf(value);
    expect(status).toBe(429);
    expect(data.errors).toEqual({ email: "errors.signInBlocked" });
  });

  it("signing out ends the session in the database", async () => {
    const user = getDb().select().from(users).get()!;
    const { sessionCookieFor } = await import("../helpers");
    const cookie = sessionCookieFor(user.id);
    expect(getSessionUser(get("/", cookie))).not.toBeNull();
    const response = await signOutRoute.action(args(post("/sign-out", {}, cookie)));
    expect(response.headers.get("Set-Cookie")).toContain("Max-Age=0");
    expect(getSessionUser(get("/", cookie))).toBeNull();
  });
});
