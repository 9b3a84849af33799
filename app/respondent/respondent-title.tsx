import { useMatches } from "@remix-run/react";
import { useContext } from "react";
// The one place we read the router's state directly: Remix 2's `meta` sees only loader data, but a respondent page
// after a form post is the action's answer (page 3 of 5, an error, thanks), and its title must say so, with or
// without JavaScript. Replace with route `meta` when React Router 7's meta receives action data.
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from "react-router";
import type { RouteHandle } from "~/root";
import { respondentTitle } from "./meta";

/** The <title> of a respondent page, from what the page is showing now. */
export function RespondentTitle() {
  const state = useContext(DataRouterStateContext);
  const match = [...useMatches()].reverse().find((m) => (m.handle as RouteHandle | undefined)?.respondent);
  if (!match) return null;
  const shown = state?.actionData?.[match.id] ?? match.data;
  return <title>{respondentTitle(shown)}</title>;
}
