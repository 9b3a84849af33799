/**
 * Where an action stands, and the rules for moving it on. Pure: no I/O.
 *
 * An action that is agreed, in progress or done has been agreed, so the first
 * of those changes records the day of agreement; reaching done records the day
 * it was done, and reopening it clears that day again. Only "not taken
 * forward" carries a reason, and it must have one (the public page says why).
 */
import { ACTION_STATUSES, type ActionStatus } from "../../db/enums";

export { ACTION_STATUSES, type ActionStatus };

/** Statuses after which nothing more is expected: never overdue. */
export const CLOSED_STATUSES: readonly ActionStatus[] = ["done", "not_taken_forward"];

/** Statuses that mean the force has agreed to act. */
const AGREED_STATUSES: readonly ActionStatus[] = ["agreed", "in_progress", "done"];

/**
 * The moves a person may make. Done can only be reopened (as in progress); an
 * action not taken forward can be reconsidered (proposed again) or agreed after all.
 */
const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  proposed: ["agreed", "in_progress", "done", "not_taken_forward"],
  agreed: ["in_progress", "done", "not_taken_forward", "proposed"],
  in_progress: ["done", "not_taken_forward", "agreed"],
  done: ["in_progress"],
  not_taken_forward: ["proposed", "agreed"],
};

/** The statuses an action can move to from where it stands, in the order the form offers them. */
export function nextStatuses(from: ActionStatus): readonly ActionStatus[] {
  return NEXT[from];
}

export function canMoveTo(from: ActionStatus, to: ActionStatus): boolean {
  return NEXT[from].includes(to);
}

export const needsReason = (status: ActionStatus) => status === "not_taken_forward";

export type StatusFields = {
  status: ActionStatus;
  agreedOn: string | null;
  doneOn: string | null;
  statusReason: string;
  statusReasonCy: string;
};

/** The action's status fields after moving to `to` on the day `on` (YYYY-MM-DD). */
export function applyStatus(
  current: StatusFields,
  to: ActionStatus,
  on: string,
  reason: { en: string; cy: string } = { en: "", cy: "" },
): StatusFields {
  const agreedOn = to === "proposed" ? null : AGREED_STATUSES.includes(to) ? (current.agreedOn ?? on) : current.agreedOn;
  return {
    status: to,
    agreedOn,
    doneOn: to === "done" ? on : null,
    statusReason: needsReason(to) ? reason.en : "",
    statusReasonCy: needsReason(to) ? reason.cy : "",
  };
}

/** Overdue: the target date has passed (before today) and the action is neither done nor not taken forward. */
export function isOverdue(action: { status: ActionStatus; targetDate: string | null }, today: string): boolean {
  return action.targetDate !== null && action.targetDate < today && !CLOSED_STATUSES.includes(action.status);
}
