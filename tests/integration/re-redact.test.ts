/**
 * `npm run redact -- --since <day>` (issue 19): stored answers are redacted again from the kept originals with the
 * rules of today, in transactions, audited, reporting how many answers changed; older responses and answers the
 * rules already treat the same are left alone, and a second run changes nothing.
 */
import { execFileSync } from "node:child_process";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditEvents, responses, surveyVersions } from "../../db/schema";
import { reRedactSince } from "../../app/responses/re-redact.server";
import { makeOrganisationWithUsers } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";

let organisationId: number;
let surveyId: number;
let versionId: number;

function store(key: string, submittedOn: string, better: string, original?: string) {
  return getDb()
    .insert(responses)
    .values({
      organisationId,
      surveyId,
      surveyVersionId: versionId,
      language: "en",
      submittedOn,
      answers: { reported: "yes", better },
      unredactedText: original ? { better: original } : {},
      submissionKey: `re-redact-${key}-aaaaaaaaaaaa`,
    })
    .returning({ id: responses.id })
    .get().id;
}

const stored = (id: number) =>
  getDb()
    .select({ answers: responses.answers, unredacted: responses.unredactedText })
    .from(responses)
    .where(eq(responses.id, id))
    .get()!;

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("reredact");
  organisationId = org.organisation.id;
  surveyId = publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: organisationId } }, "reredact");
  versionId = getDb().select({ id: surveyVersions.id }).from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get()!
    .id;
});

describe("re-redaction", () => {
  it("redacts stored answers again from their originals, audited, and changes nothing on a second run", () => {
    // As the rules before issue 19 stored them: a surname alone and an address without a postcode slipped through.
    const missed = store("missed", "2026-11-20", "Okafor was rude to me at 27 Gladstone Street");
    const partly = store(
      "partly",
      "2026-11-21",
      "PC [name] said he lives at flat 3, 27 Gladstone Street",
      "PC Hughes said he lives at flat 3, 27 Gladstone Street",
    );
    const clean = store("clean", "2026-11-22", "Nobody kept me informed");
    const older = store("older", "2026-10-01", "Okafor was rude to me");

    const result = reRedactSince("2026-11-01");
    expect(result).toMatchObject({ responses: 3, responsesChanged: 2, answersChanged: 2 });
    expect(stored(missed)).toEqual({
      answers: { reported: "yes", better: "[name] was rude to me at [address]" },
      unredacted: { better: "Okafor was rude to me at 27 Gladstone Street" },
    });
    expect(stored(partly).answers.better).toBe("PC [name] said he lives at [address]");
    expect(stored(partly).unredacted).toEqual({ better: "PC Hughes said he lives at flat 3, 27 Gladstone Street" });
    expect(stored(clean)).toEqual({ answers: { reported: "yes", better: "Nobody kept me informed" }, unredacted: {} });
    expect(stored(older).answers.better).toBe("Okafor was rude to me");

    const audit = getDb()
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, "responses.reredacted")))
      .all();
    expect(audit.map((a) => a.detail)).toEqual([{ since: "2026-11-01", responses: 2, answers: 2 }]);

    expect(reRedactSince("2026-11-01")).toMatchObject({ responses: 3, responsesChanged: 0, answersChanged: 0 });
    expect(() => reRedactSince("1 November")).toThrow(/not a day/);
  });

  it("runs as `npm run redact -- --since <day>` and says how many answers changed", () => {
    store("cli", "2026-11-25", "Kowalski followed me home");
    getDb().$client.pragma("wal_checkpoint(TRUNCATE)");
    const output = execFileSync(process.execPath, ["--import", "tsx", "db/redact.ts", "--since", "2026-11-24"], {
      env: { ...process.env },
      encoding: "utf8",
    });
    expect(output).toMatch(/Re-redacted 1 responses submitted since 2026-11-24: 1 answers in 1 responses changed\./);
    const row = getDb()
      .select({ answers: responses.answers })
      .from(responses)
      .where(eq(responses.submissionKey, "re-redact-cli-aaaaaaaaaaaa"))
      .get()!;
    expect(row.answers.better).toBe("[name] followed me home");
  }, 60_000);

  it("applies the kinds added later (workplaces, ages beside names) to answers stored before them", () => {
    const id = store(
      "kinds",
      "2026-12-02",
      "I work at the Morrisons in Caerphilly and the driver, [name], 23, was banned",
      "I work at the Morrisons in Caerphilly and the driver, Dave Okonkwo, 23, was banned",
    );
    expect(reRedactSince("2026-12-01")).toMatchObject({ responses: 1, responsesChanged: 1, answersChanged: 1 });
    expect(stored(id).answers.better).toBe("I work at [workplace or school] and the driver, [name], [age], was banned");
    expect(reRedactSince("2026-12-01")).toMatchObject({ responses: 1, responsesChanged: 0, answersChanged: 0 });
  });
});
