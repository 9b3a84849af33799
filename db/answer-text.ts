/**
 * Made-up free-text answers like those victims write, for the demo, the tests
 * and the benchmarks: a handful of recurring themes (so theming has something
 * to find), English and some Welsh, and personal details sprinkled in (so
 * redaction has something to do). Deterministic for a given random source.
 * Every detail is invented.
 */
type Random = { next: () => number; int: (n: number) => number; pick: <T>(list: T[]) => T };

const THEMES_EN: Record<string, string[]> = {
  informed: [
    "Nobody kept me up to date about my case",
    "I had to chase the officer for every update",
    "I was never told that the case had been closed",
    "The updates were regular and clear, which really helped",
    "I found out about the court date from a letter that came too late",
  ],
  kindness: [
    "The officer who came was kind and patient with me",
    "I felt listened to and believed from the start",
    "They treated me with respect and took time to explain",
    "The call handler was calm and made me feel safe",
  ],
  believed: [
    "I did not feel believed when I reported it",
    "It felt like they thought I was making a fuss",
    "I was asked the same questions again and again as if they doubted me",
  ],
  waiting: [
    "I waited hours for anyone to come out",
    "It took weeks before anyone took my statement",
    "The wait on the 101 line was far too long",
  ],
  support: [
    "Being referred to the victim hub made a real difference",
    "Nobody told me support services existed until months later",
    "The support worker helped me cope and get back to work",
  ],
  court: [
    "Going to court was frightening and nobody explained what would happen",
    "The witness service made the court day much easier",
    "I never got to make a victim personal statement",
  ],
};

const THEMES_CY: Record<string, string[]> = {
  informed: ["Doedd neb yn rhoi'r wybodaeth ddiweddaraf i mi am fy achos", "Roedd rhaid i mi ffonio bob tro i gael newyddion"],
  kindness: ["Roedd y swyddog yn garedig ac yn amyneddgar", "Roeddwn i'n teimlo bod rhywun yn gwrando arna i"],
  waiting: ["Roedd rhaid aros am oriau cyn i unrhyw un ddod", "Roedd yr aros ar y llinell 101 yn rhy hir"],
  language: ["Doedd neb yn gallu siarad Cymraeg â mi", "Roedd yn dda cael siarad yn Gymraeg drwy'r cyfan"],
};

const DETAILS_EN = [
  "You can call me on 07700 900{n}.",
  "My crime reference was 5500{n}12.",
  "PC Jones was the one who helped.",
  "My email is victim{n}@example.org if you want more.",
  "I live near CF10 1AB.",
  "",
  "",
  "",
  "",
  "",
];
const DETAILS_CY = ["Ffoniwch fi ar 07700 900{n}.", "Fy nghod post yw SA1 8EN.", "", "", "", ""];

const ENDINGS_EN = [".", ". It made a big difference.", ". Please do better for the next person.", ". That was hard.", "."];
const ENDINGS_CY = [".", ". Gwnewch yn well i'r person nesaf os gwelwch yn dda.", "."];

/** One free-text answer, in English or Welsh, with the theme it was drawn from (for checking theming later). */
export function answerText(random: Random, language: "en" | "cy"): { text: string; theme: string } {
  const themes = language === "cy" ? THEMES_CY : THEMES_EN;
  const theme = random.pick(Object.keys(themes));
  const sentence = random.pick(themes[theme]);
  const detail = random
    .pick(language === "cy" ? DETAILS_CY : DETAILS_EN)
    .replaceAll("{n}", String(100 + random.int(899)).slice(0, 3));
  const ending = random.pick(language === "cy" ? ENDINGS_CY : ENDINGS_EN);
  return { text: `${sentence}${ending}${detail ? ` ${detail}` : ""}`, theme };
}
