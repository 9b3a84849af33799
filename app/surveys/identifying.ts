/**
 * Questions that ask the person who they are. Every survey here is anonymous
 * (responses keep no IP, user agent or time), and a name typed into an answer
 * is stored as typed and shown to staff, so a question asking for a name,
 * e-mail, phone number, address, postcode, date of birth or crime reference
 * is an error unless the author records why it is needed.
 *
 * What counts as asking: an English or Welsh title that asks for the thing
 * ("What is your name?", "Please give your postcode", "Beth yw eich cyfeiriad
 * e-bost?") or is just its label ("Phone number", "Dyddiad geni"), an element
 * name that is the thing (`email`, `full_name`, `dob`), or an input type that
 * collects it (email, tel; a date input about birth). A title that mentions
 * the thing without asking for it is not flagged: "How safe do you feel at your
 * address now?" asks about safety, and its answer is not the address. This
 * leans towards flagging short labels, which are the usual way forms ask.
 * Pure.
 */
import { textIn, type SurveyElement } from "./survey-json";

export const IDENTIFYING_KINDS = ["name", "email", "phone", "address", "postcode", "birth", "crimeReference"] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];

/** The thing asked for, in English and Welsh wording. Order matters: e-mail address is an e-mail, not an address. */
const TERMS: [IdentifyingKind, RegExp][] = [
  ["email", /\be-?mail\b|\be-?bost\b/iu],
  ["birth", /\bdate of birth\b|\bbirth ?date\b|\bbirthday\b|\bd\.?o\.?b\.?(?=\W|$)|\bdyddiad geni\b|\bpen-?blwydd\b/iu],
  [
    "crimeReference",
    /\bcrime (reference|ref|number)\b|\bincident (number|reference)\b|\breference number\b|\bcyfeirnod( trosedd)?\b|\brhif (y )?drosedd\b/iu,
  ],
  ["postcode", /\bpost ?code\b|\bcod ?post\b/iu],
  ["phone", /\b(tele)?phone\b|\bmobile( number)?\b|\bffôn\b|\bffon\b/iu],
  ["address", /\baddress\b|\bcyfeiriad\b/iu],
  ["name", /\b(full |first |last |given |family |sur)?name\b|\benw\b|\bcyfenw\b/iu],
];

/** Wording that asks for something, in English and Welsh. */
const ASKING =
  /^\s*(what('s| is| are)|what was|please|can you (give|tell)|could you (give|tell)|enter|give|provide|tell us|write|type|your|beth yw|beth oedd|rhowch|nodwch|ysgrifennwch|eich)\b/iu;

const LABEL_WORDS = 3;

function fromTitle(title: string): IdentifyingKind | null {
  const text = title.replace(/<[^>]+>/g, " ").trim();
  if (!text) return null;
  const isLabel = text.replace(/[?:*.]+$/u, "").split(/\s+/u).length <= LABEL_WORDS;
  if (!isLabel && !ASKING.test(text)) return null;
  for (const [kind, pattern] of TERMS) if (pattern.test(text)) return kind;
  return null;
}

const NAME_KINDS: Record<string, IdentifyingKind> = Object.fromEntries(
  (
    [
      ["name", ["name", "fullname", "firstname", "lastname", "surname", "yourname", "givenname", "familyname", "enw"]],
      ["email", ["email", "emailaddress", "ebost"]],
      ["phone", ["phone", "phonenumber", "telephone", "tel", "mobile", "mobilenumber", "ffon"]],
      ["address", ["address", "homeaddress", "postaladdress", "cyfeiriad"]],
      ["postcode", ["postcode", "postalcode", "codpost"]],
      ["birth", ["dob", "dateofbirth", "birthdate", "birthday", "dyddiadgeni"]],
      ["crimeReference", ["crimeref", "crimereference", "crimenumber", "crimereferencenumber", "crn"]],
    ] as [IdentifyingKind, string[]][]
  ).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);

/** What identifying thing an element asks for, or null. Titles are read in English and Welsh. */
export function identifyingKind(element: SurveyElement): IdentifyingKind | null {
  if (["html", "expression", "panel", "paneldynamic"].includes(element.type)) return null;
  const titles = [textIn(element.title, "en"), textIn(element.title, "cy")];
  const inputType = typeof element.inputType === "string" ? element.inputType : "";
  if (inputType === "email") return "email";
  if (inputType === "tel") return "phone";
  const byName = NAME_KINDS[element.name.toLowerCase().replace(/[^a-z0-9]/g, "")] ?? null;
  if (inputType === "date" && (byName === "birth" || titles.some((t) => TERMS[1][1].test(t)))) return "birth";
  for (const title of titles) {
    const kind = fromTitle(title);
    if (kind) return kind;
  }
  return byName;
}
