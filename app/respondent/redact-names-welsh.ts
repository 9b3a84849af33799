/**
 * What the names pass knows of Welsh (ADR 0011): the words that introduce a person in Welsh, the verb that opens a
 * Welsh sentence, patronymics, Welsh words that are also Welsh names, the cleft sentence that puts a person first,
 * and the mutations a name takes after a preposition or a possessive ("i Fair", "gyda Chatrin", "fy Nghatrin"),
 * reversed. Pure data and one pure function.
 */
/**
 * Welsh words after which a name that is also a word is taken as a name ("gan Rhys", "efo Mair", "Dywedodd Huw"), the
 * colloquial past too ("nath Euros", "wedodd Lowri").
 */
export const INTRODUCERS_CY = new Set(
  `gan efo gyda â a ac oedd yw ydy wrth dywedodd meddai gofynnodd ffoniodd galwodd daeth gwelodd and with
   from was gwelais siaradais ffoniais cwrddais cwrdd diolch gofynnais dywedais ddywedodd wnaeth mai taw
   nath naeth dwedodd wedodd ddwedodd`.split(/\s+/),
);
/** Welsh prepositions that go before a person as often as before a place or a thing ("i Alaw", "at Seren", "am
 * Geraint", "heb Gareth"): with a capital mid-sentence (Welsh nouns have none), the name after them is a person's. */
export const WELSH_TO = new Set([
  "i",
  "at",
  "am",
  "ar",
  "heb",
  "dros",
  "wrth",
  "gyda",
  "gydag",
  "efo",
  "hefo",
  "â",
  "ag",
  "gan",
  "rhwng",
]);
/** Forms of "to be" that start a Welsh sentence before its subject ("Roedd Nimco yn…"). */
export const WELSH_BE = new Set("roedd oedd mae bydd fydd doedd dydy nid ydy ydi bu buodd".split(" "));
/** "a" and "ac" join anything in Welsh ("Heddlu a Throseddu"): for a word in no list they need a name beside them. */
export const WEAK_INTRODUCERS_CY = new Set(["a", "ac"]);
/** Welsh patronymics: "Siân ferch Huw", "Dafydd ap Gwilym". */
export const PATRONYMIC = new Set(["ap", "ab", "ferch", "verch", "fab"]);
/** Welsh words that are also Welsh names: never a name in lower case ("ei dai", "gwen", "elin"). */
export const WELSH_WORDS = new Set(
  `dai cai gwen gwyn elin non nest haf eira bryn glyn wyn mai tegid hedd awen heulwen seren beth dan pen ben mam tad
   gwawr wawr alaw enfys tirion glesni llinos eirlys gwenith derwen celyn awel llew math gwern buddug dilys nant afon
   teg haul tegan ffion tesni eirian eiry`.split(/\s+/),
);
/**
 * What a Welsh word would be without the mutation it may carry ("Fair" → "Mair", "Ddafydd" → "Dafydd", "Nghatrin"
 * → "Catrin"): soft, nasal and aspirate mutations reversed, every possible source, folded.
 */
export function unmutated(folded: string): string[] {
  const out: string[] = [];
  const swap = (from: string, to: string[]) => {
    if (folded.startsWith(from)) for (const t of to) out.push(t + folded.slice(from.length));
  };
  swap("ngh", ["c"]);
  swap("mh", ["p"]);
  swap("nh", ["t"]);
  swap("ng", ["g"]);
  swap("ch", ["c"]);
  swap("ph", ["p"]);
  swap("th", ["t"]);
  swap("dd", ["d"]);
  swap("f", ["m", "b"]);
  swap("g", ["c"]);
  swap("b", ["p"]);
  if (!folded.startsWith("dd")) swap("d", ["t"]);
  swap("l", ["ll"]);
  swap("r", ["rh"]);
  swap("m", ["b"]);
  swap("n", ["d"]);
  if (/^(?:w|r|l|[aeiouy])/.test(folded)) out.push(`g${folded}`); // "Wen" → "Gwen", "Areth" → "Gareth"
  return out;
}
/** A Welsh sentence that puts the person first: "Eira oedd yr unig un…", "Awel oedd enw'r swyddog", "Gwen oedd hi'n galw ei hun". */
export const WELSH_CLEFT =
  /^\s+oedd\s+(?:yr\s+unig\s+\p{L}+|enw['’]r|ei\s+h?enw|(?:hi|e|o|fe|fo)['’]n\s+(?:galw|cael\s+ei\s+galw))/iu;
