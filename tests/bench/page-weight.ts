/**
 * What the first survey page costs a respondent's phone: bytes of HTML, script
 * and style (raw and gzip) for the welcome page, the first survey page without
 * JavaScript (the plain form) and with it (the same plain form and its small
 * script; React and the survey renderer load only for a question the plain
 * form cannot offer),
 * against a bare HTML form of the same questions and the targets
 * (≤ 20 KB without JavaScript, ≤ 60 KB with it); and time to first byte.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { closeDb } from "../../db/client";
import { startServer } from "../server-process";
import type { Scenario } from "./scenarios";
import { benchSurvey } from "./seed";

type Weight = { raw: number; gzip: number; scripts: number; styles: number };

async function weigh(page: Page, url: string, ready: (page: Page) => Promise<void>): Promise<Weight> {
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (["document", "script", "stylesheet"].includes(type))
      bodies.push(
        response
          .body()
          .then((body) => ({ type, body }))
          .catch(() => ({ type, body: Buffer.alloc(0) })),
      );
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState("networkidle");
  const all = await Promise.all(bodies);
  const sum = (list: { body: Buffer }[], zip: boolean) =>
    list.reduce((n, { body }) => n + (zip ? gzipSync(body).length : body.length), 0);
  return {
    raw: sum(all, false),
    gzip: sum(all, true),
    scripts: sum(
      all.filter((b) => b.type === "script"),
      true,
    ),
    styles: sum(
      all.filter((b) => b.type === "stylesheet"),
      true,
    ),
  };
}

export const pageWeight: Scenario = {
  name: "respondent page weight",
  async run({ quick }) {
    const survey = await benchSurvey();
    closeDb();
    const server = await startServer({ DATABASE_URL: process.env.DATABASE_URL!, LOG_LEVEL: "warn" });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const answerUrl = `${server.base}/s/${survey.slug}/answer`;
      const withJs = await browser.newContext();
      const enhanced = await weigh(await withJs.newPage(), answerUrl, (p) => p.locator("html[data-vv-enhanced=true]").waitFor());
      const withoutJs = await browser.newContext({ javaScriptEnabled: false });
      const plainPage = await withoutJs.newPage();
      const plain = await weigh(plainPage, answerUrl, async () => undefined);
      const welcome = await weigh(await withoutJs.newPage(), `${server.base}/s/${survey.slug}`, async () => undefined);
      // The baseline: the same questions as a bare HTML form, no styles, no scripts.
      const bareForm = Buffer.from(
        `<!doctype html><html lang="en"><title>Survey</title>${await plainPage
          .locator("form#answer-form")
          .evaluate((f) => f.outerHTML)
          .catch(() => "")}</html>`,
      );
      const bare = { raw: bareForm.length, gzip: gzipSync(bareForm).length };

      const times: number[] = [];
      for (let i = 0; i < (quick ? 5 : 40); i += 1) {
        const started = performance.now();
        const response = await fetch(answerUrl);
        times.push(performance.now() - started);
        await response.arrayBuffer();
      }
      times.sort((a, b) => a - b);
      const kb = (n: number) => n / 1024;

      return [
        { label: "welcome page, gzip (HTML + CSS + exit script)", ours: kb(welcome.gzip), baseline: kb(bare.gzip), unit: "KB" },
        {
          label: "first survey page without JavaScript, gzip (HTML + CSS)",
          ours: kb(plain.gzip),
          baseline: kb(bare.gzip),
          unit: "KB",
          target: "≤ 20 KB",
          met: plain.gzip <= 20 * 1024,
          note: `raw ${kb(plain.raw).toFixed(1)} KB`,
        },
        {
          label: "first survey page with JavaScript, gzip (HTML + JS + CSS)",
          ours: kb(enhanced.gzip),
          baseline: kb(bare.gzip),
          unit: "KB",
          target: "≤ 60 KB",
          met: enhanced.gzip <= 60 * 1024,
          note: `raw ${kb(enhanced.raw).toFixed(0)} KB; scripts ${kb(enhanced.scripts).toFixed(0)} KB gzip, styles ${kb(enhanced.styles).toFixed(0)} KB gzip`,
        },
        { label: "time to first byte of the first survey page (median)", ours: times[Math.floor(times.length / 2)], unit: "ms" },
      ];
    } finally {
      await browser.close();
      server.child.kill("SIGTERM");
      await server.exited;
    }
  },
};
