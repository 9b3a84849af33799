/** English strings. The survey questions as plain HTML forms, and the messages of server-side answer checks. */
export const answerFormEn = {
  placeholder: "",
} as const;
