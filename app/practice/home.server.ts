import type { SessionUser } from "../accounts/session.server";
import { ukToday } from "../engagements/stages";
import { canLead, PRACTICE_READERS } from "./access";
import { findOpenAssessment, latestSignedOff } from "./practice.server";
import { reassessment } from "./reassessment";

/** The home page's practice reminder, for those who read assessments: due, due soon, open, or never done. */
export function practiceHome(user: SessionUser, today = ukToday()) {
  if (!user.roles.some((role) => PRACTICE_READERS.includes(role))) return null;
  const organisationId = user.organisation.id;
  return {
    reminder: reassessment(latestSignedOff(organisationId), findOpenAssessment(organisationId), today),
    leads: canLead(user.roles),
  };
}
