/**
 * The demo's practice self-assessments: a benchmark signed off about a year ago, with two of its gaps raised as
 * actions, and this year's, better on most stages. Written through the practice model's own functions, by the
 * engagement lead and the analyst as colleagues would, so the demo shows exactly what the product builds.
 */
import { addDays } from "../app/engagements/stages";
import { raiseGapAction } from "../app/practice/gaps.server";
import { rateStage, signOffAssessment, startAssessment } from "../app/practice/practice.server";
import type { PracticeLevel } from "../app/practice/profile";
import { DEFAULT_STATEMENTS } from "../app/practice/statements";
import type { Role } from "./schema";

type Actor = { id: number; organisation: { id: number } };

/** Levels a year ago, and now: most statements move up one level, a few stay where they were. */
const LAST_YEAR: PracticeLevel[] = ["developing", "not_started", "developing", "established", "developing", "not_started"];
const THIS_YEAR: PracticeLevel[] = ["established", "developing", "established", "embedded", "established", "developing"];

function rateAll(lead: Actor, analyst: Actor, assessmentId: number, levels: PracticeLevel[], notes: string) {
  DEFAULT_STATEMENTS.forEach((statement, index) => {
    // The analyst rates listening and inclusion, where the evidence is theirs; the lead the rest.
    const who = statement.stage === "listen" || statement.stage === "inclusion" ? analyst : lead;
    const result = rateStage(who, assessmentId, statement.stage, [
      {
        statementKey: statement.key,
        level: levels[index % levels.length],
        notes: index % 3 === 0 ? notes : "",
        evidenceLinks: index % 4 === 0 ? ["https://intranet.example.org/victim-engagement"] : [],
      },
    ]);
    if (!result.ok) throw new Error(`demo practice rating refused: ${result.error}`);
  });
}

function signedOff(
  lead: Actor,
  analyst: Actor,
  name: string,
  assessedOn: string,
  levels: PracticeLevel[],
  notes: string,
  today: string,
) {
  const started = startAssessment(lead, { name, assessedOn });
  if (!started.ok) throw new Error(`demo assessment refused: ${started.error}`);
  rateAll(lead, analyst, started.id, levels, notes);
  const signed = signOffAssessment(lead, started.id, today);
  if (!signed.ok) throw new Error(`demo sign-off refused: ${signed.error}`);
  return started.id;
}

export function seedDemoPractice(organisationId: number, engagementId: number, idOf: (role: Role) => number, today: string) {
  const lead = { id: idOf("engagement_lead"), organisation: { id: organisationId } };
  const analyst = { id: idOf("analyst"), organisation: { id: organisationId } };
  const lastYearOn = addDays(today, -380);
  const first = signedOff(
    lead,
    analyst,
    "Practice benchmark, last year",
    lastYearOn,
    LAST_YEAR,
    "Started this year; not yet across every engagement.",
    addDays(lastYearOn, 14),
  );
  // Two gaps of last year's benchmark became actions, raised a fortnight after it.
  const raisedOn = addDays(lastYearOn, 14);
  const gaps = [
    {
      key: "purpose_sponsor",
      title: "Name a chief officer sponsor for victim engagement",
      titleCy: "Enwi prif swyddog yn noddwr ymgysylltu â dioddefwyr",
    },
    {
      key: "listen_scrutiny",
      title: "Set up a scrutiny panel with lived experience",
      titleCy: "Sefydlu panel craffu gyda phrofiad bywyd",
    },
  ];
  for (const gap of gaps) {
    const raised = raiseGapAction(
      lead,
      first,
      gap.key,
      {
        engagementId,
        title: gap.title,
        titleCy: gap.titleCy,
        owningTeam: "Victim engagement",
        ownerUserId: idOf("action_owner"),
        targetDate: addDays(raisedOn, 180),
      },
      raisedOn,
    );
    if (!raised.ok) throw new Error(`demo gap action refused: ${raised.error}`);
  }
  signedOff(
    lead,
    analyst,
    "Practice benchmark, this year",
    addDays(today, -14),
    THIS_YEAR,
    "Now part of every engagement plan.",
    today,
  );
}
