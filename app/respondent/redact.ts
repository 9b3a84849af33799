/**
 * Redaction of free text at ingest: what panels and the public may read.
 * Pure. Replaces personal details with labelled placeholders in the
 * respondent's language. It is a safety net, not a guarantee: analysts still
 * read with care, and the unredacted text is kept only for the retention period.
 */

export type RedactionKind = "email" | "url" | "phone" | "postcode" | "vehicle" | "reference" | "dob" | "name";

const LABELS: Record<"en" | "cy", Record<RedactionKind, string>> = {
  en: {
    email: "[email address]",
    url: "[web address]",
    phone: "[phone number]",
    postcode: "[postcode]",
    vehicle: "[vehicle registration]",
    reference: "[reference number]",
    dob: "[date of birth]",
    name: "[name]",
  },
  cy: {
    email: "[cyfeiriad e-bost]",
    url: "[cyfeiriad gwe]",
    phone: "[rhif ffôn]",
    postcode: "[cod post]",
    vehicle: "[rhif cofrestru cerbyd]",
    reference: "[cyfeirnod]",
    dob: "[dyddiad geni]",
    name: "[enw]",
  },
};

/** Common first names in England and Wales. Ambiguous words (Will, May, Mark, Rose…) are left to context rules. */
const FIRST_NAMES = new Set(
  `james john robert michael david richard joseph thomas charles christopher daniel matthew anthony donald paul steven andrew
  kenneth joshua kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
  justin scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry tyler aaron adam nathan henry
  peter zachary douglas harold kyle noah gavin liam oliver harry charlie oscar leo alfie arthur freddie theo archie ethan
  mohammed muhammad ali omar ahmed hassan imran bilal tariq kamal raj arjun rohan dylan rhys owain gareth dafydd emyr huw
  ieuan iwan llyr rhodri sion aled bryn carwyn geraint gwilym idris meirion tomos osian cai elis macsen
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
  emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
  anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane
  olivia amelia isla ava mia ivy lily isabella sophia ella freya evie poppy sienna chloe jessica lucy ellie zara aisha fatima
  ayesha amira leila priya sunita nadia siobhan niamh cerys carys ffion nia seren gwen catrin elin eleri sian rhian bethan
  lowri megan mali alys efa manon nerys angharad eirlys heledd llinos menna mererid rhiannon tegan`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLES = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|PCSO|Sgt|Sergeant|DS|DI|DCI|Inspector|Constable|Officer|Detective|Nurse|Judge)";
const CAPITALISED = "[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)?";
const RELATIONS_EN =
  "(?:neighbour|neighbor|husband|wife|partner|ex|ex-partner|ex-husband|ex-wife|boyfriend|girlfriend|son|daughter|brother|sister|friend|mum|mom|dad|mother|father|uncle|aunt|cousin|landlord|boss|colleague|stepdad|stepmum|nephew|niece)";
const RELATIONS_CY =
  "(?:nghymydog|nghymdoges|ngŵr|ngwraig|mhartner|nghariad|mab|merch|mrawd|chwaer|ffrind|mam|nhad|nhad-cu|modryb|ewythr)";

type Rule = { kind: RedactionKind; pattern: RegExp; keep?: number };

/** Ordered: the most specific first, so a postcode is not taken for a reference, nor an e-mail for a name. */
const RULES: Rule[] = [
  { kind: "email", pattern: /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi },
  { kind: "url", pattern: /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)]/gi },
  {
    kind: "dob",
    pattern:
      /\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|ganwyd|dyddiad\s+geni)(?:\s+(?:is|was|as|given|written|down|yw|oedd|fel))*\s*:?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4})/gi,
  },
  { kind: "postcode", pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi },
  { kind: "vehicle", pattern: /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/gi },
  {
    kind: "phone",
    pattern: /(?:(?:\+|00)\d{1,3}[\s-]?)?(?:\(0\)\s?)?(?:\(?0\d{2,4}\)?|\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g,
  },
  { kind: "reference", pattern: /\b(?:[A-Z]{1,4}[/-])?\d{5,}(?:[/-]\d{2,4})?\b|\b[A-Z]{1,4}\/\d{2,}\/\d{2,4}\b/gi },
  { kind: "name", pattern: new RegExp(`\\b${TITLES}\\.?\\s+${CAPITALISED}`, "g") },
  // Case matters for the name (a capital letter), not for "my" or "fy".
  {
    kind: "name",
    pattern: new RegExp(`\\b([Mm]y\\s+${RELATIONS_EN}(?:\\s+called|\\s+named)?,?\\s+)(${CAPITALISED})`, "g"),
    keep: 1,
  },
  { kind: "name", pattern: new RegExp(`\\b([Ff]y\\s+${RELATIONS_CY}\\s+)(${CAPITALISED})`, "g"), keep: 1 },
  { kind: "name", pattern: new RegExp(`\\b((?:called|named|o'r enw)\\s+)(${CAPITALISED})`, "g"), keep: 1 },
];

function isCapitalised(word: string) {
  return /^[A-Z][a-z'’-]+$/.test(word);
}

/** Capitalised first names from the list, with a capitalised surname after them if there is one. */
function redactListedNames(text: string, label: string, found: Record<string, number>) {
  const words = text.split(/(\s+)/);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i].replace(/[.,;:!?'’")]+$/, "");
    if (!isCapitalised(word) || !FIRST_NAMES.has(word.toLowerCase())) continue;
    const trailing = words[i].slice(word.length);
    let replaced = label + trailing;
    const next = words[i + 2]?.replace(/[.,;:!?'’")]+$/, "");
    if (!trailing && next && isCapitalised(next) && !FIRST_NAMES.has(next.toLowerCase())) {
      replaced = label + words[i + 2].slice(next.length);
      words[i + 1] = "";
      words[i + 2] = "";
    }
    words[i] = replaced;
    found.name = (found.name ?? 0) + 1;
  }
  return words.join("");
}

export function redact(text: string, lang: "en" | "cy" = "en"): { text: string; found: Partial<Record<RedactionKind, number>> } {
  const labels = LABELS[lang];
  const found: Partial<Record<RedactionKind, number>> = {};
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (...match) => {
      found[rule.kind] = (found[rule.kind] ?? 0) + 1;
      return rule.keep ? `${match[rule.keep]}${labels[rule.kind]}` : labels[rule.kind];
    });
  }
  out = redactListedNames(out, labels.name, found);
  return { text: out, found };
}
