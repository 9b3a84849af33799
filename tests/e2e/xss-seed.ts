/**
 * Run with tsx (`node --import tsx tests/e2e/xss-seed.ts <org slug> <email> <name> <password> <out.json>`), with
 * DATABASE_URL set to the e2e database: sets up an organisation of its own (so no other spec's pages change) whose
 * stored text is full of script and HTML payloads, through the app's own model functions: a published survey whose
 * title, description, introduction, page, questions and choices carry them, respondents' free-text answers (redacted
 * and stored as a submission would be), a theme in English and Welsh coding those answers, a published action
 * answering it, and a scrutiny panel with an issued pack and a record. Writes every stored text and id to <out.json>
 * (once: a second run reads it back). A separate process because the app's modules import JSON the way tsx and Vite
 * allow and Playwright's loader does not.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { londonDate } from "../../app/components/dates";
import { createAction } from "../../app/actions/actions.server";
import { addEvidence, addUpdate, setPublished } from "../../app/actions/progress.server";
import { setQuotes } from "../../app/actions/said.server";
import { createPanel } from "../../app/panels/panels.server";
import { addComment, addRecommendation, saveFinding } from "../../app/panels/record-write.server";
import { packQuotePreview } from "../../app/panels/pack.server";
import { chooseThemes, createSession } from "../../app/panels/sessions.server";
import { onCurrentText } from "../../app/themes/quote-check.server";
import { recordResponse } from "../../app/respondent/responses.server";
import { validateSubmission } from "../../app/respondent/survey-engine";
import { codebookFor, createTheme } from "../../app/themes/codebook.server";
import { tagPassages } from "../../app/themes/coding.server";
import { getDb } from "../../db/client";
import { makeEngagement, makeOrganisation, makeUser } from "../../db/factories";
import { codings, organisations, responses, surveys, surveyVersions } from "../../db/schema";
import { publishTestSurvey } from "../respondent-helpers";

const [organisationSlug, email, name, password, out] = process.argv.slice(2);

/** Script and HTML that must only ever reach a page as text. */
const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=2">`,
  `"><svg onload="window.__xss=3">`,
  `<a href="javascript:window.__xss=4">click</a>`,
  `{{constructor.constructor('window.__xss=5')()}}`,
  `<b onmouseover="window.__xss=6">bold</b>`,
];
const [SCRIPT, IMG, SVG, LINK, TEMPLATE, BOLD] = PAYLOADS;

/** Each field's text: a word saying which field it is, then a payload, so a page's text shows where it came from. */
const TEXTS = {
  surveyTitle: `Survey ${LINK}`,
  surveyTitleCy: `Arolwg ${LINK}`,
  surveyDescription: `About ${IMG}`,
  surveyDescriptionCy: `Amdano ${IMG}`,
  intro: `Intro ${SVG}`,
  introCy: `Cyflwyniad ${SVG}`,
  pageTitle: `Page ${TEMPLATE}`,
  pageTitleCy: `Tudalen ${TEMPLATE}`,
  choiceTitle: `Felt ${BOLD}`,
  choiceTitleCy: `Teimlo ${BOLD}`,
  choiceDescription: `Hint ${SCRIPT}`,
  choiceDescriptionCy: `Awgrym ${SCRIPT}`,
  good: `Good ${IMG}`,
  goodCy: `Da ${IMG}`,
  bad: `Bad ${SVG}`,
  badCy: `Drwg ${SVG}`,
  commentTitle: `Said ${SCRIPT}`,
  commentTitleCy: `Dweud ${SCRIPT}`,
  commentDescription: `Say ${LINK}`,
  commentDescriptionCy: `Dywedwch ${LINK}`,
  engagementTitle: `Engagement ${BOLD}`,
  engagementTitleCy: `Ymgysylltiad ${BOLD}`,
  purpose: `Purpose ${IMG}`,
  purposeCy: `Diben ${IMG}`,
  themeName: `Theme ${SVG}`,
  themeNameCy: `Thema ${IMG}`,
  themeDescription: `Theme about ${TEMPLATE}`,
  themeDescriptionCy: `Thema am ${TEMPLATE}`,
  actionTitle: `Action ${SCRIPT}`,
  actionTitleCy: `Cam ${BOLD}`,
  weDid: `We did ${IMG}`,
  weDidCy: `Gwnaethom ${SVG}`,
  rationale: `Because ${LINK}`,
  rationaleCy: `Oherwydd ${LINK}`,
  owningTeam: `Team ${TEMPLATE}`,
  update: `Update ${BOLD}`,
  updateCy: `Diweddariad ${SCRIPT}`,
  evidence: `Evidence ${SVG}`,
  panelName: `Panel ${TEMPLATE}`,
  panelNameCy: `Panel CY ${LINK}`,
  terms: `Terms ${SCRIPT}`,
  termsCy: `Cylch ${SCRIPT}`,
  agenda: `Agenda ${IMG}`,
  agendaCy: `Agenda CY ${IMG}`,
  finding: `Finding ${BOLD}`,
  findingCy: `Canfyddiad ${BOLD}`,
  recommendation: `Recommend ${SVG}`,
  recommendationCy: `Argymell ${SVG}`,
  toWhom: `Whom ${LINK}`,
  comment: `Comment ${TEMPLATE}`,
};

/** Free-text answers: every payload twice, in the words a respondent might wrap round it. */
const ANSWERS = Array.from({ length: 12 }, (_, i) => `Reply ${i + 1} ${PAYLOADS[i % PAYLOADS.length]} waited weeks`);

const t = (en: string, cy: string) => ({ default: en, cy });
const optOut = { value: "prefer_not_to_say", text: t("Prefer not to say", "Mae'n well gennyf beidio â dweud") };

const DEFINITION = {
  title: t(TEXTS.surveyTitle, TEXTS.surveyTitleCy),
  description: t(TEXTS.surveyDescription, TEXTS.surveyDescriptionCy),
  pages: [
    {
      name: "main",
      title: t(TEXTS.pageTitle, TEXTS.pageTitleCy),
      elements: [
        {
          type: "radiogroup",
          name: "felt",
          title: t(TEXTS.choiceTitle, TEXTS.choiceTitleCy),
          description: t(TEXTS.choiceDescription, TEXTS.choiceDescriptionCy),
          choices: [
            { value: "good", text: t(TEXTS.good, TEXTS.goodCy) },
            { value: "bad", text: t(TEXTS.bad, TEXTS.badCy) },
            optOut,
          ],
        },
        {
          type: "comment",
          name: "said",
          title: t(TEXTS.commentTitle, TEXTS.commentTitleCy),
          description: t(TEXTS.commentDescription, TEXTS.commentDescriptionCy),
        },
      ],
    },
  ],
};

async function seed() {
  const db = getDb();
  const today = londonDate(new Date());
  const organisation = makeOrganisation(db, { slug: organisationSlug, name: "Dyfed Test Police", nameCy: "Heddlu Prawf Dyfed" });
  // "Exit this page" stays on this machine: the browser tests fail on any request that leaves it.
  db.update(organisations).set({ quickExitUrl: "/accessibility" }).where(eq(organisations.id, organisation.id)).run();
  const admin = await makeUser(db, {
    organisationId: organisation.id,
    email,
    name,
    password,
    roles: ["admin", "analyst", "panel_member"],
  });
  const actor = { id: admin.id, organisation: { id: organisation.id } };
  const engagement = makeEngagement(db, {
    organisationId: organisation.id,
    title: TEXTS.engagementTitle,
    titleCy: TEXTS.engagementTitleCy,
    purpose: TEXTS.purpose,
    purposeCy: TEXTS.purposeCy,
    audience: "People who reported a crime",
    leadUserId: admin.id,
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    status: "listening",
  });
  const slug = `${organisationSlug}-survey`;
  const surveyId = publishTestSurvey(actor, slug, DEFINITION, {
    intro: { en: TEXTS.intro, cy: TEXTS.introCy },
  });
  // The engagement the survey listens for: themes, actions and panels hang off it.
  db.update(surveys).set({ engagementId: engagement.id }).where(eq(surveys.id, surveyId)).run();
  const version = db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get();
  if (!version) throw new Error("The survey was not published.");

  ANSWERS.forEach((said, i) => {
    const checked = validateSubmission(version.definition, { felt: i % 2 === 0 ? "good" : "bad", said }, "en");
    if (!checked.ok) throw new Error(`answer ${i} refused: ${JSON.stringify(checked)}`);
    recordResponse({
      organisationId: organisation.id,
      surveyId,
      versionId: version.id,
      definition: version.definition,
      channelId: null,
      language: "en",
      answers: checked.answers,
      submissionKey: `xss-${organisationSlug}-${i}`,
    });
  });
  const stored = db
    .select({ id: responses.id, answers: responses.answers })
    .from(responses)
    .where(eq(responses.surveyId, surveyId))
    .orderBy(responses.id)
    .all();
  const stray = stored.find((row, i) => row.answers.said !== ANSWERS[i]);
  if (stray) throw new Error(`redaction changed an answer: ${JSON.stringify(stray.answers)}`);

  const codebook = codebookFor(organisation.id, surveyId);
  const theme = createTheme(actor, codebook, {
    name: TEXTS.themeName,
    nameCy: TEXTS.themeNameCy,
    description: TEXTS.themeDescription,
    descriptionCy: TEXTS.themeDescriptionCy,
    parentId: null,
  });
  if (!theme.ok) throw new Error(`theme not made: ${theme.error}`);
  for (const row of stored) {
    const text = String(row.answers.said);
    tagPassages(actor, codebook, {
      responseId: row.id,
      answerKey: "said",
      passages: [{ start: 0, end: text.length }],
      themeIds: [theme.id],
    });
  }

  const action = createAction(actor, {
    engagementId: engagement.id,
    title: TEXTS.actionTitle,
    titleCy: TEXTS.actionTitleCy,
    description: TEXTS.weDid,
    descriptionCy: TEXTS.weDidCy,
    rationale: TEXTS.rationale,
    rationaleCy: TEXTS.rationaleCy,
    owningTeam: TEXTS.owningTeam,
    ownerUserId: admin.id,
    raisedOn: today,
    targetDate: null,
    themeId: [theme.id],
  });
  if (!action.ok) throw new Error(`action not made: ${action.error}`);
  addUpdate(actor, action.id, { updateOn: today, body: TEXTS.update, bodyCy: TEXTS.updateCy, isPublic: true });
  addEvidence(actor, action.id, { evidenceLabel: TEXTS.evidence, evidenceUrl: "https://www.example.org/evidence" });
  // The first six answers carry every payload once: all of them are quoted on the public page.
  const quoted = db
    .select({ id: codings.id })
    .from(codings)
    .where(and(eq(codings.themeId, theme.id), eq(codings.organisationId, organisation.id)))
    .orderBy(codings.id)
    .limit(6)
    .all()
    .map((row) => row.id);
  // Chosen as the chooser sends them: each with the fingerprint of the words the seed "read".
  const chosen = onCurrentText(
    organisation.id,
    quoted.map((codingId) => ({ codingId, decision: "safe" as const })),
  );
  const quotes = setQuotes(actor, action.id, quoted, new Map(chosen.map((d) => [d.codingId, d.readHash])));
  if (!quotes.ok) throw new Error(`quotes not chosen: ${quotes.error}`);
  const published = setPublished(actor, action.id, true);
  if (!published.ok) throw new Error(`action not published: ${published.error}`);

  const panel = createPanel(actor, {
    name: TEXTS.panelName,
    nameCy: TEXTS.panelNameCy,
    termsOfReference: TEXTS.terms,
    termsOfReferenceCy: TEXTS.termsCy,
    memberId: [admin.id],
    chairUserId: admin.id,
    engagementId: [engagement.id],
  });
  if (!panel.ok) throw new Error(`panel not set up: ${panel.error}`);
  const session = createSession(actor, panel.id, { heldOn: today, agenda: TEXTS.agenda, agendaCy: TEXTS.agendaCy });
  // Every payload is confirmed safe to quote, so the pack carries them (the quote check, ADR 0017).
  const read = packQuotePreview(organisation.id, [theme.id], actor.id).flatMap((entry) =>
    entry.quotes.map((quote) => ({ codingId: quote.codingId, decision: "safe" as const, readHash: quote.textHash })),
  );
  const issued = chooseThemes(actor, panel.id, session.id, { themeId: [theme.id] }, true, read);
  if (!issued.ok) throw new Error(`pack not issued: ${issued.error}`);
  const recorded = [
    saveFinding(actor, session.id, theme.id, {
      outcome: "area_for_improvement",
      observations: TEXTS.finding,
      observationsCy: TEXTS.findingCy,
    }),
    addRecommendation(actor, session.id, theme.id, {
      what: TEXTS.recommendation,
      whatCy: TEXTS.recommendationCy,
      toWhom: TEXTS.toWhom,
      priority: "high",
    }),
    addComment(actor, session.id, { commentThemeId: theme.id, body: TEXTS.comment }),
  ];
  const refused = recorded.find((done) => !done.ok);
  if (refused) throw new Error(`record not written: ${JSON.stringify(refused)}`);

  return {
    organisationSlug,
    payloads: PAYLOADS,
    texts: TEXTS,
    answers: ANSWERS,
    surveySlug: slug,
    surveyId,
    engagementId: engagement.id,
    responseId: stored[0].id,
    themeId: theme.id,
    actionId: action.id,
    panelId: panel.id,
    sessionId: session.id,
  };
}

if (!existsSync(out)) writeFileSync(out, JSON.stringify(await seed()));
process.stdout.write(readFileSync(out, "utf8"));
