import type { Role } from "../accounts/roles";
import { SURVEY_READERS } from "../surveys/access";

/**
 * Who may read figures: the people who read surveys (admin, engagement lead,
 * analyst, action owner). Scrutiny panel members never do: they see the
 * theme packs prepared for their panel, not the dashboards.
 */
export const INSIGHT_READERS: Role[] = SURVEY_READERS;
