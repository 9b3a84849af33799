import { useTranslation } from "react-i18next";
import type { DefinitionProblem } from "./definition";

/** What is wrong with a survey definition, and where, in the person's language. */
export function DefinitionProblems({ problems }: { problems: DefinitionProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="govuk-inset-text" data-testid="definition-problems">
      <h2 className="govuk-heading-s">{t("definition.heading")}</h2>
      <ul className="govuk-list govuk-list--bullet">
        {problems.map((problem, index) => (
          <li key={index}>{t(`definition.${problem.code}`, { ...problem.params })}</li>
        ))}
      </ul>
    </div>
  );
}
