import { describe, expect, it } from "vitest";
import { DANGER_PHRASES, suggestsDanger } from "./danger";

const flagged: string[] = [
  // English: threats and violence now
  "He is outside my house right now",
  "he's outside again and I don't know what to do",
  "He's going to kill me when he finds out I did this survey",
  "i am scared for my life",
  "I'm not safe at home",
  "he will hurt me if he gets out",
  "He keeps threatening to kill me and my mum",
  "they threatened to kill my dog and then me",
  "He has a knife in the house",
  "he's got a knife",
  "He locked me in the bedroom for two days",
  "please help me now",
  "I am still living with him",
  "still living with them because I have nowhere else to go",
  "They know where I live",
  "he knows where we live now",
  "My ex keeps following me to work",
  "I don't feel safe in my own home",
  "she is still hitting me",
  "He said he'll find me wherever I go",
  "I fear for my children",
  "I'm terrified of him",
  "I'm in danger",
  "send the police now",
  "he strangled me last week",
  "he keeps turning up at my work",
  // English: suicide and self-harm
  "Some days I want to die",
  "I've thought about killing myself",
  "i just want to end my life",
  "I was suicidal after the trial",
  "I've started self harming again",
  "I self-harm when it gets bad",
  "hurting myself is the only thing that helps",
  "I wish I was dead",
  "I don't want to live like this",
  "I can't go on like this",
  "I feel like ending it",
  // Welsh
  "Dydw i ddim yn ddiogel",
  "Dw i ddim yn teimlo'n ddiogel gartref",
  "Mae arna i ofn",
  "Rydw i eisiau lladd fy hun",
  "Dw i eisiau marw",
  "Mae e'n mynd i fy lladd",
  "Mae o'n mynd i'n lladd i",
  "Dw i wedi bod yn niweidio fy hun",
  "Helpwch fi",
  "Mae e tu allan i'r tŷ",
  "Mae ganddo fe gyllell",
  "Dw i'n dal i fyw gydag e",
  "Mae e'n gwybod ble dw i'n byw",
  "Mae e wedi bygwth fy lladd",
  "Dw i ofn am fy mywyd",
  "Roeddwn i'n meddwl am hunanladdiad",
  "Mae hi'n fy mrifo bob nos",
  "Rydw i mewn perygl",
  "Dydw i ddim eisiau byw",
  "Dw i'n ofnus iawn ohono fe",
  "Mae angen help arna i, angen help nawr",
];

const notFlagged: string[] = [
  // English: ordinary phrases that share words with danger phrases
  "The officer killed time by chatting to me",
  "I was dying to know what happened at court",
  "I felt safe with the officer who came",
  "They told me to kill the engine and step out",
  "It was a killer of a day in court",
  "I feel safe now that the locks are changed",
  "Victim Support helped me a lot",
  "Knife crime is a problem round here",
  "He was outside when the police arrived",
  "The wait is killing me",
  "I'd kill for a proper update",
  "We were locked out of the flat for an hour",
  "Nobody was following me up after the first call",
  "I didn't feel safe going to court",
  "The station is a safe space",
  "My phone died halfway through the call",
  "I don't want to be here in Cardiff for the trial",
  "I was scared at the time but I'm fine now",
  "The officer knew where the station was",
  "I live with my parents now",
  // Welsh
  "Roeddwn i'n teimlo'n ddiogel gyda'r swyddog",
  "Mae'r aros yn fy lladd i",
  "Roedden ni'n lladd amser yn yr orsaf",
  "Bu farw fy nhad y llynedd",
  "Roedd y swyddog yn broffesiynol iawn",
  "Helpodd y swyddog fi lawer",
  "Mae ofn pryfed cop arna i",
  "Dw i'n ddiogel nawr",
  "Roedd y gyllell yn y gegin",
  "Roeddwn i'n marw eisiau gwybod beth ddigwyddodd",
  "Dw i eisiau gwybod pryd mae'r achos",
  "Mae'r swyddog yn byw yn lleol",
];

describe("suggestsDanger", () => {
  it.each(flagged)("flags: %s", (text) => {
    expect(suggestsDanger([text])).toBe(true);
  });

  it.each(notFlagged)("does not flag: %s", (text) => {
    expect(suggestsDanger([text])).toBe(false);
  });

  it("checks every text, and nothing is nothing", () => {
    expect(suggestsDanger(["The officer was kind", "Court was slow", "I want to die"])).toBe(true);
    expect(suggestsDanger(["The officer was kind", "Court was slow"])).toBe(false);
    expect(suggestsDanger([])).toBe(false);
    expect(suggestsDanger([""])).toBe(false);
  });

  it("reads both languages whatever the survey language, even mixed in one answer", () => {
    expect(suggestsDanger(["Roedd y swyddog yn iawn but honestly he's going to kill me"])).toBe(true);
    expect(suggestsDanger(["The officer was fine, ond dydw i ddim yn ddiogel"])).toBe(true);
    expect(suggestsDanger(["Roedd y swyddog yn iawn", "I felt safe"])).toBe(false);
  });

  it("ignores case, accents, apostrophe styles, punctuation and spacing", () => {
    for (const text of [
      "HE’S GOING TO KILL ME",
      "hes going to kill me",
      "he's   going\tto\nkill me!!!",
      "he is outside...",
      "Suicidal.",
      "self-harm",
      "(kill myself)",
      "Mae e'n mynd i fy lladd!",
      "mae e’n mynd i fy lladd",
      "Mae e tu allan i'r ty",
    ])
      expect(suggestsDanger([text]), text).toBe(true);
  });

  it("matches whole words only", () => {
    expect(suggestsDanger(["skill myself up for a new job"])).toBe(false);
    expect(suggestsDanger(["the doctor said my skin was dead"])).toBe(false);
  });

  it("has tables big enough to trust, and every listed phrase flags on its own", () => {
    expect(flagged.length).toBeGreaterThanOrEqual(40);
    expect(notFlagged.length).toBeGreaterThanOrEqual(30);
    for (const phrase of [...DANGER_PHRASES.en, ...DANGER_PHRASES.cy]) {
      const firstVariant = phrase.replace(/\{([^{}|]*)[^{}]*\}/g, "$1").replace(/\*/g, "");
      expect(suggestsDanger([firstVariant]), phrase).toBe(true);
    }
  });
});
