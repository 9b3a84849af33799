/**
 * Figures per batch for the survey's pages: invited, left out by each rule, sending progress and delivery (part A's
 * counts per batch, never per person) and answered. Answered counts responses, so it goes through disclosure control
 * (app/insights/disclosure.ts): a small number shows as "fewer than N".
 */
import { getDb } from "../../db/client";
import { suppressCount, type Shown } from "../insights/disclosure";
import { batchSendingProgress, type SendingProgress } from "../notify/outbox.server";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { listBatches, type Batch } from "./batches.server";

export type BatchFigures = {
  id: number;
  status: Batch["status"];
  channelLabel: string;
  createdAt: string;
  invited: number;
  skipped: number;
  delivered: number;
  answered: Shown;
};

const skippedOf = (batch: Pick<Batch, "report">) => Object.values(batch.report.skipped).reduce((sum, n) => sum + n, 0);

export function batchFigures(organisationId: number, surveyId: number): BatchFigures[] {
  const threshold = disclosureThresholdFor(organisationId);
  const db = getDb();
  return listBatches({ organisationId, surveyId }).map((batch) => ({
    id: batch.id,
    status: batch.status,
    channelLabel: batch.channelLabel,
    createdAt: batch.createdAt,
    invited: batch.invited,
    skipped: skippedOf(batch),
    delivered: batchSendingProgress(db, organisationId, batch.id).counts.invitation.delivered,
    answered: suppressCount(batch.answered, threshold),
  }));
}

/** One batch's progress with its answered count through disclosure control. */
export function batchProgress(
  organisationId: number,
  batch: Pick<Batch, "id" | "answered">,
): { sending: SendingProgress; answered: Shown } {
  return {
    sending: batchSendingProgress(getDb(), organisationId, batch.id),
    answered: suppressCount(batch.answered, disclosureThresholdFor(organisationId)),
  };
}
