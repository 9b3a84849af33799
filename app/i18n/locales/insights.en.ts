/** English strings. Insights: figures, charts, filters, Victims' Code compliance, outcomes. */
export const insightsEn = {
  placeholder: "",
} as const;
