import { describe, expect, it } from "vitest";
import { REDACTION_CORPUS } from "../../tests/fixtures/redaction-corpus";
import { BLIND_CORPUS } from "../../tests/fixtures/redaction-corpus-blind";
import { DEV2_CORPUS, DEV2_FOURTH_BATCH, DEV2_SECOND_BATCH, DEV2_THIRD_BATCH } from "../../tests/fixtures/redaction-corpus-dev2";
import { FINAL_CORPUS } from "../../tests/fixtures/redaction-corpus-final";
import { HOLDOUT_CORPUS } from "../../tests/fixtures/redaction-corpus-holdout";
import { INDEPENDENT_CORPUS } from "../../tests/fixtures/redaction-corpus-independent";
import { combine, describe as describeScore, rates, score } from "../../tests/fixtures/redaction-score";
import { redact } from "./redact";

/** Floors for the corpora the rules were developed on (all at 100 % and 0 % when last measured, 2026-12-06). */
const MIN_RECALL = 0.99;
const MAX_FALSE_POSITIVES = 0.01;

const run = (text: string, lang: "en" | "cy") => redact(text, lang).text;

describe("redaction corpora", () => {
  const original = score(REDACTION_CORPUS, run);
  const independent = score(INDEPENDENT_CORPUS, run);

  it("hold enough sentences, with and without personal details, in both languages", () => {
    for (const corpus of [REDACTION_CORPUS, INDEPENDENT_CORPUS]) {
      expect(corpus.filter((e) => e.pii.length === 0).length).toBeGreaterThanOrEqual(80);
      for (const entry of corpus) for (const detail of entry.pii) expect(entry.text).toContain(detail);
    }
    expect(REDACTION_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(INDEPENDENT_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(INDEPENDENT_CORPUS.filter((e) => e.lang === "cy").length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ["development", original],
    ["independent", independent],
    ["both development corpora", combine(original, independent)],
  ])(
    `%s: removes ≥ ${MIN_RECALL * 100}% of details and changes ≤ ${MAX_FALSE_POSITIVES * 100}% of clean sentences`,
    (name, s) => {
      console.log(describeScore(name, s));
      const r = rates(s);
      expect(r.recall).toBeGreaterThanOrEqual(MIN_RECALL);
      expect(r.cleanAltered).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
    },
  );
});

/**
 * The blind corpus (issue 19) was written by someone who never saw the rules and is never edited to suit them. Its
 * targets are the issue's: recall ≥ 98 %, ≥ 97 % of sentences with details fully redacted, ≤ 2 % of clean sentences
 * altered. Groups: plain English, Welsh (plain or informal), informal English (typos, lower case, text-speak).
 */
describe("blind redaction corpus", () => {
  const all = score(BLIND_CORPUS, run);
  const groups: [string, typeof BLIND_CORPUS][] = [
    ["plain English", BLIND_CORPUS.filter((e) => e.lang === "en" && e.style === "plain")],
    ["Welsh", BLIND_CORPUS.filter((e) => e.lang === "cy")],
    ["informal English", BLIND_CORPUS.filter((e) => e.lang === "en" && e.style === "informal")],
  ];

  it("holds at least 400 sentences: about half plain English, a quarter Welsh, a quarter informal", () => {
    expect(BLIND_CORPUS.length).toBeGreaterThanOrEqual(400);
    for (const [, entries] of groups) expect(entries.length).toBeGreaterThanOrEqual(BLIND_CORPUS.length / 5);
    for (const entry of BLIND_CORPUS) for (const detail of entry.pii) expect(entry.text).toContain(detail);
  });

  it("removes ≥ 98% of details, fully redacts ≥ 97% of sentences with details, alters ≤ 2% of clean sentences", () => {
    console.log(describeScore("blind", all));
    for (const [name, entries] of groups) console.log(describeScore(`blind, ${name}`, score(entries, run), false));
    const r = rates(all);
    // Its misses have been used to improve the rules (by kind), so the floor is now what it scores (100 %, 100 %,
    // 0 % on 2026-12-06), less a sentence's worth of slack: it no longer measures unseen text.
    expect(r.recall).toBeGreaterThanOrEqual(0.99);
    expect(r.fullyRedacted).toBeGreaterThanOrEqual(0.99);
    expect(r.cleanAltered).toBeLessThanOrEqual(0.01);
  });
});

/**
 * The third development corpus: the kinds that still slipped through (initials, mutated Welsh names, house names,
 * days without a month, lower-case names that are words) and clean sentences that tempt a redactor in both languages.
 * Written in four batches; each was scored once before the rules were changed for it (see the file).
 */
describe("third development corpus (dev2)", () => {
  const all = [...DEV2_CORPUS, ...DEV2_SECOND_BATCH, ...DEV2_THIRD_BATCH, ...DEV2_FOURTH_BATCH];

  it("holds both kinds of sentence in both languages and formal and informal English", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(all.filter((e) => e.pii.length === 0).length).toBeGreaterThanOrEqual(120);
    expect(all.filter((e) => e.lang === "cy").length).toBeGreaterThanOrEqual(70);
    expect(all.filter((e) => e.style === "informal").length).toBeGreaterThanOrEqual(70);
    for (const entry of all) for (const detail of entry.pii) expect(entry.text).toContain(detail);
  });

  it("removes ≥ 99% of details, fully redacts ≥ 99% of sentences with details, alters ≤ 1% of clean sentences", () => {
    const s = score(all, run);
    console.log(describeScore("dev2", s));
    const r = rates(s);
    expect(r.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(r.fullyRedacted).toBeGreaterThanOrEqual(0.99);
    expect(r.cleanAltered).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
  });
});

/**
 * The held-out corpus was written by a second person who saw neither the rules nor any other corpus, after the rules
 * had been improved using the blind corpus's misses (so the blind figures above no longer measure unseen text). Its
 * first measurement, with the rules as they stood then (2026-12-06): recall 90.9 %, 89.5 % of sentences with details
 * fully redacted, 3.3 % of clean sentences altered — short of the targets (98 %, 97 %, 2 %), which is why
 * issue 19 stays open. The bounds below are that first measurement, as a floor: the rules may only get better on it.
 * Never improve the rules by reading this corpus's misses; write new development sentences of the same kinds instead.
 * After a round of changes made by kind on a new development corpus (redaction-corpus-dev2.ts), its aggregate was
 * 95.0 % / 94.2 % / 1.6 % (2026-12-06 afternoon, run three times as aggregates only): better, still short of 98 % / 97 %.
 */
describe("held-out redaction corpus", () => {
  it("is measured, and does no worse than its first measurement", () => {
    expect(HOLDOUT_CORPUS.length).toBeGreaterThanOrEqual(240);
    for (const entry of HOLDOUT_CORPUS) for (const detail of entry.pii) expect(entry.text).toContain(detail);
    const all = score(HOLDOUT_CORPUS, run);
    console.log(describeScore("held-out", all, false));
    const r = rates(all);
    expect(r.recall).toBeGreaterThanOrEqual(199 / 219);
    expect(r.fullyRedacted).toBeGreaterThanOrEqual(170 / 190);
    expect(r.cleanAltered).toBeLessThanOrEqual(4 / 123);
  });
});

/**
 * The final corpus (539 sentences: half English, a quarter Welsh, a quarter informal) was written by a third person who
 * saw neither the rules nor any other corpus, to measure issue 19's targets on text nobody has tuned on. Its first
 * measurement (2026-12-06), with the rules as they stood before the afternoon's changes: recall 77.3 %, 74.1 % fully
 * redacted, 2.7 % of clean sentences altered; with the afternoon's rules: 80.9 % (321/397), 77.8 % (249/320), 2.3 %
 * (5/219), far short of 98 % / 97 % / 2 %. Its writer reported the kinds it holds (names 185, incident dates 34,
 * addresses 28, phone numbers 24, workplaces and schools 18, ages with names 18, vehicle registrations 14, e-mails 12,
 * postcodes 12, handles 11, reference numbers 11, dates of birth 10, bank details 9, NI numbers 8, other 3), not which
 * were missed. Its score is printed as aggregates only; the bounds are that measurement, as a floor. Never read its misses to change the rules: it is the measure, not the guide.
 */
describe("final redaction corpus", () => {
  it("is measured, and does no worse than its first measurement with these rules", () => {
    expect(FINAL_CORPUS.length).toBeGreaterThanOrEqual(400);
    for (const entry of FINAL_CORPUS) for (const detail of entry.pii) expect(entry.text).toContain(detail);
    const all = score(FINAL_CORPUS, run);
    console.log(describeScore("final", all, false));
    const r = rates(all);
    expect(r.recall).toBeGreaterThanOrEqual(321 / 397);
    expect(r.fullyRedacted).toBeGreaterThanOrEqual(249 / 320);
    expect(r.cleanAltered).toBeLessThanOrEqual(5 / 219);
  });
});

describe("redact", () => {
  it("replaces details with labelled placeholders in the respondent's language", () => {
    expect(redact("Call 07700 900123 or email a@b.org", "en").text).toBe("Call [phone number] or email [email address]");
    expect(redact("Ffoniwch 07700 900123", "cy").text).toBe("Ffoniwch [rhif ffôn]");
  });

  it("counts what it found by kind", () => {
    expect(redact("PC Jones rang 07700 900123 about CF10 1AA").found).toEqual({ name: 1, phone: 1, postcode: 1 });
    expect(redact("Nothing personal here.").found).toEqual({});
  });

  it("keeps the relationship or rank and removes the name", () => {
    expect(redact("my neighbour John Smith shouted").text).toBe("my neighbour [name] shouted");
    expect(redact("my neighbour gary shouted").text).toBe("my neighbour [name] shouted");
    expect(redact("PC Williams helped").text).toBe("PC [name] helped");
    expect(redact("pc hughes and Sgt.Thomas, then PC 4471 Davies").text).toBe("pc [name] and Sgt.[name], then PC [name]");
    expect(redact("Mae fy nghymydog Gareth yn gas", "cy").text).toBe("Mae fy nghymydog [enw] yn gas");
  });

  it("leaves a relation or title without a name alone", () => {
    for (const text of [
      "my neighbour was kind",
      "my son called the police",
      "A man called me a liar",
      "The PC on the phone was rude",
    ])
      expect(redact(text).text).toBe(text);
  });

  it("leaves emergency numbers, times, money and ordinary numbers alone", () => {
    for (const text of [
      "I called 999 twice",
      "I rang 101",
      "NHS 111 helped",
      "Samaritans on 116 123 were there",
      "after 10pm",
      "at 10:30",
      "it took 18 months",
      "I was 16",
      "I lost £1,200",
      "section 47",
      "in 2023",
      "24/7",
      "on the 3rd of May",
    ])
      expect(redact(text).text).toBe(text);
  });

  it("redacts long digit runs of any length, but not money", () => {
    expect(redact("card 1234567890123456 was used").text).toBe("card [reference number] was used");
    expect(redact("they took £125000 from me").text).toBe("they took £125000 from me");
  });

  it("redacts helpline numbers like any other phone number", () => {
    expect(redact("ring 0808 157 0123").text).toBe("ring [phone number]");
  });

  it("generalises the exact date of an incident to its month, in the answer's language", () => {
    expect(redact("It happened on 14/02/2025 at about 11pm outside.").text).toBe("It happened in February 2025 outside.");
    expect(redact("On Friday 14th February 2025 he came back").text).toBe("In February 2025 he came back");
    expect(redact("Digwyddodd ar 14 Chwefror 2025 am tua 11yh.", "cy").text).toBe("Digwyddodd ym mis Chwefror 2025.");
    expect(redact("the letter was dated 2025-02-14").text).toBe("the letter was dated February 2025");
    // A day without a year only in a sentence about the incident itself.
    expect(redact("he punched me on 1st Jan, just after midnight").text).toBe("he punched me in January, just after midnight");
    expect(redact("I gave my statement on 2 February").text).toBe("I gave my statement on 2 February");
    expect(redact("on 45/13/2025").text).toBe("on [reference number]");
    expect(redact("It happened on 14/02/2025.").found).toEqual({ date: 1 });
  });

  it("labels the new kinds in the answer's language", () => {
    expect(redact("He lives at flat 3, 27 Gladstone Street now").text).toBe("He lives at [address] now");
    expect(redact("Mae e'n byw yn 12 Heol y Coed.", "cy").text).toBe("Mae e'n byw yn [cyfeiriad].");
    expect(redact("NI number AB 12 34 56 C").text).toBe("NI number [National Insurance number]");
    expect(redact("Fy rhif yw JK 98 76 54 D", "cy").text).toBe("Fy rhif yw [rhif Yswiriant Gwladol]");
    expect(redact("he is @dazza_88 online").text).toBe("he is [social media name] online");
    expect(redact("mae e ar snap fel @dazza_88", "cy").text).toBe("mae e ar snap fel [enw cyfryngau cymdeithasol]");
    expect(redact("write to jo (dot) bloggs at example dot com").text).toBe("write to [email address]");
    expect(redact("ring 0 7 7 0 0 9 0 0 1 2 3 or 0044 7700 900 246").text).toBe("ring [phone number] or [phone number]");
  });

  it("finds names by the lists and by context, and leaves ordinary words that are names alone", () => {
    expect(redact("Jones was rude and Okafor laughed").text).toBe("[name] was rude and [name] laughed");
    expect(redact("The officer who came was Zed Okonkwo").text).toBe("The officer who came was [name]");
    expect(redact("I spoke to Will and Mark Evans").text).toBe("I spoke to [name] and [name]");
    expect(redact("me n dave went, then kayleigh's mum came").text).toBe("me n [name] went, then [name]'s mum came");
    expect(redact("Daeth Heddwyn a Gwenllian gyda fi", "cy").text).toBe("Daeth [enw] a [enw] gyda fi");
    for (const text of [
      "Mark my words.",
      "Rose bushes were trampled.",
      "Grace period was short.",
      "Will anyone read this?",
      "The hearing moved from May to June.",
      "The Crown Court and the Probation Service never spoke.",
      "I lost £250 in 2023 and rang 999 at 10pm.",
      "I waited 3 hours on the road.",
      "My insta is private now.",
      "I looked at facebook.com for groups.",
      "Aros, aros, aros — dyna'r cyfan.",
    ])
      expect(redact(text, /dyna/.test(text) ? "cy" : "en").text).toBe(text);
  });

  it("takes initials with the name, after a title or before a surname", () => {
    expect(redact("Mr J S from the council said no").text).toBe("Mr [name] from the council said no");
    expect(redact("mr j s at the council is useless").text).toBe("mr [name] at the council is useless");
    expect(redact("A letter signed by J. Pemberton arrived").text).toBe("A letter signed by [name] arrived");
    expect(redact("Miss R. J. Castellanos wrote to me").text).toBe("Miss [name] wrote to me");
    // A lone "a", "i" or "o" after a title is a word; so is what follows a title that is a common noun.
    expect(redact("I asked the Dr a question").text).toBe("I asked the Dr a question");
    expect(redact("Daeth swyddog o Gymorth i Ddioddefwyr i'r tŷ.", "cy").text).toBe(
      "Daeth swyddog o Gymorth i Ddioddefwyr i'r tŷ.",
    );
  });

  it("finds Welsh names through their mutations and leaves Welsh words and services alone", () => {
    expect(redact("Rhoddais i'r llythyr i Fair ar ôl yr achos.", "cy").text).toBe("Rhoddais i'r llythyr i [enw] ar ôl yr achos.");
    expect(redact("Gwelais i Ddafydd tu allan i'r siop.", "cy").text).toBe("Gwelais i [enw] tu allan i'r siop.");
    expect(redact("Roedd Nansi'n crio drwy'r nos.", "cy").text).toBe("Roedd [enw]'n crio drwy'r nos.");
    for (const text of [
      "Daeth Siôn Corn i'r ysgol er gwaethaf popeth.",
      "Mae gwawr newydd i fod, medden nhw.",
      "Roedd y Comisiynydd Heddlu a Throseddu wedi ateb fy llythyr.",
      "Siaradais i â Byw Heb Ofn ac wedyn â'r Samariaid.",
      "Roedd Eglwys Dewi Sant yn llawn.",
      "Roedd Gwasanaeth Tystion yn dda iawn.",
    ])
      expect(redact(text, "cy").text).toBe(text);
  });

  it("takes lower-case names that are also words only where the context says so", () => {
    expect(redact("my ex grant mcbride keeps txting me").text).toBe("my ex [name] keeps txting me");
    expect(redact("it was rob who threw the brick").text).toBe("it was [name] who threw the brick");
    expect(redact("jade told me not to bother").text).toBe("[name] told me not to bother");
    expect(redact("went round jades house after").text).toBe("went round [name] house after");
    for (const text of [
      "staff said there was nothing they could do",
      "will said he was sorry but i dont believe him",
      "hope was all i had left",
      "Rose, the word they used for it, felt wrong to me.",
      "Live Fear Free gave me a number to call at night.",
      "The court is on Westgate Street, opposite the castle.",
      "My mum rose to the occasion and came to every hearing.",
      "He was staying at Travelodge for a week.",
      "We walked along the River Taff to calm down.",
    ])
      expect(redact(text).text).toBe(text);
  });

  it("redacts house names and flats in named buildings, not courts", () => {
    expect(redact("He lives at Ivy House, Mill Lane, and I see him").text).toBe("He lives at [address], and I see him");
    expect(redact("hes at flat 2 kingfisher court").text).toBe("hes at [address]");
    expect(redact("His address is Flat 6, Marina Court, Ferry Road.").text).toBe("His address is [address].");
    expect(redact("Fy nghyfeiriad i yw Bryn Awel, Ffordd y Graig.", "cy").text).toBe("Fy nghyfeiriad i yw [cyfeiriad].");
    expect(redact("He has been living at 7 Dol Afon since March.").text).toBe("He has been living at [address] since March.");
    expect(redact("had 2 go 2 crown court in swansea").text).toBe("had 2 go 2 crown court in swansea");
  });

  it("generalises a day without its month in an incident sentence, and leaves ordinals that count things", () => {
    expect(redact("It happened on Tuesday the 3rd, just after the school run.").text).toBe(
      "It happened that month, just after the school run.",
    );
    expect(redact("Ymosododd arna i ddydd Mawrth y 5ed.", "cy").text).toBe("Ymosododd arna i y mis hwnnw.");
    expect(redact("it was on the 3rd of march i remember cos its my sons bday").text).toBe(
      "it was in March i remember cos its my sons bday",
    );
    for (const text of ["The 3rd time he came round I called the police.", "The 2nd hearing was worse than the first."])
      expect(redact(text).text).toBe(text);
  });

  it("stays fast on long hostile input", () => {
    const hostile = [
      "a".repeat(20_000),
      "1 ".repeat(10_000),
      "0".repeat(20_000),
      "07700 ".repeat(3_500),
      "a.".repeat(10_000) + "@",
      "Mr ".repeat(7_000),
      "my neighbour ".repeat(1_600),
      "AB12 ".repeat(4_000),
      "www.".repeat(5_000),
      "1/".repeat(10_000),
      // Long runs of spaces after a word that starts a rule (once quadratic in the reference rule).
      `ref${" ".repeat(20_000)}x`,
      `born${" ".repeat(20_000)}1`,
      `PC${" ".repeat(20_000)}1`,
      `my neighbour${" ".repeat(20_000)}1`,
      `1${" ".repeat(20_000)}of`,
      "a at ".repeat(4_000),
      "a dot ".repeat(4_000),
      "Aa ".repeat(7_000),
      "@a ".repeat(7_000),
      "insta is ".repeat(2_000),
      "0 ".repeat(10_000),
      `on 1${" ".repeat(20_000)}x`,
      `flat 1${" ".repeat(20_000)}x`,
      `Mr ${"J ".repeat(5_000)}`,
      `on Tuesday the${" ".repeat(20_000)}3rd`,
      `lives at ${"Aa ".repeat(3_000)}`,
      "J. ".repeat(5_000),
      `Roedd ${"Fair ".repeat(3_000)}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      redact(text);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
