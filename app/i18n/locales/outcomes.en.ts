/** English strings. Outcomes across commissioned services: pair codes, the comparison, the quarterly return. */
export const outcomesEn = {
  nav: "Outcomes",
  quarter: {
    label: "{{years}} Q{{quarter}}, {{months}}",
    choose: "Quarter",
    show: "Show quarter",
  },
  status: {
    reported: "Reported",
    provisional: "Provisional (quarter still open)",
  },
  kinds: {
    outcome: "Cope and recover outcomes",
    victims_code: "Victims' Code",
    satisfaction: "Satisfaction",
  },
  movements: {
    improved: "Improved",
    stayed: "Stayed the same",
    worse: "Worse",
  },
  comparison: {
    title: "Outcomes across commissioned services",
    intro:
      'Figures for each service you commission, from its own outcome survey, for one quarter of the financial year. Small numbers are never shown: a service with fewer answers than the threshold shows "fewer than", and other figures are hidden where they would give a small number away.',
    noRanking:
      "Services are listed by name, not ranked. Each share has a 95% interval: where two services' intervals overlap, the difference between them may be chance. A service is marked higher or lower than the others together only where the intervals do not overlap.",
    reportedOn: "Reported: this return was produced on {{date}} after the quarter closed, and is shown as it was then.",
    provisionalNote: "This quarter is still open: the figures will change until it closes.",
    noFramework: "Publish an outcome framework, and commission services that adopt it, to see their outcomes here.",
    responsesCaption: "Responses",
    service: "Service",
    responses: "Responses",
    answered: "Answered",
    favourable: "Favourable answer",
    pairs: "Start and end pairs",
    allServices: "All services",
    noShare: "–",
    interval: "{{lower}} to {{upper}}",
    higher: "Higher than the others",
    lower: "Lower than the others",
    download: "Download the quarterly return (CSV)",
    printable: "Printable quarterly return",
    favourableHint:
      "Favourable answer: the share whose answer was past the middle of the scale in the better direction. Improved, stayed the same and worse compare the answer at the end of support with the same person's answer at the start, where they kept their code.",
  },
  report: {
    title: "Quarterly outcome return",
    print: "Print this return",
    printHint: "Use your browser's print command to print this return.",
    framework: "Framework: {{name}}, version {{version}}",
    back: "Back to the comparison",
  },
  service: {
    title: "Our outcomes",
    intro:
      "Your service's figures from its outcome survey, under your own disclosure threshold, with the average of all the services of the framework beside them. No other service's figures are ever shown here.",
    commissioner: "Commissioned by {{name}}",
    ended: "This relationship has ended: figures stop on the day it ended, and no average is shown.",
    responses: "Responses this quarter:",
    caption: "Your figures and the framework average",
    measure: "Measure",
    averageFavourable: "Favourable: all services",
    averageImproved: "Improved: all services",
    noAverage: "Not shown",
    none: "Your organisation does not run an outcome survey for a commissioner.",
    channels: "Start and end of support channels",
  },
  channels: {
    title: "Start and end of support",
    intro:
      "Choose which of your outcome survey's channels ask at the start of someone's support and which at the end. People answering through a start channel are offered a code to keep; through an end channel, a place to type it. The code links the two answers without saying who gave them.",
    channel: "Channel",
    stage: "Asks at",
    stages: {
      none: "Neither (single answers only)",
      start: "The start of support",
      end: "The end of support",
    },
    save: "Save",
    saved: "Saved.",
    none: "This survey has no channels yet: create them on its distribution page.",
    survey: "Outcome survey: {{title}}",
    invalid: "Choose where this channel asks",
  },
  csv: {
    quarter: "Quarter",
    status: "Status",
    service: "Service",
    measure: "Measure",
    kind: "Kind",
    figure: "Figure",
    count: "Count",
    of: "Out of",
    share: "Share (%)",
    lower: "95% interval from (%)",
    upper: "95% interval to (%)",
    responses: "Responses",
    favourable: "Favourable answer",
  },
  respondent: {
    fieldLabel: "Your code from the start of your support",
    fieldHint:
      "If you answered a short survey when your support began, you may have been given a code like KQ7P-4MXT. Typing it here lets us see how things have changed for you, without knowing who you are. You do not have to: leave it empty if you did not keep it.",
    keepHeading: "A code to keep, if you want to",
    keepIntro: "This is your code:",
    codeIs: "Your code is",
    keepWhy:
      "When your support ends we will ask you a few of the same questions again. If you type this code then, we can see whether things have changed for you. It does not tell us who you are, and it is not linked to your name.",
    keepOptional:
      "Keeping it is up to you. You can write it down, or leave it: your answers still count without it. Do not keep it anywhere someone who might hurt you could see it.",
  },
};
