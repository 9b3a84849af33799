/** English strings: the safety gate of a survey that belongs to no engagement. */
export const surveySafetyEn = {
  heading: "Safety checks for this survey",
  intro:
    "This survey belongs to no engagement, so it carries the safety checks of stage 4 itself. It cannot open to respondents until every one is done.",
  inEngagementIntro: "This survey belongs to an engagement: its safety checks are those of the engagement's stage 4.",
  legend: "Done for this survey",
  save: "Save safety checks",
  saved: "Safety checks saved",
  ready: "The safety checks are done: this survey can be opened to respondents.",
  blocked: "This survey cannot open to respondents until these safety checks are ticked on its overview page:",
  inEngagement: "This survey now belongs to an engagement, so its safety checks are the engagement's: nothing was changed.",
  auditAction: "Changed a survey's safety checks",
} as const;
