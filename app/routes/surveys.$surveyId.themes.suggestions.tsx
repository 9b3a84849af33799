import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Select } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { canEditEngagements } from "~/engagements/access";
import { badRequest, notFound } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS } from "~/themes/access";
import { codebookOrder, themeName, themeSchema } from "~/themes/codebook";
import { codebookFor, listThemes } from "~/themes/codebook.server";
import { QuestionFilter } from "~/themes/question-filter";
import { freeTextQuestions, questionFor } from "~/themes/questions.server";
import { mergeSchema, suggestionSchema } from "~/themes/schemas";
import { SuggestionSummary } from "~/themes/suggestion-view";
import { acceptSuggestion, dismissSuggestion, mergeSuggestion, suggestionsFor } from "~/themes/suggestions.server";
import { ThemeFields } from "~/themes/theme-fields";
import { ThemesHeader } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.suggestions.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const url = new URL(request.url);
  const questions = freeTextQuestions(codebook.survey.id);
  const question = questionFor(questions, url.searchParams.get("question"));
  const found = question ? suggestionsFor(codebook, question.key) : null;
  const group = url.searchParams.get("group");
  return {
    survey: codebook.survey,
    canDesign: canEditEngagements(user.roles),
    questions,
    question,
    found,
    group: group ? (found?.suggestions.find((s) => s.signature === group) ?? null) : undefined,
    themes: codebookOrder(listThemes(codebook)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const key = new URL(request.url).searchParams.get("question");
  const question = freeTextQuestions(codebook.survey.id).find((q) => q.key === key);
  if (!question) notFound();
  const formData = await request.formData();
  const intent = formData.get("intent");
  const target = parseForm(suggestionSchema, formData);
  if (!target.ok) badRequest();
  const { signature } = target.data;
  switch (intent) {
    case "accept": {
      const parsed = parseForm(themeSchema, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      const done = acceptSuggestion(user, codebook, question.key, signature, parsed.data);
      if (!done.ok) return data(formFailure(formData, { [done.field]: done.error }), { status: 400 });
      const { name, nameCy } = parsed.data;
      return data({
        ok: true as const,
        notice: "themes.suggestions.accepted",
        count: done.tagged,
        themeId: done.themeId,
        theme: { name, nameCy },
      });
    }
    case "merge": {
      const parsed = parseForm(mergeSchema, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      const done = mergeSuggestion(user, codebook, question.key, signature, parsed.data.themeId);
      if (!done.ok) return data(formFailure(formData, { [done.field]: done.error }), { status: 400 });
      const theme = listThemes(codebook).find((row) => row.id === done.themeId) ?? null;
      return data({ ok: true as const, notice: "themes.suggestions.merged", count: done.tagged, themeId: done.themeId, theme });
    }
    case "dismiss":
      dismissSuggestion(user, codebook, question.key, signature);
      return data({ ok: true as const, notice: "themes.suggestions.dismissed", count: 0, themeId: null, theme: null });
    default:
      badRequest();
  }
}

export default function SuggestionsPage() {
  const { t, i18n } = useTranslation();
  const { survey, canDesign, questions, question, found, group, themes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const base = `/surveys/${survey.id}/themes/suggestions?question=${encodeURIComponent(question?.key ?? "")}`;
  return (
    <ThemesHeader survey={survey} heading={t("themes.suggestions.title")} canDesign={canDesign}>
      <ErrorSummary errors={failed?.errors} />
      {result?.ok ? <SuccessBanner id="suggestion-done" title={t(result.notice, { count: result.count })} /> : null}
      {result?.ok && result.themeId && result.theme ? (
        // The name comes with the action's answer: a link must never render without its text while data reloads.
        <p className="govuk-body">
          <Link className="govuk-link" to={`/surveys/${survey.id}/themes/${result.themeId}`}>
            {themeName(result.theme, i18n.language)}
          </Link>
        </p>
      ) : null}
      <p className="govuk-body">{t("themes.suggestions.intro")}</p>
      <p className="govuk-body-s">{t("themes.suggestions.welsh")}</p>
      {!question || !found ? (
        <p className="govuk-body">{t("themes.code.noQuestions")}</p>
      ) : group ? (
        <>
          <Link className="govuk-back-link" to={base}>
            {t("themes.suggestions.back")}
          </Link>
          <SuggestionSummary suggestion={group} />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <h2 className="govuk-heading-m">{t("themes.suggestions.acceptHeading")}</h2>
              <p className="govuk-body">{t("themes.suggestions.acceptHint")}</p>
              <Form method="post" noValidate>
                <input type="hidden" name="signature" value={group.signature} />
                <ThemeFields
                  defaults={{ name: group.terms.slice(0, 3).join(", ") }}
                  parents={themes.filter((th) => th.level === 1)}
                  errors={failed?.errors}
                  values={failed?.values}
                />
                <button type="submit" name="intent" value="accept" className="govuk-button" data-module="govuk-button">
                  {t("themes.suggestions.accept")}
                </button>
              </Form>
              {themes.length ? (
                <>
                  <h2 className="govuk-heading-m">{t("themes.suggestions.mergeHeading")}</h2>
                  <Form method="post" noValidate>
                    <input type="hidden" name="signature" value={group.signature} />
                    <Select
                      name="themeId"
                      label={t("themes.suggestions.mergeTheme")}
                      errors={failed?.errors}
                      options={themes.map((th) => ({ value: String(th.id), label: themeName(th, i18n.language) }))}
                    />
                    <button
                      type="submit"
                      name="intent"
                      value="merge"
                      className="govuk-button govuk-button--secondary"
                      data-module="govuk-button"
                    >
                      {t("themes.suggestions.merge")}
                    </button>
                  </Form>
                </>
              ) : null}
              <h2 className="govuk-heading-m">{t("themes.suggestions.dismissHeading")}</h2>
              <Form method="post">
                <input type="hidden" name="signature" value={group.signature} />
                <p className="govuk-body">{t("themes.suggestions.dismissHint")}</p>
                <button
                  type="submit"
                  name="intent"
                  value="dismiss"
                  className="govuk-button govuk-button--warning"
                  data-module="govuk-button"
                >
                  {t("themes.suggestions.dismiss")}
                </button>
              </Form>
            </div>
          </div>
        </>
      ) : (
        <>
          <QuestionFilter questions={questions} current={question.key} submit={t("themes.code.show")} />
          {group === null && !result?.ok ? <p className="govuk-body">{t("themes.suggestions.gone")}</p> : null}
          <p className="govuk-body">{t("themes.suggestions.uncoded", { count: found.uncoded })}</p>
          {found.dismissed ? (
            <p className="govuk-body-s">{t("themes.suggestions.dismissedCount", { count: found.dismissed })}</p>
          ) : null}
          {found.suggestions.length === 0 ? <p className="govuk-body">{t("themes.suggestions.none")}</p> : null}
          {found.suggestions.map((suggestion) => (
            <SuggestionSummary
              key={suggestion.signature}
              suggestion={suggestion}
              link={`${base}&group=${encodeURIComponent(suggestion.signature)}`}
            />
          ))}
        </>
      )}
    </ThemesHeader>
  );
}
