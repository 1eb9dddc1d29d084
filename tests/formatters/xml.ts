// A small strict XML 1.0 reader for the tests: throws on anything a conforming parser would reject
// (bad names, unquoted or duplicate attributes, stray < or &, unknown entities, illegal characters,
// unbalanced tags, text outside the root), and returns the element tree with references decoded.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);|&/g, (all, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}`);
    if (ref in PREDEFINED) return PREDEFINED[ref]!;
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
    if (!m) throw new Error(`unknown entity &${ref}; in ${where}`);
    const code = m[1] ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
    const ch = String.fromCodePoint(code);
    if (ILLEGAL.test(ch) || code > 0x10ffff) throw new Error(`reference to an illegal character in ${where}`);
    return ch;
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = ILLEGAL.exec(xml);
  if (bad) throw new Error(`illegal character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  let i = 0;
  const decl = /^<\?xml version="1\.0"( encoding="UTF-8")?\?>\n?/i.exec(xml);
  if (decl) i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = () => {
    while (i < xml.length && /[ \t\r\n]/.test(xml[i]!)) i++;
  };
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(xml.slice(i))?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name) throw new Error(`mismatched </${name}> at ${i}`);
      i += name.length;
      skipSpace();
      if (xml[i] !== '>') throw new Error(`expected > at ${i}`);
      i++;
      open.text = decode(open.text, `<${name}>`);
      if (!stack.length) root = open;
    } else if (xml[i] === '<') {
      i++;
      const name = NAME.exec(xml.slice(i))?.[0];
      if (!name) throw new Error(`bad element name at ${i}`);
      if (!stack.length && root) throw new Error('second root element');
      i += name.length;
      const el: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const before = i;
        skipSpace();
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (i === before) throw new Error(`expected whitespace before attribute at ${i}`);
        const attr = NAME.exec(xml.slice(i))?.[0];
        if (!attr) throw new Error(`bad attribute name at ${i}`);
        if (attr in el.attributes) throw new Error(`duplicate attribute ${attr}`);
        i += attr.length;
        skipSpace();
        if (xml[i] !== '=') throw new Error(`expected = at ${i}`);
        i++;
        skipSpace();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attr}`);
        const end = xml.indexOf(quote, i + 1);
        if (end < 0) throw new Error(`unclosed attribute ${attr}`);
        const raw = xml.slice(i + 1, end);
        if (raw.includes('<')) throw new Error(`< in attribute ${attr}`);
        // Attribute-value normalisation: literal whitespace characters become spaces.
        el.attributes[attr] = decode(raw.replace(/[\t\r\n]/g, ' '), `${name}@${attr}`);
        i = end + 1;
      }
      if (stack.length) stack[stack.length - 1]!.children.push(el);
      if (xml.startsWith('/>', i)) {
        i += 2;
        if (!stack.length) root = el;
      } else {
        i++;
        stack.push(el);
      }
    } else {
      const next = xml.indexOf('<', i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      if (raw.includes(']]>')) throw new Error(']]> in text');
      if (!stack.length) {
        if (raw.trim()) throw new Error(`text outside the root element: ${JSON.stringify(raw.slice(0, 20))}`);
      } else {
        stack[stack.length - 1]!.text += raw.replace(/\r\n?/g, '\n');
      }
      i = next < 0 ? xml.length : next;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

export const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
