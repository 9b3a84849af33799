/** English strings. Respondent pages: welcome, survey pages, save and resume, thanks, closed surveys, the organisation page, exit this page, support. */
export const respondentEn = {
  exit: {
    button: "Exit this page",
    emergency: "Emergency",
    activated: "Loading.",
    pressTwo: "Shift, press 2 more times to exit.",
    pressOne: "Shift, press 1 more time to exit.",
    expired: "Exit this page expired.",
    hint: "To leave this site quickly, select “Exit this page” or press the Shift key 3 times.",
  },
  layout: {
    skipLink: "Skip to main content",
    languageNav: "Language",
    accessibility: "Accessibility",
    about: "Victim Voice is used by {{organisation}} to listen to victims of crime. You do not need to give your name.",
  },
  support: {
    heading: "Support if you need it",
    emergency: "If you are in danger now, call 999. If you cannot speak, call 999 and press 55 when asked.",
    intro: "You can talk to someone now, whether or not you answer this survey:",
    call: "Call {{phone}}",
    website: "{{name}} website",
    show: "Show support contacts",
  },
  organisation: {
    title: "Have your say: {{organisation}}",
    heading: "Have your say",
    intro:
      "{{organisation}} wants to hear from people affected by crime. Your answers are anonymous, and you can answer as much or as little as you like.",
    openSurveys: "Surveys you can answer now",
    noneOpen: "There are no surveys open at the moment. Please come back later.",
    minutesOne: "About {{count}} minute",
    minutesMany: "About {{count}} minutes",
    youSaidWeDid: "See what changed because of what people told us",
    notFoundTitle: "We could not find that organisation",
    notFound: "Check the address you were given. You can still get support from the services below.",
  },
  welcome: {
    runBy: "Run by {{organisation}}",
    minutesOne: "It takes about {{count}} minute.",
    minutesMany: "It takes about {{count}} minutes.",
    whyHeading: "What this survey is for",
    anonymousHeading: "Your answers are anonymous",
    anonymousIntro: "We do not ask for your name, and you do not need an account.",
    weKeep: "We keep: your answers, the language you used, which link you came from, and the day you sent them.",
    weDoNotKeep:
      "We do not keep: your name, your internet address, your device or browser, or the time of day. Nothing is saved on your device.",
    redaction:
      "If you write names, phone numbers, addresses or other details in your own words, we hide them before anyone outside a small analysis team reads what you wrote.",
    choiceHeading: "You are in control",
    choice:
      "You do not have to answer any question. You can stop at any time, or save your answers and come back later with a code.",
    whatHappensHeading: "What happens to your answers",
    whatHappens:
      "People at {{organisation}} read every answer and look for what needs to change. An independent panel checks their work. We publish what we change.",
    whatHappensLink: "See what changed because of what people told us",
    retention: "Your answers are deleted after {{days}} days.",
    warningHeading: "Before you start",
    warningGeneral: "Some questions ask about what happened to you and how it affected you.",
    warningSections: "These parts may be difficult to read:",
    warningTakeCare: "Take breaks when you need to. You can skip anything.",
    leavingHeading: "Leaving this site quickly",
    leaving: "To leave this site quickly, select “Exit this page” at the top of every page, or press the Shift key 3 times.",
    history:
      "Exit this page will not delete your browsing history. If someone else uses this device, you may want to use a private or incognito window, or delete your history afterwards.",
    start: "Start the survey",
    resume: "I have a code to carry on where I left off",
    languages: "This survey is also in:",
  },
  answer: {
    pageOf: "Page {{current}} of {{total}}",
    optionalAll: "Every question is optional unless it says why it is needed.",
    continue: "Continue",
    back: "Back",
    submit: "Send my answers",
    save: "Save and come back later",
    newQuestions: "We have added a question to this page because of your answer.",
    loading: "Loading the survey",
    switchLanguage: "Switch to {{language}}",
  },
  saved: {
    title: "Your answers are saved",
    codeLabel: "Your code",
    expires: "Your code works until {{date}}.",
    keepSafe:
      "Write the code down or keep it somewhere safe. Anyone who has the code can see your answers, so do not share it. We cannot send it to you, because we do not know who you are.",
    howToReturn: "To carry on, go to {{address}} and enter your code.",
    continueNow: "Carry on answering now",
    replaced: "If you save again, you will get a new code and this one will stop working.",
  },
  resume: {
    title: "Carry on where you left off",
    label: "Your code",
    hint: "Three words and four numbers, for example maple-river-otter-4821",
    submit: "Carry on",
    notFound:
      "We could not find answers for that code. Check the words and numbers. Codes stop working after their end date, and once the answers have been sent.",
    empty: "Enter your code",
    start: "Start the survey again instead",
    welcomeBack: "Welcome back. Your answers so far are below.",
  },
  thanks: {
    title: "Thank you",
    panel: "Your answers have been sent",
    whatNext:
      "People at {{organisation}} will read your answers with everyone else’s, and an independent panel will check what they find. We will publish what we change as a result.",
    link: "See what changed because of what people told us",
    dangerHeading: "If you are not safe now",
    danger:
      "Something you wrote makes us worried you might not be safe. We do not know who you are, so we cannot contact you. If you are in danger now, call 999. If you cannot speak, call 999 and press 55. You can also call one of the services below, at any time.",
    alreadyReceived: "We had already received these answers. They have been counted once.",
    closeTab: "You can close this page now.",
  },
  unavailable: {
    closedTitle: "This survey has closed",
    closed: "Thank you for wanting to take part. This survey is no longer taking answers.",
    notYetTitle: "This survey is not open yet",
    notYet: "This survey opens on {{date}}. Please come back then.",
    unknownTitle: "We could not find that survey",
    unknown: "Check the address you were given. It may have been typed slightly differently.",
    pausedTitle: "This link is not taking answers at the moment",
    paused: "The link you used has been paused. You may be able to answer the survey through {{organisation}}’s page.",
    otherSurveys: "See surveys you can answer now",
  },
  problems: {
    limited:
      "We have had a lot of answers from this connection in a short time, so we have paused for a while. Your answers are still here. Please try again in a few minutes.",
    notSaved: "Sorry, we could not save your answers just now. They are still here on this page. Please try again in a moment.",
    expiredForm: "This page had been open a long time or had changed. We have started the survey again for you.",
  },
  youSaidWeDid: {
    title: "You said, we did",
    nothingYet:
      "We publish here what we change because of what people tell us, once their answers have been read and an independent panel has checked the findings. Nothing has been published yet. Please come back later.",
  },
  errorPage: {
    title: "Sorry, something went wrong",
    body: "Your answers have not been lost if you still have the page open: go back and try again. You can also get support below.",
  },
} as const;
