import type { MetaFunction } from "@remix-run/node";
import { AccessibilityStatement } from "~/components/accessibility-statement";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "accessibility.title");

export default function Accessibility() {
  return <AccessibilityStatement />;
}
