/** English strings for sending through GOV.UK Notify: our message texts, the settings page and the opt-out page. */
export const notifyEn = {
  /**
   * The texts of the organisation's Notify templates, with Notify's placeholders. No crime type, no case detail, no
   * name but the organisation's, and always the way to stop.
   */
  message: {
    sms: "((organisation)) would like to hear how we did. It is your choice whether to answer, and your answers are anonymous: ((link)) To stop these messages: ((opt_out))",
    emailSubject: "Would you tell us how we did?",
    emailBody:
      "((organisation)) would like to hear how we did.\n\nIt is your choice whether to answer. You can answer some questions, all of them or none. Your answers are anonymous: we do not know who answers.\n\n((link))\n\nIf you do not want messages like this from us, you can stop them here: ((opt_out))",
  },
  nav: "GOV.UK Notify",
  settings: {
    title: "Text messages and e-mails (GOV.UK Notify)",
    intro:
      "Invitations are sent through GOV.UK Notify, the government's messaging service. Your organisation needs its own Notify service: put its API key, sender and templates here.",
    keySet: "An API key is saved. Its name in Notify is “{{name}}”. For your safety it is never shown again.",
    keyNotSet: "No API key is saved yet, so no messages can be sent.",
    apiKey: "New API key",
    apiKeyHint:
      "Paste a live key from Notify's “API integration” page. Leave this empty to keep the saved key. We check it with Notify before saving it.",
    smsSenderId: "Text message sender ID (optional)",
    emailReplyToId: "Reply-to e-mail address ID (optional)",
    senderHint: "From Notify's settings page. Leave empty to use your service's default.",
    templatesHeading: "Templates",
    templatesIntro:
      "Make four templates in Notify with the texts below, word for word, then paste each template's ID here. The texts say nothing about why someone is being contacted, in case someone else reads their phone or inbox.",
    smsTemplateEn: "Text message template ID, English",
    smsTemplateCy: "Text message template ID, Welsh",
    emailTemplateEn: "E-mail template ID, English",
    emailTemplateCy: "E-mail template ID, Welsh",
    inboundSms: "Replies",
    inboundSmsLabel: "Our Notify service has a number that receives text messages",
    inboundSmsHint: "When it has, replies such as STOP or DIM add the number to your opt-out list.",
    check: "Check the key",
    save: "Check and save",
    saved: "Settings saved. Notify accepted the key.",
    checked: "Notify accepted the key and the templates. Nothing has been saved yet.",
    textsHeading: "Texts for your Notify templates",
    smsText: "Text message",
    emailSubject: "E-mail subject",
    emailBody: "E-mail body",
    english: "English",
    welsh: "Welsh",
  },
  problems: {
    "no-key": "Enter an API key from Notify. No key is saved yet.",
    format:
      "That does not look like a Notify API key. A key is its name, then your service ID, then the secret, joined by hyphens. Copy it again from Notify.",
    refused:
      "Notify did not accept this key, so we have not saved anything. It may have been revoked, or be from another service. Make a new key in Notify and try again.",
    unreachable: "We could not reach Notify just now, so we have not saved anything. Please try again in a few minutes.",
    "template-missing": "Notify has no template with this ID for your service. Nothing has been saved.",
    "template-wrong-type": "This template is for the other kind of message (text message or e-mail). Nothing has been saved.",
    "template-placeholders":
      "This template's text is not ours: it must use ((organisation)), ((link)) and ((opt_out)) and say nothing about what happened. Copy the text below into Notify. Nothing has been saved.",
  },
  errors: {
    keyFormat:
      "That does not look like a Notify API key. A key is its name, then your service ID, then the secret, joined by hyphens.",
    idFormat: "Enter the ID as Notify shows it, like 8e222534-7f05-4972-86e3-17c5d9f894e2.",
  },
  optOut: {
    title: "Stop messages from us",
    intro:
      "If you do not want text messages or e-mails from {{organisation}} asking about your experience, tell us your mobile number or e-mail address. We will not send you messages like this again.",
    keep: "We keep only a scrambled form of it, which cannot be turned back into your number or address. It is not linked to anything else about you.",
    contact: "Mobile number or e-mail address",
    contactHint: "For example, 07700 900123 or name@example.com",
    submit: "Stop messages",
    invalid: "Enter a mobile number, like 07700 900123, or an e-mail address, like name@example.com",
    doneTitle: "We will not send you these messages again",
    done: "We have added it to our list. If a message was already on its way, it may still arrive in the next few minutes.",
  },
};
