import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Whether the action is on the public "you said, we did" page, and (for editors) the button that changes it. */
export function PublishSection({ published, canPublish }: { published: boolean; canPublish: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="publish-heading">
      <h2 className="govuk-heading-m" id="publish-heading">
        {t("actions.publish.heading")}
      </h2>
      <p className="govuk-body" data-testid="action-published">
        {published ? t("actions.publish.isPublished") : t("actions.publish.isNotPublished")}
      </p>
      {canPublish ? (
        <Form method="post" className="vv-no-print">
          {published ? null : <p className="govuk-body">{t("actions.publish.needs")}</p>}
          <button
            type="submit"
            name="intent"
            value={published ? "unpublish" : "publish"}
            className={`govuk-button${published ? " govuk-button--warning" : ""}`}
            data-module="govuk-button"
          >
            {published ? t("actions.publish.unpublish") : t("actions.publish.publish")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
