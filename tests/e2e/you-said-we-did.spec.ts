import {
  ADMIN,
  expect,
  expectAccessible,
  expectAccessibleWithoutScripts,
  hydrated,
  signIn,
  signOut,
  tabTo,
  test,
} from "./fixtures";
import { addStaffMember, publishRespondentSurvey, surveyIdOf } from "./respondent-seed";

/**
 * Issue #8's journey: a theme from what people wrote becomes an action; its owner records progress keyboard only and
 * marks it done; the lead publishes it; the public "you said, we did" page shows it in English and Welsh (and as JSON
 * and an Atom feed), with suppressed numbers and no staff names.
 */
const SLUG = "e2e-you-said";
const OWNER = {
  name: "Dafydd Price",
  email: "dafydd.price@example.org",
  password: "saffron canal beacon",
  roles: ["action_owner"],
};
const TITLE = "Call victims back within two working days";
const TITLE_CY = "Ffonio dioddefwyr yn ôl o fewn dau ddiwrnod gwaith";
const UPDATE = "All call handlers trained on the new call-back standard.";
const UPDATE_CY = "Pob triniwr galwadau wedi'i hyfforddi ar y safon galw'n ôl newydd.";

test.beforeAll(() => {
  publishRespondentSurvey(SLUG, 120);
  addStaffMember(OWNER);
});

test("a theme becomes an action, its owner records progress and marks it done, and the public page shows it in English and Welsh", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const base = `/surveys/${surveyIdOf(SLUG)}`;
  let actionPath = "";
  let themeName = "";

  await test.step("the lead turns a suggested group into a theme and proposes an action from it", async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ADMIN.name}`);
    await expectAccessible(page);
    await page.goto(`${base}/themes/suggestions`);
    await page
      .getByRole("link", { name: /^Review and decide/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Accept as a new theme" })).toBeVisible();
    await hydrated(page);
    themeName = "Waiting to hear back";
    await page.getByLabel("Name in English").fill(themeName);
    await page.getByLabel("Name in Welsh").fill("Aros i glywed yn ôl");
    await page.getByRole("button", { name: "Accept and tag the group" }).click();
    await expect(page.getByText(/^Theme added and \d+ answers tagged$/)).toBeVisible();
    await expectAccessible(page);

    await page.goto(`${base}/themes`);
    await expectAccessible(page);
    await page.getByRole("link", { name: themeName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(themeName);
    await expectAccessible(page);
    await page
      .getByRole("link", { name: "Propose an action" })
      .or(page.getByRole("button", { name: "Propose an action" }))
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an action");
    await expect(page.getByText(`From the theme “${themeName}”`)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: themeName })).toBeChecked();
    await expectAccessible(page);
    await hydrated(page);

    // Nothing filled in: kind errors, and the theme stays ticked.
    await page.getByRole("button", { name: "Create action" }).click();
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: themeName })).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("Title in English").fill(TITLE);
    await page.getByLabel("Title in Welsh (optional)").fill(TITLE_CY);
    await page
      .getByLabel("What will change, in English")
      .fill("Every victim gets a call back from the investigating team within two working days of reporting.");
    await page
      .getByLabel("What will change, in Welsh (optional)")
      .fill("Bydd pob dioddefwr yn cael galwad yn ôl gan y tîm ymchwilio o fewn dau ddiwrnod gwaith.");
    await page
      .getByLabel("Why it follows from what people said, in English (optional)")
      .fill("Many of you told us you waited weeks to hear anything after reporting.");
    await page
      .getByLabel("Why it follows from what people said, in Welsh (optional)")
      .fill("Dywedodd llawer ohonoch eich bod wedi aros wythnosau i glywed unrhyw beth.");
    await page.getByLabel("Owning team").fill("Contact management");
    await page.getByLabel("Named owner").selectOption({ label: OWNER.name });
    await page.getByRole("button", { name: "Create action" }).click();
    await expect(page.getByRole("heading", { name: "Action created", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(page.getByTestId("action-themes")).toContainText(themeName);
    await expectAccessible(page);
    actionPath = new URL(page.url()).pathname;

    await page.getByLabel("New status").selectOption({ label: "Agreed" });
    await page.getByRole("button", { name: "Change status" }).click();
    await expect(page.getByRole("heading", { name: "Status changed", exact: true })).toBeVisible();
    await expect(page.getByTestId("action-status")).toContainText("Agreed");
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the owner finds it under My actions and records progress, keyboard only", async () => {
    await signIn(page, OWNER.email, OWNER.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${OWNER.name}`);
    await expectAccessible(page);
    await page.goto("/actions/mine");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My actions");
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: TITLE }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expectAccessible(page);
    await hydrated(page);

    await tabTo(page, page.getByLabel("Update in English"));
    await page.keyboard.type(UPDATE);
    await tabTo(page, page.getByLabel("Update in Welsh (optional)"));
    await page.keyboard.type(UPDATE_CY);
    await tabTo(page, page.getByRole("button", { name: "Add update" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Progress update added", exact: true })).toBeVisible();
    await expect(page.getByTestId("action-history")).toContainText(UPDATE);
    await expectAccessible(page);

    // Not taken forward needs a reason: refused kindly, nothing changes.
    await hydrated(page);
    const status = page.getByLabel("New status");
    await tabTo(page, status);
    await page.keyboard.type("Not");
    await expect(status).toHaveValue("not_taken_forward");
    await tabTo(page, page.getByRole("button", { name: "Change status" }));
    await page.keyboard.press("Enter");
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
    await expect(page.getByTestId("action-status")).toContainText("Agreed");
    await expectAccessible(page);

    await tabTo(page, status);
    await page.keyboard.type("Done");
    await expect(status).toHaveValue("done");
    await tabTo(page, page.getByRole("button", { name: "Change status" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Status changed", exact: true })).toBeVisible();
    await expect(page.getByTestId("action-status")).toContainText("Done");
    await expect(page.getByRole("button", { name: "Publish on the public page" })).toHaveCount(0);
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the lead publishes it", async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ADMIN.name}`);
    await expectAccessible(page);
    await page.goto(actionPath);
    await hydrated(page);
    await page.getByRole("button", { name: "Publish on the public page" }).click();
    await expect(page.getByRole("heading", { name: "Action published on the public page", exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/actions?status=done`);
    await expect(page.getByTestId("action-table")).toContainText(TITLE);
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the public page shows it, without JavaScript, in English", async () => {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const visitor = await context.newPage();
    await visitor.goto(`/o/${ADMIN.slug}/you-said-we-did`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("You said, we did");
    const action = visitor
      .locator("article, section, div")
      .filter({ has: visitor.getByRole("heading", { name: TITLE }) })
      .last();
    await expect(visitor.getByRole("heading", { name: TITLE })).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "We asked" }).first()).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "You said" }).first()).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "We did" }).first()).toBeVisible();
    await expect(action).toContainText(themeName);
    await expect(action).toContainText(UPDATE);
    await expect(action).toContainText("Done");
    await expect(visitor.locator("main")).not.toContainText(OWNER.name);
    await expect(visitor.getByRole("button", { name: "Exit this page" })).toBeVisible();
    await expectAccessibleWithoutScripts(visitor);
    await context.close();
  });

  await test.step("in Welsh, as JSON and as a feed", async () => {
    await page.goto(`/o/${ADMIN.slug}/you-said-we-did?lng=cy`);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dywedoch chi, fe wnaethom ni");
    await expect(page.getByRole("heading", { name: TITLE_CY })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fe wnaethom ni" }).first()).toBeVisible();
    await expect(page.locator("main")).toContainText(UPDATE_CY);
    await expectAccessible(page);

    const json = await page.request.get(`/o/${ADMIN.slug}/you-said-we-did.json`);
    expect(json.ok()).toBe(true);
    expect(JSON.stringify(await json.json())).toContain(TITLE);
    const feed = await page.request.get(`/o/${ADMIN.slug}/you-said-we-did.atom?lng=cy`);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain(TITLE_CY);
  });
});
