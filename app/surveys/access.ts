import type { Params } from "@remix-run/react";
import { ENGAGEMENT_EDITORS, ENGAGEMENT_READERS } from "../engagements/access";
import { notFound } from "../http/responses";

/** Surveys belong to engagement work: the same people read and design them. */
export const SURVEY_READERS = ENGAGEMENT_READERS;
export const SURVEY_DESIGNERS = ENGAGEMENT_EDITORS;

export function surveyIdFrom(params: Params): number {
  const id = Number(params.surveyId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}
