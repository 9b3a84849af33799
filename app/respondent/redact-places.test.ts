/**
 * Unit tests for the redaction rules of every kind that is not a person's name: dates and times, identifiers and
 * numbers, contacts, addresses, workplaces and schools. Each test pairs what must go with clean text of the same
 * shape that must stay, so a rule that grows too wide fails here before it reaches a corpus.
 */
import { describe, expect, it } from "vitest";
import { redact } from "./redact";

const en = (text: string) => redact(text, "en").text;
const cy = (text: string) => redact(text, "cy").text;

describe("days without their month, in any sentence", () => {
  it("generalises a bare day after on, till, since, by or it was, keeping the lead's sense", () => {
    expect(en("I was only told about it on the 8th.")).toBe("I was only told about it that month.");
    expect(en("it was the 23rd and they didnt come til the 25th, by then hed gone")).toBe(
      "it was a day that month and they didnt come til later that month, by then hed gone",
    );
    expect(en("it was June and NOBODY came till the 24th")).toBe("it was June and NOBODY came till later that month");
    expect(en("He has been calling since the 3rd.")).toBe("He has been calling since earlier that month.");
    expect(cy("Doedd neb wedi dod tan y 24ain.")).toBe("Doedd neb wedi dod tan yn ddiweddarach y mis hwnnw.");
  });

  it("takes a list of days and the time after a day", () => {
    expect(en("rang 101 on the 4th, 5th n 6th n they said they got no record")).toBe(
      "rang 101 that month n they said they got no record",
    );
    expect(en("On the night of the 21st, about 2am, he tried the back door again.")).toBe(
      "That month, he tried the back door again.",
    );
  });

  it("leaves ordinals that count or rank things", () => {
    for (const text of [
      "The 3rd time he came round I called the police.",
      "It was the 2nd time in 3 weeks.",
      "its the 3rd time this yr my shed got done n no1 cares",
      "I went to the 3rd floor of the station to give evidence.",
      "I found the courage to report it on my 30th birthday.",
      "Since the 1st hearing nothing has changed.",
    ])
      expect(en(text)).toBe(text);
  });
});

describe("days and months in figures and in words", () => {
  it("generalises a day and month in figures after on, or with an exact time after it", () => {
    expect(en("thank u to the officers who came on 16/07, u made me feel safe")).toBe(
      "thank u to the officers who came in July, u made me feel safe",
    );
    expect(en("i got a letter for his trial on 2/12 at 10am but it was cancelled")).toBe(
      "i got a letter for his trial in December but it was cancelled",
    );
    expect(en("it happened 30/9 at 10 to 8 at nite, i rememba")).toBe("it happened in September, i rememba");
  });

  it("leaves fractions, scores and ratings", () => {
    for (const text of [
      "I scored 4/5 on the test",
      "The hearing moved to 5/8 of the way through.",
      "I would rate them on 7/10 overall.",
      "I was on 3/4 of my wages for months.",
      "open 24/7 they said",
    ])
      expect(en(text)).toBe(text);
  });

  it("generalises a day in words with its month, in both languages", () => {
    expect(cy("Cafodd y tŷ ei dorri i mewn iddo ar y cyntaf o Fai tra oedden ni ar wyliau.")).toBe(
      "Cafodd y tŷ ei dorri i mewn iddo ym mis Mai tra oedden ni ar wyliau.",
    );
    expect(en("He came back on the twenty-third of June 2024 at 9pm.")).toBe("He came back in June 2024.");
    expect(en("The first of many letters came in May.")).toBe("The first of many letters came in May.");
    expect(en("the first of may be the last")).toBe("the first of may be the last");
  });
});
