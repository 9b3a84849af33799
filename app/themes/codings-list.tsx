import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { themeName } from "./codebook";
import { passageText } from "./passages";

type Coding = { id: number; themeId: number; start: number; end: number; coderName: string | null };
type Theme = { id: number; name: string; nameCy: string };

const SHORT = 60;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/** The tags on one answer, each with the passage it marks and (optionally) a button to remove it. */
export function CodingsList({
  text,
  codings,
  themes,
  removable,
}: {
  text: string;
  codings: Coding[];
  themes: Theme[];
  removable: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (codings.length === 0) return <p className="govuk-body">{t("themes.coding.noTags")}</p>;
  const nameOf = (id: number) => {
    const theme = themes.find((th) => th.id === id);
    return theme ? themeName(theme, i18n.language) : "";
  };
  return (
    <dl className="govuk-summary-list">
      {codings.map((coding) => {
        const passage = passageText(text, coding) ?? "";
        const whole = coding.start === 0 && coding.end === text.length;
        return (
          <div className="govuk-summary-list__row" key={coding.id}>
            <dt className="govuk-summary-list__key">{nameOf(coding.themeId)}</dt>
            <dd className="govuk-summary-list__value">
              {whole ? t("themes.wholeAnswer") : <q>{passage}</q>}
              {coding.coderName ? (
                <span className="govuk-hint govuk-!-margin-bottom-0">{t("themes.theme.coder", { name: coding.coderName })}</span>
              ) : null}
            </dd>
            {removable ? (
              <dd className="govuk-summary-list__actions">
                <Form method="post" className="vv-inline-form">
                  <input type="hidden" name="codingId" value={coding.id} />
                  <button type="submit" name="intent" value="untag" className="vv-link-button">
                    {t("themes.coding.remove")}
                    <span className="govuk-visually-hidden">
                      {" "}
                      {t("themes.coding.removeHidden", {
                        theme: nameOf(coding.themeId),
                        passage: whole ? t("themes.wholeAnswer") : short(passage),
                      })}
                    </span>
                  </button>
                </Form>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
