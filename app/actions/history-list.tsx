import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { ActionStatus } from "./status";

export type HistoryEntry = {
  id: number;
  updateOn: string;
  body: string;
  bodyCy: string;
  statusFrom: ActionStatus | null;
  statusTo: ActionStatus | null;
  isPublic: boolean;
  authorName: string | null;
};

/** The action's dated history, newest first. Entries are never changed or removed. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const what = (entry: HistoryEntry) => {
    if (entry.statusTo && entry.statusFrom) {
      return t("actions.history.changed", {
        from: t(`actions.status.${entry.statusFrom}`),
        to: t(`actions.status.${entry.statusTo}`),
      });
    }
    return entry.statusTo ? t("actions.history.proposed") : t("actions.history.update");
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 className="govuk-heading-m" id="history-heading">
        {t("actions.history.heading")}
      </h2>
      {entries.length === 0 ? <p className="govuk-body">{t("actions.history.none")}</p> : null}
      <ol className="govuk-list" data-testid="action-history" reversed>
        {entries.map((entry) => {
          const body = cy && entry.bodyCy.trim() ? entry.bodyCy : entry.body;
          return (
            <li key={entry.id} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {formatDate(entry.updateOn, i18n.language)}: {what(entry)}
              </h3>
              {body ? <p className="govuk-body vv-pre-line govuk-!-margin-bottom-1">{body}</p> : null}
              <p className="govuk-body-s">
                {t("actions.history.by", { name: entry.authorName ?? t("actions.history.someone") })}
                {!entry.isPublic && !(entry.statusTo && !entry.statusFrom) ? (
                  <>
                    {" "}
                    <strong className="govuk-tag govuk-tag--grey">{t("actions.tags.notPublic")}</strong>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
