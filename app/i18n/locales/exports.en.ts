/** English strings. Responses: the staff list of responses, original text, and exports. */
export const exportsEn = {
  placeholder: "",
} as const;
