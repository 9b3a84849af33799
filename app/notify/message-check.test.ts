import { describe, expect, it } from "vitest";
import { notifyCy } from "../i18n/locales/notify.cy";
import { notifyEn } from "../i18n/locales/notify.en";
import { checkMessage } from "./message-check";

describe("message texts pass the trauma-informed check", () => {
  for (const [language, texts] of [
    ["en", notifyEn.message],
    ["cy", notifyCy.message],
  ] as const) {
    it(`${language}: the SMS and the e-mail say nothing of what happened and say how to stop`, () => {
      expect(checkMessage(texts.sms, "sms")).toEqual([]);
      expect(checkMessage(`${texts.emailSubject}\n${texts.emailBody}`, "email")).toEqual([]);
    });
  }

  it("finds a crime type, a case detail, a name placeholder, blaming wording and a missing opt-out", () => {
    const findings = checkMessage(
      "Dear ((first_name)), about the burglary reported on 03/11/2026 (ref 4412345): why didn't you call? ((organisation)) ((link))",
      "sms",
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        { rule: "unknown-placeholder", name: "first_name" },
        { rule: "missing-placeholder", name: "opt_out" },
        { rule: "revealing-word", word: "burglar" },
        { rule: "case-detail", detail: "number" },
        { rule: "case-detail", detail: "date" },
        { rule: "blaming-wording", phrase: "why did you / why didn't you" },
      ]),
    );
  });

  it("finds Welsh words that reveal what happened", () => {
    expect(checkMessage("((organisation)) ((link)) ((opt_out)) ynghylch y drosedd a'r ymosodiad", "sms")).toEqual(
      expect.arrayContaining([{ rule: "revealing-word", word: "ymosod" }]),
    );
  });

  it("refuses an SMS longer than three fragments", () => {
    expect(checkMessage(`((organisation)) ((link)) ((opt_out)) ${"a ".repeat(200)}`, "sms")).toEqual([
      expect.objectContaining({ rule: "too-long" }),
    ]);
  });
});
