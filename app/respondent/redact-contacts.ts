/**
 * E-mail addresses (also spelled out, "jo (dot) bloggs at example dot com"), web addresses, social media names and
 * phone numbers in any spacing: the ways to reach a person. Pure; part of redact.ts's ordered rules, in two groups
 * because phone numbers must come after dates and card numbers, which they would otherwise take a piece of.
 */
import { classify, COMMON } from "./name-lists";
import { B, digitCount, E, fold, isCapitalised, keepTrailing, type Rule } from "./redact-rule";

const AT = "(?:\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+|\\s*@\\s+|\\s+@\\s*)";
const DOT = "(?:\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+|\\.)";
const TLD = "(?:com|org|net|uk|cymru|wales|ie|info|io|me|edu|gov|ac|co|biz|eu|de|fr|pl|ro|in|pk|us|example|email|online|mail)";
/** Numbers said in words, in an address read aloud: "jones wyth deg at yahoo dot co dot uk". */
const SPOKEN_NUMBER =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|un|dau|tri|pedwar|pump|chwech|saith|wyth|naw|deg|ugain)";
/**
 * "jo (dot) bloggs at example dot com", "jo.bloggs[at]example.com", "siân dot hughes 22 at gmail dot com": an address
 * written so robots cannot read it, a number read out before the "at" included.
 */
const SPELLED_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}_%+-]{1,64}(?:(?:${DOT}|\\s+(?:underscore|dash|hyphen)\\s+)[\\p{L}\\p{N}_%+-]{1,64}){0,4}(?:\\s+(?:\\d{1,4}|${SPOKEN_NUMBER}(?:\\s+${SPOKEN_NUMBER}){0,2}))?)(${AT})([\\p{L}\\p{N}-]{1,63}(?:${DOT}[\\p{L}\\p{N}-]{1,63}){0,3}${DOT}${TLD})${E}`,
  "giu",
);
/** A dotted word ending like a web address or a file ("bbc.co.uk", "notes.final.pdf"): not a handle. */
const TLD_END = new RegExp(`\\.(?:${TLD.slice(3, -1)}|html?|pdf|docx?|jpe?g|png|txt|js|ts|php)$`, "i");
const MAIL_HOSTS =
  /^(?:g?mail|hotmail|yahoo|outlook|icloud|live|btinternet|sky|aol|proton(?:mail)?|me|msn|virgin|talktalk|example)$/i;
const obfuscated = (part: string) => /\b(?:dot|underscore|dash|hyphen)\b|[(\[{<]/i.test(part);
/** Games and consoles people are reached on by a name: "on xbox called xXreaperXx", "his psn is darkknight". */
const GAMING = "(?:xbox(?:\\s+live)?|psn|playstation|ps[345]|steam|roblox|fortnite|minecraft|twitch|call\\s+of\\s+duty|cod)";
const SOCIAL = `(?:insta(?:gram)?|ig|snap(?:chat)?|tik\\s?tok|twitter|facebook|fb|telegram|threads|discord|kik|x|username|user\\s?name|handle|gamer\\s?tag|account|profile|@|${GAMING})`;

/** E-mail addresses, web addresses and social media names, before anything else takes a piece of them. */
export const CONTACT_RULES: Rule[] = [
  {
    kind: "email",
    pattern: /(?<![\p{L}\p{N}._%+'’-])[\p{L}\p{N}._%+'’-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu,
  },
  {
    kind: "email",
    pattern: SPELLED_EMAIL,
    // "looked at facebook.com" is no address: a plain " at " needs a spelled dot, a dotted name or a mail host.
    // Nor is "up at example.com/news/…": a path after the domain makes it a web address.
    replace: ([m, local, at, domain], l, _lang, { offset, input }) =>
      input[offset + m.length] !== "/" &&
      (!/^\s+at\s+$/i.test(at) || obfuscated(m) || /[._\d]/.test(local) || MAIL_HOSTS.test(domain.split(/[\s.([{<]/)[0]))
        ? l
        : null,
  },
  {
    // "jobloggs at gmail", "jo@hotmail": a mail host is enough, even without ".com".
    kind: "email",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}(?:${AT}|@)(?:g?mail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|aol|protonmail)${E}`,
      "giu",
    ),
  },
  {
    kind: "url",
    pattern: new RegExp(`${B}(?:https?://|www\\.)[^\\s<>"]{1,2000}`, "giu"),
    replace: ([m], l) => keepTrailing(m, l),
  },
  {
    // A bare domain is only taken with a path ("example.co.uk/profile/jo"): "gov.uk" alone names no one.
    kind: "url",
    pattern: new RegExp(`${B}(?:[a-z0-9-]{1,63}\\.){1,8}[a-z]{2,24}/[^\\s<>"]{0,2000}`, "giu"),
    replace: ([m], l) => keepTrailing(m, l),
  },
  {
    kind: "handle",
    // Not a spreadsheet function ("@SUM(A1)"): a handle is never followed by a bracket.
    pattern: /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_@(])/gu,
  },
  {
    // A name people only use online: "kay.jones_x", "shannon_x_22", "rhys.j.2007", "jademxx_" (an underscore, or dots
    // and digits).
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}._%+@/-])[a-z][a-z0-9]*(?:(?:[._][a-z0-9]+)+|_+)(?![\p{L}\p{N}_@/]|\.[a-z0-9])/giu,
    replace: ([m], l) => (m.includes("_") || (/\./.test(m) && /\d/.test(m) && /[a-z]{2}/i.test(m)) ? l : null),
  },
  {
    // Three or more dotted words that are no web address: "kyle.morgan.official", "gwyn.ap.rhys".
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}._%+@/-])\p{L}{2,}(?:\.\p{L}{2,}){2,4}(?![\p{L}\p{N}_@/]|\.\p{L})/gu,
    replace: ([m], l) => (TLD_END.test(m) ? null : l),
  },
  {
    // A profile or account by its quoted name: 'a profile called "amber rose xx"'.
    kind: "handle",
    pattern: new RegExp(
      `(${B}(?:profile|account|page|username|user\\s?name|cyfrif|proffil)\\s+(?:called|named|is|was|o['’]r\\s+enw|yw|oedd)\\s+["“‘'])([^"”’'\\n]{1,40})["”’']`,
      "giu",
    ),
    // "his account was 'inconsistent'": after a bare "is"/"was" one quoted dictionary word is what was said of it.
    replace: ([m, context, name], l) =>
      /\s(?:is|was|yw|oedd)\s+\S$/i.test(context) && !/\s/.test(name.trim()) && classify(fold(name.trim())) === "word"
        ? null
        : context + l + m.slice(-1),
  },
  {
    // A profile name of several lower-case words: "he was on my fb as jay jay cardiff" (to the end of the clause).
    kind: "handle",
    pattern: new RegExp(
      `(${B}(?:fb|facebook|insta(?:gram)?|snap(?:chat)?|tik\\s?tok|twitter)\\s+as\\s+)((?:\\p{Ll}[\\p{L}\\p{N}_.'’-]*\\s+){1,3}\\p{Ll}[\\p{L}\\p{N}_.'’-]*)(?=\\s*(?:[,.;!?\\n]|$))`,
      "gu",
    ),
    replace: ([, context, name], l) => (name.split(/\s+/).some((w) => COMMON.has(fold(w))) ? null : context + l),
  },
  {
    // A name with digits before the platform it is on: "it was dazzam88official on tiktok", "kaz_x99 on insta".
    kind: "handle",
    pattern: new RegExp(
      // One whole token (taken atomically, at most 40 characters), so a long run cannot be split many ways.
      `(?<![\\p{L}\\p{N}_.])(?=([\\p{L}\\p{N}_.]{3,40}))\\1(?=\\s+on\\s+(?:insta(?:gram)?|ig|snap(?:chat)?|tik\\s?tok|twitter|facebook|fb|telegram|threads|discord|kik|x|${GAMING})${E})`,
      "giu",
    ),
    // Not a plate, a time or a count ("2am on snap", "5 on fb"): letters on both sides of a digit or a name's shape.
    replace: ([m], l) => (/\d/.test(m) && /\p{L}{3}/u.test(m) && !/^\d+(?:am|pm|st|nd|rd|th|s)?$/i.test(m) ? l : null),
  },
  {
    // A contact saved under a name: "saved as 'Uncle B'", "wedi'i gadw fel 'Mam 2'".
    kind: "name",
    pattern:
      /((?<![\p{L}])(?:saved|stored|listed|cadw|gadw)\s+(?:in\s+(?:his|her|their|my)\s+(?:phone|contacts)\s+)?(?:as|under|fel|dan)\s+['"“‘])([^'"”’\n]{1,30})(['"”’])/giu,
    replace: ([, context, , close], l) => context + l + close,
  },
  {
    // A name in brackets with the platform it is on: "my ex (jordz on snap)", "(kaylaa on tiktok)". The brackets say it
    // is what he goes by there; an ordinary word ("(me on snap)", "(pics on insta)") stays.
    kind: "handle",
    pattern: new RegExp(
      `(\\(\\s*)([\\p{L}][\\p{L}\\p{N}_.]{2,29})(\\s+on\\s+(?:insta(?:gram)?|ig|snap(?:chat)?|tik\\s?tok|twitter|facebook|fb|telegram|threads|discord|kik|${GAMING})\\s*\\))`,
      "giu",
    ),
    replace: ([, open, name, rest], l) => {
      const folded = fold(name);
      return COMMON.has(folded) || classify(folded) === "word" || classify(folded) === "not" ? null : open + l + rest;
    },
  },
  {
    // A gamer tag by its shape alone: case that changes back and forth inside one word ("xXShadowFoxXx",
    // "DarkKnightRiderX"); a surname or a brand changes once ("McDonald", "YouTube").
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}_])[\p{L}\p{N}_]{6,30}(?![\p{L}\p{N}_])/gu,
    replace: ([m], l) => ((m.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2 ? l : null),
  },
  {
    // A Reddit user ("u/dazza_p") or a Discord tag ("dazza#1234").
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}_/])(?:u\/[A-Za-z0-9_-]{3,20}|[A-Za-z0-9_.]{2,32}#\d{4})(?![\p{L}\p{N}_])/gu,
  },
  {
    // A name with digits, an underscore or a capital inside after "goes by", "calls himself", "called" or "o'r enw": "he
    // goes by dazza88 online", "someone called xXreaperXx", "o'r enw DraigGoch99", "under the name scousebeast99".
    kind: "handle",
    pattern: new RegExp(
      `(${B}(?:goes|went|going)\\s+by\\s+(?:the\\s+name\\s+)?|${B}call(?:s|ed|ing)\\s+(?:him|her|them)sel(?:f|ves)\\s+|${B}(?:called|calld|named|o['’]r\\s+enw|known\\s+as|(?:posts|posting|posted|online|messages|messaging|messaged)\\s+under(?:\\s+the\\s+(?:user)?name)?|under\\s+the\\s+(?:user)?name|dan\\s+yr\\s+enw)\\s+)([\\p{L}][\\p{L}\\p{N}_.]*(?:\\d|_|\\p{Ll}\\p{Lu})[\\p{L}\\p{N}_.]*)${E}`,
      "giu",
    ),
    // A capital inside alone is a surname's ("McDonald", "JoJo"): a handle's case changes twice or starts lower
    // ("xXreaperXx", "ThePhantomRider").
    // After a bare "posts under", a name in capitals with a number is a topic or a channel ("Covid19 news", "ITV4").
    replace: ([, context, handle], l) =>
      (/under\s+$/iu.test(context) && !/^\p{Ll}|_/u.test(handle)) ||
      !(/[\d_]/.test(handle) || /^\p{Ll}+\p{Lu}/u.test(handle) || (handle.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2)
        ? null
        : context + l + (handle.endsWith(".") ? "." : ""),
  },
  {
    // An account by the name it goes under: "ei gyfrif Facebook o dan yr enw Bryn Eryri 77", "posting under the name
    // Kay Jones 99". The name and any number after it.
    kind: "handle",
    pattern: new RegExp(
      `(${B}(?:under\\s+the\\s+(?:user\\s?)?name|o\\s+dan\\s+yr\\s+enw|dan\\s+yr\\s+enw)\\s+["“‘']?)(\\p{Lu}[\\p{L}\\p{N}_.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}_.'’-]*){0,2}(?:\\s+\\d{1,4})?)${E}`,
      "gu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // "his snap is dazza_88", "on insta as jo.b.99", "username: shadowwolf": not "my insta is private".
    kind: "handle",
    pattern: new RegExp(
      `(${B}${SOCIAL}(?:\\s+(?:name|handle|account|id|username|tag))?(?:\\s*[:-]\\s*|\\s+(?:(?:he|she|they)(?:['’]s|\\s+is|\\s+was|['’]re|\\s+are)\\s+)?(?:is|was|yw|oedd|ydy|ydi|as|called|named|calld|goes\\s+by)\\s+|\\s+(?:he|she|they)(?:['’]s|\\s+is|\\s+was)\\s+(?=\\S*\\d))|${B}(?:(?:his|her|their|ei)\\s+)?(?:name|username|enw)\\s+(?:on|ar)\\s+(?:there|it|that|${SOCIAL})\\s+(?:is|was|yw|ydy|oedd)\\s+)(@?[\\p{L}\\p{N}_.]{2,30})${E}`,
      "giu",
    ),
    replace: ([, context, handle], l) => {
      const bare = handle.replace(/^@/, "").replace(/\.$/, "");
      // An account or profile number is a reference ("account is 12345678"), not a name.
      if (!/\p{L}/u.test(bare)) return null;
      if (!handle.startsWith("@") && !/[\d_.]/.test(bare)) {
        const cls = classify(fold(bare));
        if (cls === "word" || cls === "not" || COMMON.has(fold(bare)) || (cls !== "unknown" && isCapitalised(bare))) return null;
        // "on fb as well": after "as" a word that is also a name or a word is the sentence going on.
        if (/\sas\s+$/i.test(context) && cls !== "unknown" && cls !== "name") return null;
      }
      return context + l + (handle.endsWith(".") ? "." : "");
    },
  },
  {
    // A name with an underscore in it is a handle by its shape alone ("lil_jaydenx_", "kaz_x99"): prose has none.
    kind: "handle",
    // (letters or digits before the first underscore: "_terrified_" is emphasis; never code pasted in, a name with
    // "__" or one assigned or called: "window.__xss=1", "my_var(")
    pattern:
      /(?<![\p{L}\p{N}_@.])(?=[\p{L}\p{N}_.]*\p{L}[\p{L}\p{N}_.]*\p{L})[\p{L}\p{N}][\p{L}\p{N}.]*_[\p{L}\p{N}_.]*(?<!\.)(?![\p{L}\p{N}_]|\s*[=(])/gu,
    replace: ([m], l) => (m.includes("__") ? null : l),
  },
  {
    // A name with dots in lower case, one part short or with a digit ("rosie.x.cdf", "amberrose.xo", "jayden.x22"), and
    // not words run together past a full stop ("rang 101.they said", "it.was") nor a web address or a file.
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}_@.])\p{Ll}[\p{Ll}\p{N}]+(?:\.[\p{Ll}\p{N}]+){1,3}(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])/gu,
    replace: ([m], l) => {
      if (TLD_END.test(m)) return null;
      const parts = m.split(".");
      if (parts.every((p) => COMMON.has(p) || classify(p) === "word")) return null;
      // (a word then kisses or a laugh past a full stop is a sentence's end: "listening.xx", "scared.lol")
      if ((COMMON.has(parts[0]) || classify(parts[0]) === "word") && !/\d/.test(m)) return null;
      return parts.some((p) => /\d/.test(p)) || parts.slice(1).some((p) => p.length <= 3 && classify(p) !== "word") ? l : null;
    },
  },
];

/** Phone numbers, after dates and card numbers. */
const DIGIT_WORD =
  "(?:oh|o|zero|one|two|three|four|five|six|seven|eight|nine|hundred|thousand|double\\s+\\p{L}+|treble\\s+\\p{L}+)";
const DIGIT_WORD_VALUE = /^(?:oh|o|zero|one|two|three|four|five|six|seven|eight|nine)$/i;
/** How many digits a run of digit words spells: "double oh" is two, "treble five" three. */
function spelledDigits(run: string): number {
  let count = 0;
  const words = run
    .toLowerCase()
    .split(/[\s,.-]+/)
    .filter(Boolean);
  for (let k = 0; k < words.length; k += 1) {
    if (words[k] === "double" || words[k] === "treble") {
      if (DIGIT_WORD_VALUE.test(words[k + 1] ?? "")) count += words[k] === "double" ? 2 : 3;
      k += 1;
    } else if (DIGIT_WORD_VALUE.test(words[k])) count += 1;
    // "nine hundred", "two thousand": the zeros they stand for.
    else if (words[k] === "hundred") count += 2;
    else if (words[k] === "thousand") count += 3;
  }
  return count;
}

export const PHONE_RULES: Rule[] = [
  {
    // A number spelled out so robots cannot read it: "oh seven seven double oh, nine double oh, one two eight".
    kind: "phone",
    pattern: new RegExp(`${B}${DIGIT_WORD}(?:[\\s,.-]{1,3}${DIGIT_WORD}){6,14}${E}`, "giu"),
    // Starting with "oh" or "zero", or after words that say it is a number ("my number is seven seven double oh…").
    replace: ([m], l, _lang, { offset, input }) =>
      spelledDigits(m) >= 10 &&
      (/^(?:oh|o|zero)\b/i.test(m) ||
        /\b(?:number|phone|mobile|mob|call|ring|text|whatsapp|rif|ffôn|ffon)\b/i.test(
          input.slice(Math.max(0, offset - 25), offset),
        ))
        ? keepTrailing(m, l)
        : null,
  },
  {
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}+])(?:\+|00)\s?[1-9]\d{0,2}(?:\s?\(0\)\s?|[\s.-]{0,2})\d(?:[\s.()-]{0,2}\d){5,12}(?!\p{N})/gu,
    replace: ([m], l) => (digitCount(m) >= 9 ? l : null),
  },
  {
    kind: "phone",
    // Any spacing, even a space between every digit: "0 7 7 0 0 9 0 0 1 2 3". Freephone numbers (0800, 0808) belong
    // to services and helplines, never to one person, so they stay: "Live Fear Free, 0808 80 10 800".
    pattern: /(?<![\p{L}\p{N}+])(?:\(0\d{2,4}\)\s?\d(?:[\s.-]?\d){4,7}|0(?:[\s.()-]{0,2}\d){9,10})(?!\p{N})/gu,
    replace: ([m], l) => (digitCount(m) >= 10 && !/^080[08]/.test(m.replace(/\D/g, "")) ? l : null),
  },
];
