import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { canEditActions } from "~/actions/access";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { ErrorSummary } from "~/components/form/error-summary";
import { parseForm } from "~/components/form/parse-form";
import { canEditEngagements } from "~/engagements/access";
import { detectLanguage } from "~/i18n/detect.server";
import { badRequest } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS, themeIdFrom } from "~/themes/access";
import { themeDescription, themeName } from "~/themes/codebook";
import { codebookFor, listThemes } from "~/themes/codebook.server";
import { themePassages, untag } from "~/themes/coding.server";
import { leftOutQuotes, putBackQuote } from "~/themes/left-out.server";
import { LeftOutQuotes, revalidateAfterRefusal } from "~/themes/quote-check-forms";
import { freeTextQuestions } from "~/themes/questions.server";
import { untagSchema } from "~/themes/schemas";
import { readHashesFrom } from "~/themes/quote-check";
import { refusal, withholdQuote } from "~/themes/quote-check.server";
import { themeSummary } from "~/themes/summary.server";
import { SummaryView } from "~/themes/summary-view";
import { ThemesHeader } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.theme.caption");

/** The banner after each form. */
const DONE = {
  withhold: "quoteCheck.theme.done",
  "put-back": "quoteCheck.leftOut.done",
  untag: "themes.coding.untagged",
} as const;

const isIntent = (value: unknown): value is keyof typeof DONE => typeof value === "string" && Object.hasOwn(DONE, value);

/** Passages listed on the page; the summary counts them all. */
const LISTED = 100;

/** A refusal because a quote's words changed shows them as they are now (ADR 0017). */
export const shouldRevalidate = revalidateAfterRefusal;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const themeId = themeIdFrom(params);
  const summary = themeSummary(codebook, themeId, user.id);
  const all = listThemes(codebook);
  const lang = detectLanguage(request, user.language);
  const titles = new Map(freeTextQuestions(codebook.survey.id).map((q) => [q.key, lang === "cy" ? q.title.cy : q.title.en]));
  const passages = themePassages(codebook, themeId, user.id);
  return {
    survey: codebook.survey,
    canDesign: canEditEngagements(user.roles),
    canPropose: canEditActions(user.roles),
    theme: summary.theme,
    parent: all.find((row) => row.id === summary.theme.parentId) ?? null,
    children: all.filter((row) => row.parentId === themeId),
    summary,
    passages: passages.slice(0, LISTED).map((p) => ({ ...p, question: titles.get(p.answerKey) ?? p.answerKey })),
    passageCount: passages.length,
    leftOut: leftOutQuotes(user.organisation.id, [themeId], codebook.survey.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const themeId = themeIdFrom(params);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isIntent(intent)) badRequest();
  const parsed = parseForm(untagSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  if (intent !== "untag") {
    // The quote check (ADR 0017): leave a quote out, or put one left out back for checking, for the words shown.
    const { codingId } = parsed.data;
    const readHash = readHashesFrom(formData.entries()).get(codingId) ?? "";
    const decided =
      intent === "withhold"
        ? withholdQuote(user, themeId, codingId, readHash)
        : putBackQuote(user, codingId, readHash, { via: "theme", themeId });
    if (!decided.ok) return data(refusal(user.organisation.id, decided), { status: 400 });
    return data({ ok: true as const, done: intent });
  }
  untag(user, codebook, parsed.data.codingId);
  return data({ ok: true as const, done: intent });
}

export default function ThemePage() {
  const { t, i18n } = useTranslation();
  const { survey, canDesign, canPropose, theme, parent, children, summary, passages, passageCount, leftOut } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const lang = i18n.language;
  const nameOf = (id: number) => {
    const found = [theme, ...children].find((row) => row.id === id);
    return found ? themeName(found, lang) : "";
  };
  const base = `/surveys/${survey.id}/themes`;
  return (
    <ThemesHeader survey={survey} heading={themeName(theme, lang)} canDesign={canDesign}>
      <ErrorSummary errors={result && !result.ok ? result.errors : undefined} />
      {result?.ok ? <SuccessBanner id="theme-done" title={t(DONE[result.done])} /> : null}
      {parent ? <p className="govuk-body">{t("themes.theme.partOf", { parent: themeName(parent, lang) })}</p> : null}
      {themeDescription(theme, lang) ? <p className="govuk-body-l vv-pre-line">{themeDescription(theme, lang)}</p> : null}
      {children.length ? (
        <>
          <h2 className="govuk-heading-s">{t("themes.theme.subThemes")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {children.map((child) => (
              <li key={child.id}>
                <Link className="govuk-link" to={`${base}/${child.id}`}>
                  {themeName(child, lang)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="govuk-button-group vv-no-print">
        {canPropose ? (
          <Link className="govuk-button" to={`/actions/new?theme=${theme.id}`}>
            {t("actions.themeLink")}
          </Link>
        ) : null}
        <Link className="govuk-button govuk-button--secondary" to={`${base}/${theme.id}/edit`}>
          {t("themes.theme.change")}
        </Link>
        <Link className="govuk-button govuk-button--warning" to={`${base}/${theme.id}/delete`}>
          {t("themes.theme.delete")}
        </Link>
      </div>

      <SummaryView
        summary={summary}
        errors={result && !result.ok ? result.errors : undefined}
        current={result && !result.ok && "current" in result ? result.current : null}
      />
      <LeftOutQuotes
        quotes={leftOut}
        intro={t("quoteCheck.leftOut.intro")}
        errors={result && !result.ok ? result.errors : undefined}
        headingLevel={2}
      />

      <section aria-labelledby="passages-heading" className="vv-no-print">
        <h2 className="govuk-heading-m" id="passages-heading">
          {t("themes.theme.passagesHeading")}
        </h2>
        {passageCount === 0 ? <p className="govuk-body">{t("themes.theme.passagesNone")}</p> : null}
        <ul className="govuk-list">
          {passages.map((p) => (
            <li key={p.codingId} className="govuk-!-margin-bottom-6">
              <blockquote className="govuk-inset-text vv-pre-line govuk-!-margin-bottom-1" lang={p.language}>
                {p.text}
              </blockquote>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`${base}/code/${p.responseId}?question=${encodeURIComponent(p.answerKey)}`}>
                  {t("themes.theme.passageFrom", { id: p.responseId, question: p.question })}
                </Link>
                {p.themeId !== theme.id ? <> · {t("themes.theme.subTheme", { name: nameOf(p.themeId) })}</> : null}
                {p.coderName ? <> · {t("themes.theme.coder", { name: p.coderName })}</> : null}
              </p>
              <Form method="post" className="vv-inline-form">
                <input type="hidden" name="codingId" value={p.codingId} />
                <button type="submit" name="intent" value="untag" className="vv-link-button">
                  {t("themes.coding.remove")}
                  <span className="govuk-visually-hidden">
                    {" "}
                    {t("themes.coding.removeHidden", {
                      theme: nameOf(p.themeId),
                      passage: p.whole ? t("themes.wholeAnswer") : p.text.slice(0, 60),
                    })}
                  </span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
        {passageCount > passages.length ? (
          <p className="govuk-body">{t("themes.theme.morePassages", { shown: passages.length, count: passageCount })}</p>
        ) : null}
      </section>
    </ThemesHeader>
  );
}
