/** English strings. Scrutiny panels: set-up, sessions, frozen packs, findings, recommendations, sign-off. */
export const panelsEn = {
  title: "Scrutiny panels",
} as const;
