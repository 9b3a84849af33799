import type { MetaArgs, MetaDescriptor } from "@remix-run/node";
import { fixedT, isLanguage } from "~/i18n/i18n";

type RootData = { lang?: string } | undefined;

/** "<page> – Victim Voice", in the page's language, for a route's `meta`. */
export function pageTitle(matches: MetaArgs["matches"], key: string): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as RootData;
  const t = fixedT(isLanguage(root?.lang) ? root.lang : "en");
  return [{ title: `${t(key)} – ${t("common.serviceName")}` }];
}
