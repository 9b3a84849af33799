import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { themeName } from "./codebook";
import type { Agreement } from "./kappa";
import { kappaBand } from "./kappa";
import { passageText, type Passage } from "./passages";

type Theme = { id: number; name: string; nameCy: string };

const decimal = (value: number) => value.toFixed(2);

/** Kappa per theme, with the 2×2 counts behind it. */
export function AgreementTable({ rows, themes }: { rows: { themeId: number; agreement: Agreement }[]; themes: Theme[] }) {
  const { t, i18n } = useTranslation();
  const nameOf = (id: number) => themeName(themes.find((th) => th.id === id) ?? { name: "", nameCy: "" }, i18n.language);
  if (rows.length === 0) return <p className="govuk-body">{t("themes.sample.noThemes")}</p>;
  return (
    <>
      <table className="govuk-table" data-testid="agreement">
        <caption className="govuk-table__caption govuk-visually-hidden">{t("themes.sample.agreementCaption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("themes.sample.theme")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("themes.sample.kappa")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.sample.observed")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.sample.both")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.sample.firstOnly")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.sample.secondOnly")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.sample.neither")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map(({ themeId, agreement: a }) => (
            <tr className="govuk-table__row" key={themeId}>
              <th scope="row" className="govuk-table__header">
                {nameOf(themeId)}
              </th>
              <td className="govuk-table__cell">
                {a.kappa === null
                  ? t("themes.sample.kappaUndefined")
                  : `${decimal(a.kappa)} (${t(`themes.sample.bands.${kappaBand(a.kappa)}`)})`}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {a.both + a.neither} / {a.n}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.both}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.firstOnly}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.secondOnly}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.neither}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">{t("themes.sample.bandNote")}</p>
    </>
  );
}

type Disagreement = {
  responseId: number;
  themeId: number;
  first: Passage[];
  second: Passage[];
  text: string;
  appliedNow: boolean;
  resolved: boolean;
};

function Coding({ passages, text }: { passages: Passage[]; text: string }) {
  const { t } = useTranslation();
  if (passages.length === 0) return <>{t("themes.sample.notApplied")}</>;
  return (
    <>
      {t("themes.sample.applied")}:{" "}
      {passages.map((p) =>
        p.start === 0 && p.end === text.length ? (
          <span key={`${p.start}-${p.end}`}>{t("themes.wholeAnswer")}</span>
        ) : (
          <q key={`${p.start}-${p.end}`}>{passageText(text, p)}</q>
        ),
      )}
    </>
  );
}

/** Each answer and theme the coders differ on, with both codings, what the shared coding says now, and buttons to settle it. */
export function Disagreements({
  items,
  themes,
  names,
  canResolve,
}: {
  items: Disagreement[];
  themes: Theme[];
  names: { first: string; second: string };
  canResolve: boolean;
}) {
  const { t, i18n } = useTranslation();
  const nameOf = (id: number) => themeName(themes.find((th) => th.id === id) ?? { name: "", nameCy: "" }, i18n.language);
  if (items.length === 0) return <p className="govuk-body">{t("themes.sample.disagreementsNone")}</p>;
  return (
    <>
      {items.map((d) => (
        <div className="govuk-summary-card" key={`${d.responseId}-${d.themeId}`} data-testid="disagreement">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {nameOf(d.themeId)} · {t("themes.answerLabel", { id: d.responseId })}
            </h3>
            <strong className={`govuk-tag ${d.resolved ? "govuk-tag--green" : "govuk-tag--yellow"}`}>
              {d.resolved ? t("themes.sample.resolved") : t("themes.sample.toResolve")}
            </strong>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body vv-pre-line">{d.text}</p>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("themes.sample.firstCoding", { name: names.first })}</dt>
                <dd className="govuk-summary-list__value">
                  <Coding passages={d.first} text={d.text} />
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("themes.sample.secondCoding", { name: names.second })}</dt>
                <dd className="govuk-summary-list__value">
                  <Coding passages={d.second} text={d.text} />
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("themes.sample.now")}</dt>
                <dd className="govuk-summary-list__value">
                  {d.appliedNow ? t("themes.sample.applied") : t("themes.sample.notApplied")}
                </dd>
              </div>
            </dl>
            {canResolve ? (
              <Form method="post" className="govuk-button-group">
                <input type="hidden" name="intent" value="resolve" />
                <input type="hidden" name="responseId" value={d.responseId} />
                <input type="hidden" name="themeId" value={d.themeId} />
                {(["apply", "remove"] as const).map((decision) => (
                  <button
                    key={decision}
                    type="submit"
                    name="decision"
                    value={decision}
                    className={`govuk-button ${decision === "apply" ? "" : "govuk-button--secondary"}`}
                    data-module="govuk-button"
                  >
                    {t(`themes.sample.${decision}`)}
                    <span className="govuk-visually-hidden">
                      {" "}
                      {t("themes.sample.resolveHidden", { theme: nameOf(d.themeId), id: d.responseId })}
                    </span>
                  </button>
                ))}
              </Form>
            ) : null}
          </div>
        </div>
      ))}
    </>
  );
}
