import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Select, TextInput } from "~/components/form/fields";

type Question = { key: string; title: { en: string; cy: string }; other: boolean };

/** The question's title in the reader's language; "something else" text is named as such. */
export function useQuestionLabel() {
  const { t, i18n } = useTranslation();
  return (q: Question) => {
    const title = i18n.language === "cy" ? q.title.cy : q.title.en;
    return q.other ? t("themes.code.otherText", { question: title }) : title;
  };
}

/** Choosing the question (and, on the answers list, words to search for): a GET form that works without scripts. */
export function QuestionFilter({
  questions,
  current,
  search,
  submit,
}: {
  questions: Question[];
  current: string;
  search?: string;
  submit: string;
}) {
  const { t } = useTranslation();
  const label = useQuestionLabel();
  return (
    <Form method="get" className="vv-no-print">
      <Select
        name="question"
        label={t("themes.code.question")}
        defaultValue={current}
        options={questions.map((q) => ({ value: q.key, label: label(q) }))}
      />
      {search !== undefined ? (
        <TextInput
          name="q"
          label={t("themes.code.search")}
          hint={t("themes.code.searchHint")}
          defaultValue={search}
          autoComplete="off"
        />
      ) : null}
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        {submit}
      </button>
    </Form>
  );
}
