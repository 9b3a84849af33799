import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChannelStatus } from "../../db/enums";

export type ChannelView = {
  id: number;
  label: string;
  status: ChannelStatus;
  link: string;
  qr: { size: number; path: string };
};

/** The QR code drawn inline: a path the server computed, so the page needs no script or image request. */
export function QrPreview({ qr, label }: { qr: ChannelView["qr"]; label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={160}
      height={160}
      shapeRendering="crispEdges"
      focusable="false"
    >
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path fill="#000000" d={qr.path} />
    </svg>
  );
}

/** One channel: its link, status and QR code, with pause or reopen for people who may change it. */
export function ChannelCard({ surveyId, channel, canChange }: { surveyId: number; channel: ChannelView; canChange: boolean }) {
  const { t } = useTranslation();
  const base = `/surveys/${surveyId}/distribution/${channel.id}`;
  const open = channel.status === "open";
  return (
    <div className="govuk-summary-card" data-testid="channel">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{channel.label}</h3>
        {canChange ? (
          <Form method="post" className="govuk-summary-card__actions">
            <input type="hidden" name="channelId" value={channel.id} />
            <button
              type="submit"
              name="intent"
              value={open ? "pause" : "reopen"}
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
            >
              {t(open ? "distribution.pause" : "distribution.reopen")}
              <span className="govuk-visually-hidden"> {channel.label}</span>
            </button>
          </Form>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("distribution.link")}</dt>
            <dd className="govuk-summary-list__value" data-testid="channel-link">
              {channel.link}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("distribution.status")}</dt>
            <dd className="govuk-summary-list__value">
              {open ? (
                <strong className="govuk-tag govuk-tag--green">{t("distribution.statusOpen")}</strong>
              ) : (
                <>
                  <strong className="govuk-tag govuk-tag--grey">{t("distribution.statusPaused")}</strong>
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{t("distribution.pausedHint")}</p>
                </>
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("distribution.qrCode")}</dt>
            <dd className="govuk-summary-list__value">
              <QrPreview qr={channel.qr} label={t("distribution.qrAlt", { label: channel.label })} />
              <ul className="govuk-list">
                <li>
                  <a className="govuk-link" href={`${base}.svg`} download>
                    {t("distribution.downloadSvg")}
                    <span className="govuk-visually-hidden"> {channel.label}</span>
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href={`${base}.png`} download>
                    {t("distribution.downloadPng")}
                    <span className="govuk-visually-hidden"> {channel.label}</span>
                  </a>
                </li>
              </ul>
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
