/** English strings. Themes: codebook, coding, suggestions, double coding, theme summaries. */
export const themesEn = {
  placeholder: "",
} as const;
