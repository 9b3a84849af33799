/** English strings. Respondent pages: welcome, survey pages, save and resume, thanks, closed surveys, the organisation page, exit this page, support. */
export const respondentEn = {
  placeholder: "",
} as const;
