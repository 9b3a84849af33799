/** English strings. The action log for staff: actions, progress updates, evidence, the accountability report. */
export const actionsEn = {
  title: "Actions",
} as const;
