/** English strings. Staff: distribution channels and QR codes, the support directory, organisation settings. */
export const distributionEn = {
  placeholder: "",
} as const;
