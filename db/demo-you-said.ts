/**
 * The demo's "you said, we did": a few themes on the first engagement's codebook, the demo answers that mention them
 * coded (whole answers, by simple phrase matching), and three actions answering them, two published and one not, with
 * a chosen quote, progress updates and evidence. Deterministic: the same answers give the same rows.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "./client";
import { actionEvidence, actionQuotes, actions, actionThemes, actionUpdates, codings, responses, themes } from "./schema";
import { addDays } from "../app/engagements/stages";
import { onCurrentText, recordQuoteChecks } from "../app/themes/quote-check.server";

type DemoTheme = { key: string; name: string; nameCy: string; description: string; phrases: RegExp };

/** Phrases of the made-up answers (db/answer-text.ts) that belong to each theme, in English and Welsh. */
const DEMO_THEMES: DemoTheme[] = [
  {
    key: "informed",
    name: "Being kept informed",
    nameCy: "Cael gwybod beth sy'n digwydd",
    description: "Updates about the case: how often, how clear, and whether people had to chase them.",
    phrases: /up to date|chase|never told|updates were|court date|wybodaeth ddiweddaraf|ffonio bob tro/i,
  },
  {
    key: "waiting",
    name: "Waiting for a response",
    nameCy: "Aros am ymateb",
    description: "How long people waited for someone to come, to take a statement, or to answer the phone.",
    phrases: /waited|took weeks|101 line|aros/i,
  },
  {
    key: "support",
    name: "Being referred to support",
    nameCy: "Cael eich cyfeirio at gymorth",
    description: "Whether people were told about victim support services, and when.",
    phrases: /victim hub|support services|support worker/i,
  },
];

/** Codes every demo answer of the survey that mentions a theme; returns the theme ids and each theme's first coding. */
function codeDemoAnswers(db: Db, organisationId: number, engagementId: number, surveyId: number, analystId: number) {
  const themeIds = new Map<string, number>();
  for (const theme of DEMO_THEMES) {
    const row = db
      .insert(themes)
      .values({
        organisationId,
        engagementId,
        name: theme.name,
        nameCy: theme.nameCy,
        description: theme.description,
        createdBy: analystId,
      })
      .returning({ id: themes.id })
      .get();
    themeIds.set(theme.key, row.id);
  }
  const firstCoding = new Map<string, number>();
  const answered = db
    .select({ id: responses.id, answers: responses.answers, language: responses.language })
    .from(responses)
    .where(and(eq(responses.organisationId, organisationId), eq(responses.surveyId, surveyId)))
    .orderBy(asc(responses.id))
    .all();
  for (const response of answered) {
    for (const [answerKey, value] of Object.entries(response.answers)) {
      if (typeof value !== "string" || value.length < 20) continue;
      for (const theme of DEMO_THEMES) {
        if (!theme.phrases.test(value)) continue;
        const coding = db
          .insert(codings)
          .values({
            organisationId,
            responseId: response.id,
            answerKey,
            start: 0,
            end: value.length,
            themeId: themeIds.get(theme.key)!,
            coderUserId: analystId,
          })
          .returning({ id: codings.id })
          .get();
        // The quote: an English answer whose redaction left nothing that reads oddly out of context.
        if (!firstCoding.has(theme.key) && response.language === "en" && !/\[/.test(value)) {
          firstCoding.set(theme.key, coding.id);
        }
      }
    }
  }
  return { themeIds, firstCoding };
}

export function seedDemoYouSaidWeDid(
  db: Db,
  ids: { organisationId: number; engagementId: number; surveyId: number; analystId: number; ownerId: number; leadId: number },
  today: string,
) {
  const { themeIds, firstCoding } = codeDemoAnswers(db, ids.organisationId, ids.engagementId, ids.surveyId, ids.analystId);
  const moment = (day: string) => `${day}T10:00:00.000Z`;
  const base = {
    organisationId: ids.organisationId,
    engagementId: ids.engagementId,
    ownerUserId: ids.ownerId,
    createdBy: ids.leadId,
  };

  const named = db
    .insert(actions)
    .values({
      ...base,
      title: "A named contact for every domestic abuse report",
      titleCy: "Cyswllt wedi'i enwi ar gyfer pob adroddiad o gam-drin domestig",
      description:
        "Everyone who reports domestic abuse now gets the name and direct number of an officer who will update them at least every 28 days, and tell them the same day when the case is closed.",
      descriptionCy:
        "Mae pawb sy'n rhoi gwybod am gam-drin domestig nawr yn cael enw a rhif uniongyrchol swyddog a fydd yn rhoi'r wybodaeth ddiweddaraf iddyn nhw o leiaf bob 28 diwrnod, ac yn dweud wrthyn nhw ar yr un diwrnod pan fydd yr achos yn cael ei gau.",
      rationale:
        "Being kept informed was what people raised most. Many had to chase for news, and some only found out that their case had closed long afterwards.",
      rationaleCy:
        "Cael gwybod beth sy'n digwydd oedd y peth a godwyd amlaf. Roedd rhaid i lawer fynd ar ôl newyddion, a dim ond ymhen hir y cafodd rhai wybod bod eu hachos wedi cau.",
      owningTeam: "Public Protection Unit",
      status: "done",
      raisedOn: addDays(today, -50),
      agreedOn: addDays(today, -45),
      targetDate: addDays(today, -10),
      doneOn: addDays(today, -12),
      published: true,
      publishedAt: moment(addDays(today, -44)),
      updatedAt: moment(addDays(today, -12)),
    })
    .returning({ id: actions.id })
    .get();
  db.insert(actionThemes)
    .values({ actionId: named.id, themeId: themeIds.get("informed")! })
    .run();
  const quote = firstCoding.get("informed");
  if (quote !== undefined)
    db.transaction((tx) => {
      tx.insert(actionQuotes).values({ actionId: named.id, codingId: quote }).run();
      // Chosen by the engagement lead, who read it: confirmed safe to quote (ADR 0017), or the public page leaves it out.
      const lead = { id: ids.leadId, organisation: { id: ids.organisationId } };
      recordQuoteChecks(tx, lead, onCurrentText(ids.organisationId, [{ codingId: quote, decision: "safe" }], tx), {
        via: "action",
        actionId: named.id,
      });
    });
  db.insert(actionUpdates)
    .values([
      {
        actionId: named.id,
        updateOn: addDays(today, -30),
        body: "Every officer in the Public Protection Unit has been trained, and the update letters have been rewritten with survivors from the victim hub.",
        bodyCy:
          "Mae pob swyddog yn yr Uned Diogelu'r Cyhoedd wedi cael hyfforddiant, ac mae'r llythyrau diweddaru wedi'u hailysgrifennu gyda goroeswyr o'r hyb dioddefwyr.",
        statusFrom: "agreed",
        statusTo: "in_progress",
        authorUserId: ids.ownerId,
      },
      {
        actionId: named.id,
        updateOn: addDays(today, -20),
        body: "Rota gaps in the north of the county: cover arranged from the central team.",
        isPublic: false,
        authorUserId: ids.ownerId,
      },
      {
        actionId: named.id,
        updateOn: addDays(today, -12),
        body: "Named contacts started for every new report. We will check in six months whether people feel better informed.",
        bodyCy:
          "Mae cysylltiadau wedi'u henwi wedi dechrau ar gyfer pob adroddiad newydd. Byddwn ni'n gwirio ymhen chwe mis a yw pobl yn teimlo eu bod yn cael gwell gwybodaeth.",
        statusFrom: "in_progress",
        statusTo: "done",
        authorUserId: ids.ownerId,
      },
    ])
    .run();
  db.insert(actionEvidence)
    .values({
      actionId: named.id,
      label: "Victim contact standard (policy, PDF)",
      url: "https://www.example.org/policies/victim-contact-standard.pdf",
      addedBy: ids.ownerId,
    })
    .run();

  // Welsh left out of the rationale on purpose: the Welsh page shows the English, marked as English.
  const waiting = db
    .insert(actions)
    .values({
      ...base,
      title: "Answer the 101 line faster in the evenings",
      titleCy: "Ateb y llinell 101 yn gynt gyda'r nos",
      description: "Six more call handlers on the evening shift, and a call-back offer when the wait is over ten minutes.",
      descriptionCy:
        "Chwech yn rhagor o bobl i ateb galwadau ar y shifft gyda'r nos, a chynnig i'ch ffonio'n ôl pan fydd yr aros dros ddeg munud.",
      rationale: "People told us they waited too long on the 101 line, most of all in the evening.",
      owningTeam: "Force Contact Centre",
      status: "in_progress",
      raisedOn: addDays(today, -40),
      agreedOn: addDays(today, -35),
      targetDate: addDays(today, 45),
      published: true,
      publishedAt: moment(addDays(today, -34)),
    })
    .returning({ id: actions.id })
    .get();
  db.insert(actionThemes)
    .values({ actionId: waiting.id, themeId: themeIds.get("waiting")! })
    .run();
  db.insert(actionUpdates)
    .values({
      actionId: waiting.id,
      updateOn: addDays(today, -7),
      body: "Four of the six new call handlers have started.",
      bodyCy: "Mae pedwar o'r chwech o bobl newydd i ateb galwadau wedi dechrau.",
      authorUserId: ids.ownerId,
    })
    .run();

  // Not published: it must never appear on the public page, its JSON or its feed.
  const draft = db
    .insert(actions)
    .values({
      ...base,
      title: "Tell people about the victim hub on the first call",
      description: "Call handlers offer a referral to the victim hub on every domestic abuse call.",
      owningTeam: "Force Contact Centre",
      status: "proposed",
      raisedOn: addDays(today, -5),
    })
    .returning({ id: actions.id })
    .get();
  db.insert(actionThemes)
    .values({ actionId: draft.id, themeId: themeIds.get("support")! })
    .run();

  // Agreed but past its target date: the lead's and the owner's home pages flag it as overdue.
  const overdue = db
    .insert(actions)
    .values({
      ...base,
      title: "Send a written summary after every victim statement",
      description: "Officers send a short written summary of what happens next after taking a statement.",
      owningTeam: "Public Protection Unit",
      ownerUserId: ids.ownerId,
      status: "agreed",
      raisedOn: addDays(today, -60),
      agreedOn: addDays(today, -55),
      targetDate: addDays(today, -3),
    })
    .returning({ id: actions.id })
    .get();
  db.insert(actionThemes)
    .values({ actionId: overdue.id, themeId: themeIds.get("support")! })
    .run();
  return { published: [named.id, waiting.id], unpublished: [draft.id, overdue.id] };
}
