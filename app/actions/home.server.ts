import type { SessionUser } from "../accounts/session.server";
import { ukToday } from "../engagements/stages";
import { canEditActions, canReadActions } from "./access";
import { overdueActions } from "./actions.server";

/**
 * Overdue actions for the home page: every overdue action for those who run
 * the action log (admins and engagement leads), an action owner's own otherwise.
 */
export function homeActions(user: SessionUser, today = ukToday()) {
  const reads = canReadActions(user.roles);
  const all = canEditActions(user.roles);
  const owner = user.roles.includes("action_owner");
  const show = all || owner;
  const rows = show ? overdueActions(user.organisation.id, today, all ? undefined : user.id) : [];
  return {
    reads,
    owner,
    overdue: show
      ? {
          mine: !all,
          rows: rows.map(({ id, title, targetDate, ownerName, owningTeam }) => ({
            id,
            title,
            targetDate,
            ownerName,
            owningTeam,
          })),
        }
      : null,
  };
}
