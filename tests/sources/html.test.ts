import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/sources/html.js';
import { parseHtmlSource, parseJsonSource, sourceParserFor } from '../../src/sources/index.js';
import type { Unit } from '../../src/sources/types.js';
import { expectMonotonic, expectSlicesDecode } from './map-check.js';

const unitOf = (html: string): Unit => {
  const h = htmlToText(html);
  return { id: '1', text: h.text, skip: h.skip, toFile: h.map };
};

describe('HTML to text', () => {
  test('entities: named, decimal, hex, German and Baltic letters; unknown ones stay', () => {
    const src = 'Gr&uuml;&szlig;e &amp; Dank&nbsp;&#228;&#xE4; &scaron;&ecaron;&#x1F600; &bogus; a &lt; b';
    const u = unitOf(src);
    expect(u.text).toBe('Grüße & Dank\u00a0ää šě😀 &bogus; a < b');
    expect(src.slice(u.toFile(2), u.toFile(3))).toBe('&uuml;');
    expect(src.slice(u.toFile(u.text.indexOf('😀')), u.toFile(u.text.indexOf('😀') + 2))).toBe('&#x1F600;');
  });

  test('<br> is a line break, block elements are paragraph breaks, so sentences do not merge', () => {
    const u = unitOf('<div>Hallo Anna,<br>danke für Ihre Nachricht</div><div>Wir melden uns</div><ul><li>heute</li><li>morgen</li></ul>');
    expect(u.text).toBe('Hallo Anna,\ndanke für Ihre Nachricht\n\nWir melden uns\n\nheute\n\nmorgen\n\n');
  });

  test('source line breaks and indentation between blocks are not text', () => {
    const u = unitOf('\n  <p>Eins.</p>\n  <p>Zwei.</p>\n');
    expect(u.text).toBe('Eins.\n\nZwei.\n\n');
  });

  test('inline tags vanish without a trace; the map skips them', () => {
    const src = '<p>Es <strong>tut</strong> uns <a href="https://x.example/?a=1&amp;b=2">leid</a>.</p>';
    const u = unitOf(src);
    expect(u.text).toBe('Es tut uns leid.\n\n');
    expect(src.slice(u.toFile(0), u.toFile(u.text.indexOf('.') + 1))).toBe('Es <strong>tut</strong> uns <a href="https://x.example/?a=1&amp;b=2">leid</a>.');
  });

  test('code, pre and quoted mail are skip spans; script, style and comments are dropped', () => {
    const u = unitOf('<p>Run <code>calm --down</code> now.</p><blockquote>You are useless!</blockquote><script>var x = "<p>";</script><STYLE>p{}</Style ><!-- note -->Bye');
    expect(u.text).toBe('Run calm --down now.\n\nYou are useless!\n\nBye');
    expect(u.skip.map((s) => u.text.slice(s.start, s.end))).toEqual(['calm --down', 'You are useless!']);
  });

  test('Intercom placeholders stay in the text for the core to mask', () => {
    const u = unitOf('<p>Hi <attribute key="user.first_name" default="there"/>, your plan is <variable name="plan">Pro</variable>.</p>');
    expect(u.text).toBe('Hi <attribute key="user.first_name" default="there"/>, your plan is <variable name="plan">Pro</variable>.\n\n');
  });

  test('a lone < in text is text', () => {
    expect(unitOf('Antwort in < 5 Minuten & mehr').text).toBe('Antwort in < 5 Minuten & mehr');
  });

  test('.html files are one reply; doctype and head are not text', () => {
    const src = '<!DOCTYPE html>\r\n<html><head><title>Macro</title></head><body><p>Vabandame!</p></body></html>\r\n';
    const { units } = sourceParserFor('reply.html')(src);
    expect(units.map((u) => u.text)).toEqual(['Vabandame!\n\n']);
    expect(src.slice((units[0] as Unit).toFile(0), (units[0] as Unit).toFile(10))).toBe('Vabandame!');
    expect(parseHtmlSource('<p> </p>')).toEqual({ units: [], errors: [] });
  });
});

// Inline-only documents have an independent expected text: tags vanish, <br> is "\n", entities decode.
const ENTITIES: [string, string][] = [['&amp;', '&'], ['&lt;', '<'], ['&quot;', '"'], ['&auml;', 'ä'], ['&scaron;', 'š'], ['&nbsp;', '\u00a0'], ['&#228;', 'ä'], ['&#x1F600;', '😀'], ['&ndash;', '–']];
const token = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', 'ü', 'ē', '😀', '"', '\n', '{{x}}'), minLength: 1, maxLength: 6 }).map((s) => [s, s] as [string, string]),
  fc.constantFrom(...ENTITIES).map(([e, c]) => [e, c] as [string, string]),
  fc.constantFrom('<b>', '</b>', '<span class="x">', '</span>', '<a href="https://e.example/?q=1&amp;r=2">', '</a>', '<img src="x.png" alt="y">').map((t) => [t, ''] as [string, string]),
  fc.constantFrom('<br>', '<br/>', '<BR />').map((t) => [t, '\n'] as [string, string]),
);

describe('HTML maps (property)', () => {
  test('inline HTML: text is decoded and every slice between cut points decodes to the text slice', () => {
    const decodeInline = (s: string) => {
      let out = s.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
      for (const [e, c] of ENTITIES) out = out.replaceAll(e, c);
      return out;
    };
    fc.assert(
      fc.property(fc.array(token, { maxLength: 20 }), (tokens) => {
        const src = tokens.map(([s]) => s).join('');
        const u = unitOf(src);
        // Whitespace from the source before any text is layout (tokens whose source is their text are text).
        let started = false;
        const expected = tokens.map(([s, t]) => {
          const out = !started && s === t ? t.replace(/^\s+/, '') : t;
          if (out) started = true;
          return out;
        });
        expect(u.text).toBe(expected.join(''));
        expectMonotonic(u);
        expectSlicesDecode(src, u, decodeInline, true);
      }),
      { numRuns: 300 },
    );
  });

  test('block HTML inside JSON: slices decode through JSON and HTML', () => {
    const block = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<li>', '</li>').map((t) => [t, ''] as [string, string]);
    fc.assert(
      fc.property(fc.array(fc.oneof(token, block), { maxLength: 20 }), fc.boolean(), (tokens, asciiOnly) => {
        const html = tokens.map(([s]) => s).join('');
        const encoded = JSON.stringify(html).slice(1, -1);
        const value = asciiOnly ? encoded.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : encoded;
        const src = `[{"id": 1, "title": "t", "actions": [{"field": "comment_value_html", "value": "${value}"}]}]`;
        const { units, errors } = parseJsonSource(src);
        expect(errors).toEqual([]);
        const expected = htmlToText(html).text;
        if (!expected.trim()) return;
        const u = units[0] as Unit;
        expect(u.text).toBe(expected);
        expectMonotonic(u);
        expectSlicesDecode(src, u, (s) => htmlToText(JSON.parse(`"${s}"`) as string).text, true);
      }),
      { numRuns: 300 },
    );
  });
});
