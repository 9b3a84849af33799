/** English strings. A panel session's record: findings, recommendations, minutes, attendance, comments, sign-off. */
export const panelRecordEn = {
  title: "Session record",
} as const;
