import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements } from "~/engagements/access";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS } from "~/themes/access";
import { themeName } from "~/themes/codebook";
import { codebookFor, listThemes } from "~/themes/codebook.server";
import { listAnswers } from "~/themes/coding.server";
import { QuestionFilter } from "~/themes/question-filter";
import { freeTextQuestions, questionFor } from "~/themes/questions.server";
import { LanguageName, ThemesHeader } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.code.title");

const SEARCH_MAX = 200;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const url = new URL(request.url);
  const questions = freeTextQuestions(codebook.survey.id);
  const question = questionFor(questions, url.searchParams.get("question"));
  const search = (url.searchParams.get("q") ?? "").trim().slice(0, SEARCH_MAX);
  const page = Number(url.searchParams.get("page")) || 1;
  return {
    survey: codebook.survey,
    canDesign: canEditEngagements(user.roles),
    questions,
    question,
    search,
    themes: listThemes(codebook),
    list: question ? listAnswers(codebook, question.key, { search, page }, user.id) : null,
  };
}

export default function CodeAnswersPage() {
  const { t, i18n } = useTranslation();
  const { survey, canDesign, questions, question, search, themes, list } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const nameOf = (id: number) => {
    const theme = themes.find((th) => th.id === id);
    return theme ? themeName(theme, lang) : "";
  };
  const base = `/surveys/${survey.id}/themes/code`;
  const pageLink = (page: number) =>
    `?${new URLSearchParams({ question: question?.key ?? "", ...(search ? { q: search } : {}), page: String(page) })}`;
  return (
    <ThemesHeader survey={survey} heading={t("themes.code.title")} canDesign={canDesign}>
      {!question || !list ? (
        <p className="govuk-body">{t("themes.code.noQuestions")}</p>
      ) : (
        <>
          <QuestionFilter questions={questions} current={question.key} search={search} submit={t("themes.code.show")} />
          <p className="govuk-body" data-testid="answer-total">
            {t("themes.code.total", { count: list.total })}
          </p>
          {list.total === 0 ? (
            <p className="govuk-body">{search ? t("themes.code.noneFound", { search }) : t("themes.code.none")}</p>
          ) : null}
          {list.answers.map((answer) => {
            const themeIds = [...new Set(answer.codings.map((c) => c.themeId))];
            return (
              <div className="govuk-summary-card" key={answer.responseId}>
                <div className="govuk-summary-card__title-wrapper">
                  <h2 className="govuk-summary-card__title">{t("themes.answerLabel", { id: answer.responseId })}</h2>
                  <ul className="govuk-summary-card__actions">
                    <li className="govuk-summary-card__action">
                      <Link
                        className="govuk-link"
                        to={`${base}/${answer.responseId}?question=${encodeURIComponent(question.key)}`}
                      >
                        {t("themes.code.codeThis")}
                        <span className="govuk-visually-hidden">
                          {" "}
                          {t("themes.code.codeThisHidden", { id: answer.responseId })}
                        </span>
                      </Link>
                    </li>
                  </ul>
                </div>
                <div className="govuk-summary-card__content">
                  <p className="govuk-body vv-pre-line" lang={answer.language}>
                    {answer.text}
                  </p>
                  <p className="govuk-body-s govuk-!-margin-bottom-2">
                    {t("themes.received", { date: formatDate(answer.submittedOn, lang) })} ·{" "}
                    <LanguageName code={answer.language} />
                  </p>
                  {answer.blind ? (
                    <p className="govuk-body-s">{t("themes.code.blind")}</p>
                  ) : themeIds.length === 0 ? (
                    <p className="govuk-body-s">{t("themes.code.notCoded")}</p>
                  ) : (
                    <p className="govuk-body-s">
                      {t("themes.code.tags")}:{" "}
                      {themeIds.map((id) => (
                        <strong className="govuk-tag govuk-tag--blue govuk-!-margin-right-1" key={id}>
                          {nameOf(id)}
                        </strong>
                      ))}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
          {list.pageCount > 1 ? (
            <nav className="govuk-pagination" aria-label={t("themes.code.pagination")}>
              {list.page > 1 ? (
                <div className="govuk-pagination__prev">
                  <Link className="govuk-link govuk-pagination__link" to={pageLink(list.page - 1)} rel="prev">
                    <span className="govuk-pagination__link-title">{t("themes.code.previous")}</span>
                  </Link>
                </div>
              ) : null}
              <p className="govuk-body govuk-!-margin-bottom-0">
                {t("themes.code.pageOf", { page: list.page, pages: list.pageCount })}
              </p>
              {list.page < list.pageCount ? (
                <div className="govuk-pagination__next">
                  <Link className="govuk-link govuk-pagination__link" to={pageLink(list.page + 1)} rel="next">
                    <span className="govuk-pagination__link-title">{t("themes.code.next")}</span>
                  </Link>
                </div>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </ThemesHeader>
  );
}
