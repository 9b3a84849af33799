/** English strings: questions that could identify the person. */
export const identifyingEn = {
  heading: "If this question could identify the person",
  reason: "Why you need this answer",
  reasonHint:
    "Answers are anonymous. Only fill this in if the question asks for something that identifies the person (a name, contact details, an address, a date of birth or a crime reference), and say why you need it and how it is kept apart",
  finding:
    "This question asks for the person's {{kind}}, which could identify them, and answers are anonymous. Remove it or reword it, or say why you need it under “Why you need this answer” on the question, in every language the survey is offered in",
  kinds: {
    name: "name",
    email: "e-mail address",
    phone: "phone number",
    address: "address",
    postcode: "postcode",
    birth: "date of birth",
    crimeReference: "crime reference number",
  },
} as const;
