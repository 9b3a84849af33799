/** English strings. The public "you said, we did" page, its JSON and Atom feed, and the Welsh engagement fields for it. */
export const youSaidEn = {
  title: "You said, we did",
} as const;
