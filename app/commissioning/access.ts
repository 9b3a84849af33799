/**
 * Who may do what with commissioning. Pure, so pages can hide what the server would refuse anyway.
 *
 * Only admins manage relationships (invite, accept, decline, end, theme sharing, adopting the outcome survey) and
 * the outcome framework. Those who read figures and themes in their own organisation (admins, engagement leads,
 * analysts) read the themes services share. Panel members and action owners see none of it.
 */
import type { Role } from "../accounts/roles";

export const COMMISSIONING_MANAGERS: Role[] = ["admin"];
export const SHARED_THEME_READERS: Role[] = ["admin", "engagement_lead", "analyst"];
