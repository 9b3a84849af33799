/**
 * The markup an information block may carry, as an allow-list. Survey HTML is
 * injected unescaped (our own page and SurveyJS's html element), so anything
 * this module cannot show to be plain formatting counts as unsafe.
 *
 * The scanner follows the browser's tokenizer (HTML Standard §13.2.5) for the
 * states ordinary markup reaches: data, tags, attributes. Every allowed element
 * is an ordinary one, so the browser never leaves those states either; anything
 * that would take it elsewhere (comments, doctype, CDATA, processing
 * instructions, raw-text or foreign elements) is a problem. Pure: no I/O.
 */

export type HtmlProblem =
  | { kind: "tag"; name: string; at: number }
  | { kind: "attribute"; tag: string; name: string; at: number }
  | { kind: "link"; value: string; at: number }
  | { kind: "markup"; at: number }
  | { kind: "end-tag"; at: number }
  | { kind: "unterminated"; at: number }
  /** An end tag that does not close the element open at that point, a link inside a link, or elements left open. */
  | { kind: "unbalanced"; name: string; at: number }
  | { kind: "nul"; at: number };

/** Formatting, lists, headings below the page's own h1, and links. */
const TAGS = new Set([
  "p",
  "br",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "ul",
  "ol",
  "li",
  "a",
  "h2",
  "h3",
  "h4",
  "span",
  "div",
  "blockquote",
  "abbr",
]);
const ANY_TAG_ATTRIBUTES = new Set(["lang", "dir", "title", "class"]);
const LINK_ATTRIBUTES = new Set(["href", "target", "rel"]);
const LINK_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/**
 * Named character references an author might put in a link, including every
 * one that stands for an ASCII character (the only ones that can spell a
 * scheme, or hide one). Any other named reference in a link is unsafe.
 */
const NAMED_REFERENCES: Record<string, string> = {
  Tab: "\t",
  NewLine: "\n",
  excl: "!",
  quot: '"',
  QUOT: '"',
  num: "#",
  dollar: "$",
  percnt: "%",
  amp: "&",
  AMP: "&",
  apos: "'",
  lpar: "(",
  rpar: ")",
  ast: "*",
  midast: "*",
  plus: "+",
  comma: ",",
  period: ".",
  sol: "/",
  colon: ":",
  semi: ";",
  lt: "<",
  LT: "<",
  equals: "=",
  gt: ">",
  GT: ">",
  quest: "?",
  commat: "@",
  lsqb: "[",
  lbrack: "[",
  bsol: "\\",
  rsqb: "]",
  rbrack: "]",
  Hat: "^",
  lowbar: "_",
  UnderBar: "_",
  grave: "`",
  DiacriticalGrave: "`",
  lcub: "{",
  lbrace: "{",
  verbar: "|",
  vert: "|",
  VerticalLine: "|",
  rcub: "}",
  rbrace: "}",
  fjlig: "fj",
  nbsp: "\u00a0",
  NonBreakingSpace: "\u00a0",
};

// The tokenizer's whitespace; a carriage return becomes a line feed before it runs.
const isSpace = (c: string | undefined) => c === "\t" || c === "\n" || c === "\f" || c === "\r" || c === " ";
const isAsciiAlpha = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
// ASCII only, as browsers do: String#toLowerCase maps e.g. the Kelvin sign to "k".
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

function numericReference(digits: string, radix: 10 | 16): string {
  const code = parseInt(digits, radix);
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

/**
 * An attribute value as the browser reads it, or null when it holds a named
 * reference this module does not know. Named references without ";" are left
 * alone: the browser only decodes legacy ones that way, and none of those is
 * ASCII that could form a scheme.
 */
export function decodeAttributeValue(raw: string): string | null {
  let unknown = false;
  const decoded = raw.replace(
    /&#[xX]([0-9a-fA-F]+);?|&#([0-9]+);?|&([A-Za-z][A-Za-z0-9]*);/g,
    (reference, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (hex !== undefined) return numericReference(hex, 16);
      if (decimal !== undefined) return numericReference(decimal, 10);
      if (name !== undefined && Object.hasOwn(NAMED_REFERENCES, name)) return NAMED_REFERENCES[name];
      unknown = true;
      return reference;
    },
  );
  return unknown ? null : decoded;
}

/**
 * A link may go to a web page, an email address or a phone number, or be
 * relative (no scheme at all). Compared after decoding references and removing
 * every ASCII space and control character, which is more than the URL parser
 * removes, so "java\tscript:" and " javascript:" are caught.
 */
export function isSafeHref(raw: string): boolean {
  const decoded = decodeAttributeValue(raw);
  if (decoded === null) return false;
  const compact = asciiLower(decoded.replace(/[\u0000-\u0020\u007f]/g, ""));
  const head = compact.split(/[/?#]/, 1)[0];
  const colon = head.indexOf(":");
  return colon === -1 || LINK_SCHEMES.has(head.slice(0, colon));
}

function attributeProblem(tag: string, name: string, value: string, at: number): HtmlProblem | null {
  if (ANY_TAG_ATTRIBUTES.has(name)) return null;
  if (tag === "a" && LINK_ATTRIBUTES.has(name)) {
    return name === "href" && !isSafeHref(value) ? { kind: "link", value, at } : null;
  }
  return { kind: "attribute", tag, name, at };
}

/**
 * Reads the start tag opening at `lt` (a "<" followed by a letter), noting its
 * problems. Returns its name and the index after its ">" (-1 when the input ends first).
 */
function readStartTag(html: string, lt: number, problems: HtmlProblem[]): { tag: string; after: number } {
  const n = html.length;
  let i = lt + 1;
  while (i < n && !isSpace(html[i]) && html[i] !== "/" && html[i] !== ">") i++;
  const tag = asciiLower(html.slice(lt + 1, i));
  if (!TAGS.has(tag)) problems.push({ kind: "tag", name: tag, at: lt });

  for (;;) {
    // A "/" not followed by ">" is read as the gap before another attribute ("<p/onclick=…>").
    while (i < n && (isSpace(html[i]) || html[i] === "/")) i++;
    if (i >= n) return { tag, after: -1 };
    if (html[i] === ">") return { tag, after: i + 1 };

    const nameStart = i;
    i++; // the first character belongs to the name, even "=", quotes or "<"
    while (i < n && !isSpace(html[i]) && html[i] !== "/" && html[i] !== ">" && html[i] !== "=") i++;
    const name = asciiLower(html.slice(nameStart, i));
    while (i < n && isSpace(html[i])) i++;

    let value = "";
    if (html[i] === "=") {
      i++;
      while (i < n && isSpace(html[i])) i++;
      if (i >= n) return { tag, after: -1 };
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return { tag, after: -1 };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else if (quote !== ">") {
        const start = i;
        while (i < n && !isSpace(html[i]) && html[i] !== ">") i++;
        value = html.slice(start, i);
      }
    }
    const problem = attributeProblem(tag, name, value, nameStart);
    if (problem) problems.push(problem);
  }
}

/** Elements with no end tag. */
const VOID_TAGS = new Set(["br"]);

const END_TAG = /<\/([A-Za-z][^\t\n\f\r />]*)[\t\n\f\r ]*>/y;

/**
 * Everything in an HTML fragment outside the allow-list: tags, attributes,
 * links, and markup that is not a tag at all. Scanning stops at the first
 * problem that leaves the rest of the fragment's meaning unclear.
 */
export function htmlProblems(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const nul = html.indexOf("\0");
  if (nul !== -1) return [{ kind: "nul", at: nul }];
  const n = html.length;
  const open: string[] = [];
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    const next = html[lt + 1];
    if (isAsciiAlpha(next)) {
      const { tag, after } = readStartTag(html, lt, problems);
      if (after === -1) return [...problems, { kind: "unterminated", at: lt }];
      // The block is written into the middle of a page: every element must close inside it, in order, or the
      // browser would stretch a link over the buttons after it, or close the page's own elements.
      if (!VOID_TAGS.has(tag)) {
        if (tag === "a" && open.includes("a")) problems.push({ kind: "unbalanced", name: tag, at: lt });
        open.push(tag);
      }
      i = after;
    } else if (next === "/") {
      // Only a plain "</name>": end tags carrying anything else are malformed or something other than a tag.
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(html);
      if (!end) return [...problems, { kind: "end-tag", at: lt }];
      const tag = asciiLower(end[1]);
      if (!TAGS.has(tag)) problems.push({ kind: "tag", name: tag, at: lt });
      if (open[open.length - 1] === tag) open.pop();
      else problems.push({ kind: "unbalanced", name: tag, at: lt });
      i = lt + end[0].length;
    } else if (next === "!" || next === "?") {
      // Comments, doctype, CDATA and processing instructions: never needed, and they can hide markup.
      return [...problems, { kind: "markup", at: lt }];
    } else {
      // "<" before anything else ("a < b", "<3") is text to the browser too.
      i = lt + 1;
    }
  }
  if (open.length) problems.push({ kind: "unbalanced", name: open[open.length - 1], at: n });
  return problems;
}

export function isSafeHtml(html: string): boolean {
  return htmlProblems(html).length === 0;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * The fragment as it may be injected into a page: unchanged when it passes the
 * allow-list, otherwise as escaped text, so the person still sees what was
 * written (and someone can report it) but no markup runs.
 */
export function sanitiseForDisplay(html: string): string {
  return isSafeHtml(html) ? html : escapeHtml(html);
}
