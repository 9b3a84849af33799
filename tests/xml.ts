/**
 * A small, strict XML 1.0 reader for tests (no dependency): it refuses what a real parser refuses that our code could
 * get wrong (unclosed or crossed tags, a bare & or <, unknown entities, unquoted or repeated attributes, text or a
 * second element outside the root, characters XML forbids) and gives back the element tree.
 */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

const NAME = /^[A-Za-z_][\w.:-]*/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: number): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bad character data near ${where}`);
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, code: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (code in named) return named[code];
    return String.fromCodePoint(code.startsWith("#x") ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
  });
}

export function parseXml(source: string): XmlElement {
  if (FORBIDDEN.test(source)) throw new Error("character not allowed in XML");
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at])) at += 1;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith("<?", at)) {
        const end = source.indexOf("?>", at);
        if (end < 0) fail("unclosed processing instruction");
        at = end + 2;
      } else if (source.startsWith("<!--", at)) {
        const end = source.indexOf("-->", at);
        if (end < 0) fail("unclosed comment");
        at = end + 3;
      } else return;
    }
  };

  function element(): XmlElement {
    if (source[at] !== "<") fail("expected an element");
    at += 1;
    const name = NAME.exec(source.slice(at))?.[0] ?? fail("expected a tag name");
    at += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (source.startsWith("/>", at)) {
        at += 2;
        return { name, attributes, children: [], text: "" };
      }
      if (source[at] === ">") {
        at += 1;
        break;
      }
      if (at === before) fail("expected a space before an attribute");
      const attribute = NAME.exec(source.slice(at))?.[0] ?? fail("expected an attribute name");
      at += attribute.length;
      skipSpace();
      if (source[at] !== "=") fail("expected =");
      at += 1;
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") fail("attribute value not quoted");
      const end = source.indexOf(quote, at + 1);
      if (end < 0) fail("unclosed attribute value");
      if (attribute in attributes) fail(`repeated attribute ${attribute}`);
      attributes[attribute] = decode(source.slice(at + 1, end), at);
      at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      const next = source.indexOf("<", at);
      if (next < 0) fail(`unclosed <${name}>`);
      text += decode(source.slice(at, next), at);
      at = next;
      if (source.startsWith("</", at)) {
        at += 2;
        if (!source.startsWith(name, at)) fail(`</${name}> expected`);
        at += name.length;
        skipSpace();
        if (source[at] !== ">") fail("expected >");
        at += 1;
        return { name, attributes, children, text };
      }
      if (source.startsWith("<!--", at)) {
        const end = source.indexOf("-->", at);
        if (end < 0) fail("unclosed comment");
        at = end + 3;
        continue;
      }
      if (source.startsWith("<![CDATA[", at)) {
        const end = source.indexOf("]]>", at);
        if (end < 0) fail("unclosed CDATA");
        text += source.slice(at + 9, end);
        at = end + 3;
        continue;
      }
      children.push(element());
    }
  }

  skipMisc();
  const root = element();
  skipMisc();
  if (at !== source.length) fail("content after the root element");
  return root;
}

/** Child elements by name. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

/** The text of the one child of that name. */
export function childText(element: XmlElement, name: string): string {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0].text;
}
