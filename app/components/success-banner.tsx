/** The GOV.UK success notification, announced to screen readers when it appears. */
export function SuccessBanner({ id, title }: { id: string; title: string }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={id}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
    </div>
  );
}
