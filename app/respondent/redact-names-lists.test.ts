/**
 * Unit tests for what the name lists know of Welsh (issue 19): the common Welsh given names are taken in a Welsh
 * answer where a listed name is enough, and the everyday Welsh words the people-names list happens to hold stay.
 * Sentences of our own, written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from "vitest";
import {
  AMBIGUOUS_NAMES,
  classify,
  COMMON_SURNAMES,
  COMMON_WORDS,
  isEverydayWord,
  isWelshName,
  MORE_UK_FIRST_NAMES,
  UK_FIRST_NAMES,
  WELSH_EVERYDAY_WORDS,
  WELSH_FIRST_NAMES,
} from "./name-lists";
import { redact } from "./redact";
import { WELSH_WORDS } from "./redact-names-welsh";

const en = (text: string) => redact(text, "en").text;
const cy = (text: string) => redact(text, "cy").text;

describe("Welsh given names in Welsh answers", () => {
  it("takes a listed Welsh name in lower case, where a name in no list would stay", () => {
    expect(cy("odd dilwyn yn neis iawn efo fi")).toBe("odd [enw] yn neis iawn efo fi");
    expect(cy("nath islwyn ddeud wrtha i am ffonio 101")).toBe("nath [enw] ddeud wrtha i am ffonio 101");
    expect(cy("Ar ôl y treial, dwedodd gerallt bod o'n falch drosta i.")).toBe(
      "Ar ôl y treial, dwedodd [enw] bod o'n falch drosta i.",
    );
  });

  it("takes a listed Welsh name at the start of a sentence, before what the person did", () => {
    expect(cy("Tecwyn ddaeth i'r drws gynta, chwarae teg iddo fo.")).toBe("[enw] ddaeth i'r drws gynta, chwarae teg iddo fo.");
  });

  it("takes a listed Welsh name after a relation, in apposition, and mutated after 'i'", () => {
    expect(cy("Mae mab Gwyndaf yn yr un dosbarth â fy merch i.")).toBe("Mae mab [enw] yn yr un dosbarth â fy merch i.");
    expect(cy("Ffoniodd y ddynes o'r llys, Eurgain, bob wythnos.")).toBe("Ffoniodd y ddynes o'r llys, [enw], bob wythnos.");
    expect(cy("diolch i ddilwyn am bopeth nath o")).toBe("diolch i [enw] am bopeth nath o");
  });

  it("knows the common given names and their pet forms as clear names", () => {
    for (const name of ["dilwyn", "gwyndaf", "islwyn", "tecwyn", "gerallt", "ilar", "dei", "gwil", "iori", "eurgain", "caryl"])
      expect([name, classify(name), isWelshName(name)]).toEqual([name, "name", true]);
  });

  it("leaves a name that is also a word people write to context, in English and in Welsh", () => {
    // Ambiguous, and never trusted in lower case in a Welsh answer ("math" is a Welsh word the names pass guards).
    for (const word of ["awel", "aeron", "celt", "lili", "swyn", "math", "allan", "lori", "euros"])
      expect([word, classify(word), isWelshName(word) && !WELSH_WORDS.has(word)]).toEqual([word, "ambiguous", false]);
    expect(en("I failed my math test the week after it happened.")).toBe("I failed my math test the week after it happened.");
    expect(en("he wanted paying in euros not pounds")).toBe("he wanted paying in euros not pounds");
    expect(cy("Roedd yr awel yn oer a finnau'n sefyll tu allan am awr.")).toBe(
      "Roedd yr awel yn oer a finnau'n sefyll tu allan am awr.",
    );
  });
});

describe("everyday Welsh words the people-names list holds", () => {
  it("keeps a verb after 'di' ('wedi'), which is no detective inspector", () => {
    expect(cy("ni di aros tri mis am ateb, tri mis!")).toBe("ni di aros tri mis am ateb, tri mis!");
    expect(cy("ma nhw di addo ffonio'n ôl sawl gwaith ond dim byd")).toBe("ma nhw di addo ffonio'n ôl sawl gwaith ond dim byd");
    expect(cy("odd y ffenest di torri a'r drws di codi oddi ar ei golfachau")).toBe(
      "odd y ffenest di torri a'r drws di codi oddi ar ei golfachau",
    );
    expect(cy("odd y dyn di ladd y ci")).toBe("odd y dyn di ladd y ci");
  });

  it("keeps the words in plain sentences too", () => {
    for (const text of [
      "Bu'n rhaid i ni aros tri mis cyn clywed dim.",
      "Nath y plismon addo ffonio ond naeth o ddim.",
      "Ar ôl hanner nos dechreuodd y sŵn eto.",
      "Eleni dw i wedi dechrau teimlo'n saff eto.",
      "odd ei thad hi'n gweiddi drwy'r ffenest",
    ])
      expect(cy(text)).toBe(text);
  });

  it("keeps a weekday night and New Year's Eve mutated after 'nos'", () => {
    expect(cy("Mi ddaeth o nos Lun a wedyn eto nos Galan.")).toBe("Mi ddaeth o nos Lun a wedyn eto nos Galan.");
  });

  it("holds only words, never a name kept here", () => {
    const names = new Set([...WELSH_FIRST_NAMES, ...UK_FIRST_NAMES, ...COMMON_SURNAMES, ...AMBIGUOUS_NAMES]);
    expect(WELSH_EVERYDAY_WORDS.filter((word) => names.has(word))).toEqual([]);
    expect(WELSH_EVERYDAY_WORDS.filter((word) => classify(word) !== "word")).toEqual([]);
  });
});

describe("the Welsh first-name list", () => {
  it("holds a word an English dictionary knows only where it is guarded as a word, or by a decision named here", () => {
    // Given names first, words seldom or never in a victim's answer: "aneurin" (a vitamin), "elfed", "morgan", "nye",
    // "prys", "tomos", "mair", "mali", "cadi", "elan", "nona", and "dei" (written "DEI" where it is a word).
    const decided = ["aneurin", "elfed", "morgan", "nye", "prys", "tomos", "mair", "mali", "cadi", "elan", "nona", "dei"];
    const unguarded = WELSH_FIRST_NAMES.filter(
      (name) => isEverydayWord(name) && !AMBIGUOUS_NAMES.includes(name) && !WELSH_WORDS.has(name),
    );
    expect(unguarded.sort()).toEqual(decided.sort());
  });
});

describe("towns and villages of Great Britain (GeoNames, uk-places.ts)", () => {
  it("is exactly what `npm run places:build` makes from the pinned gazetteer", async () => {
    const { PLACES_FILE, placesModule, ukPlaceNames } = await import("../../db/uk-places");
    const { readFileSync } = await import("node:fs");
    const names = ukPlaceNames();
    expect(names.length).toBeGreaterThan(4000);
    expect(names).toContain("Llandovery");
    expect(readFileSync(PLACES_FILE, "utf8")).toBe(placesModule(names));
  });

  it("keeps a town after a word of place, and still takes a person by their context", () => {
    expect(en("Sheep were chased on the hill above Ystalyfera twice.")).toBe(
      "Sheep were chased on the hill above Ystalyfera twice.",
    );
    expect(en("Our van was broken into outside Clevedon library.")).toBe("Our van was broken into outside Clevedon library.");
    expect(redact("Cafodd y sied ei thorri ger Llandovery.", "cy").text).toBe("Cafodd y sied ei thorri ger Llandovery.");
    expect(en("the gang hangs around in Chatham every night")).toBe("the gang hangs around in Chatham every night");
    expect(en("Dudley, Walsall and Wolverhampton all have the same problem.")).toBe(
      "Dudley, Walsall and Wolverhampton all have the same problem.",
    );
    expect(en("A man knocked on my door in Berwick and took a deposit.")).toBe(
      "A man knocked on my door in Berwick and took a deposit.",
    );
    expect(en("the thefts round Wigton have us on edge")).toBe("the thefts round Wigton have us on edge");
    expect(en("She lives at 3 Cedar Walk, Hatfield Peverel now.")).toBe("She lives at [address] now.");
    expect(en("he lives at 12 elm road keswick n keeps shouting")).toBe("he lives at [address] n keeps shouting");
    expect(en("I saw Sharon and Dudley at the door.")).toBe("I saw [name] and [name] at the door.");
    expect(en("Ashford to Folkestone on the M20 is where he tailgated me.")).toBe(
      "Ashford to Folkestone on the M20 is where he tailgated me.",
    );
    expect(en("Luton Town were playing at home so nobody came.")).toBe("Luton Town were playing at home so nobody came.");
    expect(en("My mum has Alzheimer's and they were patient.")).toBe("My mum has Alzheimer's and they were patient.");
    expect(en("No joy from the police at all.")).toBe("No joy from the police at all.");
    // A word of a town in a person's context is still taken: the gazetteer only speaks after a word of place.
    expect(en("My neighbour Ystalyfera kept shouting.")).toBe("My neighbour [name] kept shouting.");
  });
});

describe("the first names the people-names list lacks", () => {
  it("holds names no English dictionary knows, each one a name wherever it stands", () => {
    expect(MORE_UK_FIRST_NAMES.length).toBeGreaterThan(200);
    expect(MORE_UK_FIRST_NAMES.filter((name) => isEverydayWord(name) || COMMON_WORDS.includes(name))).toEqual([]);
    expect(MORE_UK_FIRST_NAMES.filter((name) => classify(name) !== "name")).toEqual([]);
  });
});
