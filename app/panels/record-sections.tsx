/**
 * The record page's other sections: attendance and declarations of interest, minutes, members' comments and
 * sign-off. Each shows what is recorded (what prints) and,
 * while the session is open, its form to those who may use it.
 */
import { themeName } from "~/themes/codebook";
import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { Select, Textarea } from "~/components/form/fields";
import { declarationField } from "./record-schemas";
import { Bilingual, type FormState } from "./record-text";
import type { RecordPage } from "./record.server";

export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

export function AttendanceSection({ page, state }: { page: RecordPage; state: FormState }) {
  const { t } = useTranslation();
  const ticked = state.values?.attended;
  return (
    <Section id="attendance" heading={t("panelRecord.attendance.heading")}>
      {page.members.length === 0 ? <p className="govuk-body">{t("panelRecord.attendance.noMembers")}</p> : null}
      <dl className="govuk-summary-list">
        {page.members.map((member) => (
          <div className="govuk-summary-list__row" key={member.userId}>
            <dt className="govuk-summary-list__key">
              {member.name}
              {member.isChair ? ` (${t("panelRecord.attendance.chair")})` : ""}
            </dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body govuk-!-margin-bottom-1">
                {member.attended === null
                  ? t("panelRecord.attendance.notRecorded")
                  : member.attended
                    ? t("panelRecord.attendance.attended")
                    : t("panelRecord.attendance.absent")}
              </p>
              {member.declaration ? (
                <p className="govuk-body vv-pre-line govuk-!-margin-bottom-0">
                  {t("panelRecord.attendance.declared")} {member.declaration}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {page.canRecord && page.members.length > 0 ? (
        <Form method="post" noValidate className="vv-no-print" aria-labelledby="attendance-form-heading">
          <h3 className="govuk-heading-s" id="attendance-form-heading">
            {t("panelRecord.attendance.formHeading")}
          </h3>
          {state.errors?.attended ? (
            <p id="attended" className="govuk-error-message" tabIndex={-1}>
              {t(state.errors.attended)}
            </p>
          ) : null}
          {page.members.map((member) => {
            const box = `attended-${member.userId}`;
            const checked = Array.isArray(ticked) ? ticked.includes(String(member.userId)) : member.attended !== false;
            return (
              <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={member.userId}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{member.name}</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-3" data-module="govuk-checkboxes">
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      id={box}
                      name="attended"
                      type="checkbox"
                      value={member.userId}
                      defaultChecked={checked}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={box}>
                      {t("panelRecord.attendance.attendedLabel", { name: member.name })}
                    </label>
                  </div>
                </div>
                <Textarea
                  name={declarationField(member.userId)}
                  label={t("panelRecord.attendance.declarationLabel", { name: member.name })}
                  hint={t("panelRecord.attendance.declarationHint")}
                  {...state}
                  defaultValue={member.declaration}
                  rows={2}
                />
              </fieldset>
            );
          })}
          <button type="submit" name="intent" value="attendance" className="govuk-button" data-module="govuk-button">
            {t("panelRecord.attendance.save")}
          </button>
        </Form>
      ) : null}
    </Section>
  );
}

export function MinutesSection({ page, state }: { page: RecordPage; state: FormState }) {
  const { t } = useTranslation();
  const { session } = page;
  return (
    <Section id="minutes-section" heading={t("panelRecord.minutes.heading")}>
      {session.minutes || session.minutesCy ? (
        <Bilingual en={session.minutes} cy={session.minutesCy} as="div" className="govuk-body vv-pre-line" />
      ) : (
        <p className="govuk-body">{t("panelRecord.minutes.none")}</p>
      )}
      {page.canRecord ? (
        <Form method="post" noValidate className="vv-no-print" aria-labelledby="minutes-form-heading">
          <h3 className="govuk-heading-s" id="minutes-form-heading">
            {t("panelRecord.minutes.formHeading")}
          </h3>
          <Textarea name="minutes" label={t("panelRecord.minutes.minutes")} {...state} defaultValue={session.minutes} rows={8} />
          <Textarea
            name="minutesCy"
            label={t("panelRecord.minutes.minutesCy")}
            {...state}
            defaultValue={session.minutesCy}
            rows={8}
          />
          <button type="submit" name="intent" value="minutes" className="govuk-button" data-module="govuk-button">
            {t("panelRecord.minutes.save")}
          </button>
        </Form>
      ) : null}
    </Section>
  );
}

export function CommentsSection({ page, state }: { page: RecordPage; state: FormState }) {
  const { t, i18n } = useTranslation();
  const aboutName = (id: number | null) => {
    const theme = page.themes.find((row) => row.id === id);
    return theme ? themeName(theme, i18n.language) : t("panelRecord.comments.wholeSession");
  };
  return (
    <Section id="comments" heading={t("panelRecord.comments.heading")}>
      {page.comments.length === 0 ? (
        <p className="govuk-body">{t("panelRecord.comments.none")}</p>
      ) : (
        <ul className="govuk-list">
          {page.comments.map((comment) => (
            <li key={comment.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {t("panelRecord.comments.byline", {
                  name: comment.authorName ?? t("panelRecord.comments.someone"),
                  date: formatDate(comment.createdAt, i18n.language),
                  about: aboutName(comment.themeId),
                })}
              </p>
              <p className="govuk-body vv-pre-line">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {page.canComment ? (
        <Form method="post" noValidate className="vv-no-print" aria-labelledby="comment-form-heading">
          <h3 className="govuk-heading-s" id="comment-form-heading">
            {t("panelRecord.comments.formHeading")}
          </h3>
          <Select
            name="commentThemeId"
            label={t("panelRecord.comments.about")}
            {...state}
            options={[
              { value: "", label: t("panelRecord.comments.wholeSession") },
              ...page.themes.map((theme) => ({ value: String(theme.id), label: aboutName(theme.id) })),
            ]}
          />
          <Textarea
            name="body"
            label={t("panelRecord.comments.body")}
            hint={t("panelRecord.comments.bodyHint")}
            {...state}
            rows={4}
          />
          <button type="submit" name="intent" value="comment" className="govuk-button" data-module="govuk-button">
            {t("panelRecord.comments.add")}
          </button>
        </Form>
      ) : null}
    </Section>
  );
}

export function SignOffSection({ page }: { page: RecordPage }) {
  const { t } = useTranslation();
  if (!page.canRecord) return null;
  return (
    <section id="sign-off" aria-labelledby="sign-off-heading" className="vv-no-print govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="sign-off-heading">
        {t("panelRecord.signOff.heading")}
      </h2>
      <p className="govuk-body">{t("panelRecord.signOff.explain")}</p>
      {page.outcomesMissing > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t("panelRecord.signOff.warning")}</span>
            {t("panelRecord.signOff.missing", { number: page.outcomesMissing })}
          </strong>
        </div>
      ) : null}
      <Form method="post">
        <button type="submit" name="intent" value="sign-off" className="govuk-button" data-module="govuk-button">
          {t("panelRecord.signOff.button")}
        </button>
      </Form>
    </section>
  );
}
