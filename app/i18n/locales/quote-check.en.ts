/** English strings. The quote check (issue 19, ADR 0017): a person reads every quote before a panel or the public sees it. */
export const quoteCheckEn = {
  auditConfirmed: "Confirmed a quote identifies no one",
  auditWithheld: "Left a quote out",
  auditPutBack: "Put a quote back for checking",
  safe: "Safe to quote",
  leaveOut: "Leave out",
  confirmedBy: "Read and confirmed safe by {{name}} on {{date}}",
  confirmedOn: "Read and confirmed safe on {{date}}",
  pack: {
    heading: "Read the quotes the pack will carry",
    intro:
      "Personal details are taken out of what people write automatically, but not always all of them. Read each quote and choose “Safe to quote” only if it identifies no one: no name, place, date or detail that someone could recognise.",
    leaveOutNote:
      "A quote you leave out is never shown to a panel or the public. It stays counted under its theme, and the next quote takes its place, for you to read too. Only quotes marked safe go into the pack.",
    saveFirst: "Tick the themes and save them to see the quotes their part of the pack will carry.",
    themeNone:
      "No quotes for this theme: too few people mention it for their words to be shown, or none of its passages can be quoted.",
    leftOutWaiting: "Quotes you chose to leave out: {{count}}. They are left out when you save or issue.",
    legend: "Quote {{number}} for “{{theme}}”",
  },
  public: {
    hint: "Choosing a quote confirms you have read it and it identifies no one. Quotes a colleague has left out are not offered.",
    unconfirmed:
      "Chosen quotes not on the public page: {{count}}. Nobody has confirmed them since they were chosen or since their text changed. Save your choice again to confirm them, or untick them.",
  },
  theme: {
    heading: "Check these quotes",
    intro:
      "If a quote below identifies someone, leave it out: it will never be quoted to a panel or the public, and stays counted under the theme.",
    notRead: "Not read yet",
    leaveOut: "Leave this quote out",
    done: "Quote left out. The next quote has taken its place.",
  },
  leftOut: {
    heading: "Quotes left out",
    intro:
      "These are never shown to a panel or the public, and they stay counted under the theme. If one was left out by mistake, put it back: it will need reading again before it can be quoted.",
    packIntro:
      "Quotes of the themes above that someone left out. Putting one back saves nothing else from the form above: save your choices first.",
    by: "Left out by {{name}} on {{date}}",
    on: "Left out on {{date}}",
    putBack: "Put back for checking",
    putBackHidden: "the quote beginning “{{start}}”",
    done: "Quote put back for checking. It is not read yet: someone needs to read it before it can be quoted.",
  },
  errors: {
    unread:
      "Some quotes the pack would carry have not been read yet. Read each one below and choose “Safe to quote” or “Leave out”. Nothing has been issued.",
    unreadOne: "Read this quote and choose “Safe to quote” or “Leave out”",
    choose: "Choose “Safe to quote” or “Leave out”",
    changed: "This passage changed since you opened the page — read it again below. Nothing was saved.",
    changedGone:
      "A passage changed since you opened the page and is no longer one of the quotes the pack would carry. Nothing was saved: please read the quotes below again.",
    unknown: "One of these quotes is no longer there to check. Nothing was saved: please read the quotes again.",
    withheld: "A colleague has left one of these quotes out, so it cannot be quoted. Nothing was saved: please choose again.",
    sharedAllWithdrawn:
      "The services no longer share the themes linked to this pack, so it would have nothing in it. Tick at least one of your own themes, or link a theme a service still shares.",
  },
};
