/** English strings. Outcomes across commissioned services: pair codes, the comparison, the quarterly return. */
export const outcomesEn = {
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
