/**
 * What a finished double-coding sample shows its first coder: kappa per theme
 * from the two independent codings (the first coder's copied into the sample
 * when it was sent, the second coder's made blind), the disagreements with both
 * codings and what the shared coding says now, and their resolution. Which
 * disagreements were resolved is read back from their audit entries.
 */
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditEvents, codings } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { forbidden, notFound } from "../http/responses";
import { agreementByTheme, disagreementsOf, type SampleCoding } from "./agreement";
import { codebookOrder } from "./codebook";
import { getTheme, listThemes, type Codebook } from "./codebook.server";
import { codingsOf, insertCodings, SHARED } from "./coding.server";
import { answerOf } from "./questions.server";
import type { Sample } from "./samples.server";

function sampleCodings(codebook: Codebook, sample: Sample, coderUserId: number): SampleCoding[] {
  const byResponse = codingsOf(codebook.organisationId, sample.responseIds, sample.answerKey, {
    sampleId: sample.id,
    coderUserId,
  });
  return [...byResponse.entries()].flatMap(([responseId, list]) =>
    list.map((c) => ({ responseId, themeId: c.themeId, start: c.start, end: c.end })),
  );
}

const RESOLVED = "coding_sample.resolved";

function resolvedPairs(organisationId: number, sampleId: number): Set<string> {
  const rows = getDb()
    .select({ detail: auditEvents.detail })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organisationId, organisationId),
        eq(auditEvents.objectType, "coding_sample"),
        eq(auditEvents.objectId, String(sampleId)),
        eq(auditEvents.action, RESOLVED),
      ),
    )
    .all();
  return new Set(rows.map((row) => `${row.detail?.responseId}:${row.detail?.themeId}`));
}

/** Kappa per theme, and the disagreements with both codings, what the shared coding says now, and whether resolved. */
export function sampleAgreement(codebook: Codebook, sample: Sample) {
  const order = codebookOrder(listThemes(codebook)).map((t) => t.id);
  const first = sampleCodings(codebook, sample, sample.requestedBy);
  const second = sampleCodings(codebook, sample, sample.coderUserId);
  const now = codingsOf(codebook.organisationId, sample.responseIds, sample.answerKey, SHARED);
  const resolved = resolvedPairs(codebook.organisationId, sample.id);
  const disagreements = disagreementsOf(sample.responseIds, first, second, order).map((d) => ({
    ...d,
    text: answerOf(codebook.organisationId, codebook.survey.id, d.responseId, sample.answerKey)?.text ?? "",
    appliedNow: (now.get(d.responseId) ?? []).some((c) => c.themeId === d.themeId),
    resolved: resolved.has(`${d.responseId}:${d.themeId}`),
  }));
  return {
    themes: agreementByTheme(sample.responseIds, first, second, order),
    disagreements,
    answers: sample.responseIds.length,
  };
}

export type Resolution = "apply" | "remove";

/**
 * The first coder settles a disagreement in the shared coding: apply the theme
 * (with the passages whichever coder marked) or remove it from the answer.
 */
export function resolveDisagreement(
  actor: Actor,
  codebook: Codebook,
  sample: Sample,
  responseId: number,
  themeId: number,
  decision: Resolution,
) {
  if (actor.id !== sample.requestedBy) forbidden();
  if (!sample.completedAt || !sample.responseIds.includes(responseId)) notFound();
  getTheme(codebook, themeId);
  const answer = answerOf(codebook.organisationId, codebook.survey.id, responseId, sample.answerKey);
  if (!answer) notFound();
  const fits = (c: SampleCoding) => c.responseId === responseId && c.themeId === themeId && c.end <= answer.text.length;
  const secondMarked = sampleCodings(codebook, sample, sample.coderUserId).filter(fits);
  const firstMarked = sampleCodings(codebook, sample, sample.requestedBy).filter(fits);
  const appliedNow = (codingsOf(codebook.organisationId, [responseId], sample.answerKey, SHARED).get(responseId) ?? []).some(
    (c) => c.themeId === themeId,
  );
  getDb().transaction((tx) => {
    if (decision === "apply") {
      // Already applied in the shared coding: keep those passages rather than add a second coder's on top.
      const passages = secondMarked.length
        ? secondMarked
        : firstMarked.length
          ? firstMarked
          : [{ start: 0, end: answer.text.length }];
      if (!appliedNow) insertCodings(tx, actor, { responseId, answerKey: sample.answerKey }, passages, [themeId], SHARED);
    } else {
      tx.delete(codings)
        .where(
          and(
            eq(codings.organisationId, actor.organisation.id),
            eq(codings.responseId, responseId),
            eq(codings.answerKey, sample.answerKey),
            eq(codings.themeId, themeId),
            isNull(codings.sampleId),
          ),
        )
        .run();
    }
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: RESOLVED,
      objectType: "coding_sample",
      objectId: sample.id,
      detail: { responseId, themeId, decision },
    });
  });
}
