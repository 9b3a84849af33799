/** English strings for respondent safety under real conditions: waits, refusals, empty answers, announcements, resume addresses. */
export const respondentCareEn = {
  tooLongNamed: "Your answer to “{{question}}” has {{length}} characters. It must be {{limit}} characters or fewer.",
  announcePage: "Page {{current}} of {{total}}: {{title}}",
  limitedOne:
    "We have had a lot of answers from this connection in a short time, so we have paused for a while. Your answers are still here. Please try again in {{count}} minute.",
  limitedMany:
    "We have had a lot of answers from this connection in a short time, so we have paused for a while. Your answers are still here. Please try again in {{count}} minutes.",
  empty: {
    title: "You have not answered any questions",
    body: "There is nothing to send yet, so we have not sent anything. That is fine if you meant it: you do not have to answer.",
    backToQuestions: "Go back to the questions",
    leave: "Leave the survey without sending anything",
  },
  characterCount: {
    remainingOne: "You have {{n}} character remaining",
    remainingMany: "You have {{n}} characters remaining",
    overOne: "You have {{n}} character too many",
    overMany: "You have {{n}} characters too many",
  },
  resumeAddress: "Go to this address and enter your code:",
  refused: {
    tooLargeTitle: "That was too much to send at once",
    tooLarge:
      "Your last page was too large for us to take, so nothing from it was saved. Answers you sent on earlier pages are not lost if you saved them with a code.",
    notFormTitle: "We could not read what was sent",
    notForm: "What reached us was not a survey page, so nothing was saved.",
    unreadableTitle: "We could not read what was sent",
    unreadable: "Part of the page did not reach us properly, so nothing was saved.",
    crossSiteTitle: "That came from another website",
    crossSite:
      "Answers can only be sent from this survey's own pages, so nothing was saved. If you did not mean to send anything, you do not need to do anything.",
    tryAgain: "Go back to the survey",
    otherSurveys: "See the other surveys of {{organisation}}",
  },
};
