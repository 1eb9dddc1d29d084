import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse, parseDocument, stringify, type Scalar } from 'yaml';
import { parseYamlSource } from '../../src/sources/index.js';
import type { Unit } from '../../src/sources/types.js';
import { decodeToken } from '../../src/sources/yaml.js';
import { expectMonotonic, expectSlicesDecode } from './map-check.js';

const raw = (src: string, u: Unit, a = 0, b = u.text.length) => src.slice(u.toFile(a), u.toFile(b));
const byId = (units: Unit[]) => Object.fromEntries(units.map((u) => [u.id, u]));

describe('osTicket', () => {
  const canned = `# osTicket canned responses (premade.yaml)
---
- id: 1
  isenabled: 1
  title: What is osTicket (sample)?
  response: |
    <p>osTicket is a widely-used open source support ticket system.</p>
    <p>We are sorry &ndash; please bear with us.</p>
- id: 2
  isenabled: 1
  title: Entschuldigung
  response: >-
    Es tut uns sehr leid,
    dass Sie warten mussten.

    Wir melden uns bis morgen.
`;
  test('canned responses: title, id, HTML response', () => {
    const { units, errors } = parseYamlSource(canned);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title])).toEqual([['1', 'What is osTicket (sample)?'], ['2', 'Entschuldigung']]);
    const [first, second] = units as [Unit, Unit];
    expect(first.text).toBe('osTicket is a widely-used open source support ticket system.\n\nWe are sorry – please bear with us.\n\n');
    expect(raw(canned, first, first.text.indexOf('We are'), first.text.indexOf('please') + 6)).toBe('We are sorry &ndash; please');
    expect(second.text).toBe('Es tut uns sehr leid, dass Sie warten mussten.\nWir melden uns bis morgen.');
    const d = second.text.indexOf('dass');
    expect(raw(canned, second, d - 6, d + 4)).toBe('leid,\n    dass');
    expect(raw(canned, second, second.text.indexOf('Wir'))).toBe('Wir melden uns bis morgen.');
  });

  test('an e-mail template: subject fragment and HTML body', () => {
    const tpl = `---
notes: >
    Sent to a user when a new ticket is created.
subject: 'Ticket #%{ticket.number} – we''re on it'
body: |
    <h3><strong>Dear %{recipient.name.first},</strong></h3>
    Thank you for contacting us.<br>
    A request for support has been created.
`;
    const { units, errors } = parseYamlSource(tpl);
    expect(errors).toEqual([]);
    const { '1/subject': subject, '1': body } = byId(units) as Record<string, Unit>;
    expect(subject?.fragment).toBe(true);
    expect(subject?.text).toBe("Ticket #%{ticket.number} – we're on it");
    expect(raw(tpl, subject as Unit)).toBe("Ticket #%{ticket.number} – we''re on it");
    expect(body?.text).toBe('Dear %{recipient.name.first},\n\nThank you for contacting us.\n\nA request for support has been created.\n');
  });
});

describe('Rails i18n', () => {
  const i18n = `de:
  macros:
    refund:
      title: Erstattung
      body: |-
        Hallo %{name},

        es tut uns leid. Wir erstatten den Betrag innerhalb von 5 Tagen.
    apology: "Entschuldigen Sie bitte die Verz\\u00f6gerung.\\n\\
      Wir melden uns heute noch."
lv:
  macros:
    refund:
      body: 'Atvainojamies! Naudu atmaksāsim piecu dienu laikā.'
`;
  test('every string is a unit with its dotted key path and locale', () => {
    const { units, errors } = parseYamlSource(i18n);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.language, u.fragment])).toEqual([
      ['de.macros.refund.title', 'de', true],
      ['de.macros.refund.body', 'de', undefined],
      ['de.macros.apology', 'de', undefined],
      ['lv.macros.refund.body', 'lv', true],
    ]);
    const u = byId(units);
    const body = u['de.macros.refund.body'] as Unit;
    expect(body.text).toBe('Hallo %{name},\n\nes tut uns leid. Wir erstatten den Betrag innerhalb von 5 Tagen.');
    expect(raw(i18n, body, body.text.indexOf('es tut'))).toBe('es tut uns leid. Wir erstatten den Betrag innerhalb von 5 Tagen.');
    const apology = u['de.macros.apology'] as Unit;
    expect(apology.text).toBe('Entschuldigen Sie bitte die Verzögerung.\nWir melden uns heute noch.');
    expect(raw(i18n, apology, 28, 39)).toBe('Verz\\u00f6gerung');
    expect(raw(i18n, apology, apology.text.indexOf('Wir'))).toBe('Wir melden uns heute noch.');
  });
});

describe('block scalars, chomping, indentation, CRLF', () => {
  const cases: [string, string][] = [
    ['|\n  line one\n    indented\n\n  last\n\n\n', 'line one\n  indented\n\nlast\n'],
    ['|-\n  strip me\n\n', 'strip me'],
    ['|+\n  keep me\n\n\n', 'keep me\n\n\n'],
    ['|2\n    starts indented\n  then not\n', '  starts indented\nthen not\n'],
    ['>\n  folded\n  lines\n\n  para\n    more indented\n  back\n', 'folded lines\npara\n  more indented\nback\n'],
    ['>-\n\n  leading blank\n', '\nleading blank'],
    ['"a \\"quoted\\" \\\\ value\\t\\x41\\U0001F600"', 'a "quoted" \\ value\tA😀'],
    ["'single ''quoted''\n\n  folded'", "single 'quoted'\nfolded"],
    ['plain   \n  folded   text\n\n\n  end', 'plain folded   text\n\nend'],
  ];
  test.each(cases)('%j', (value, expected) => {
    for (const eol of ['\n', '\r\n']) {
      const src = `short_code: t\ncontent: ${value}`.replace(/\n/g, eol);
      const { units, errors } = parseYamlSource(src);
      expect(errors).toEqual([]);
      expect(parse(src).content).toBe(expected);
      const unit = units[0] as Unit;
      expect(unit.text).toBe(expected);
      expectMonotonic(unit);
      // Every character copied verbatim sits where the map says.
      for (let i = 0; i < unit.text.length; i++) {
        const c = unit.text[i] as string;
        if (/[A-Za-z]/.test(c) && !'tnxUA'.includes(c)) expect(src[unit.toFile(i)]).toBe(c);
      }
    }
  });
});

describe('errors and empty files', () => {
  test('invalid YAML reports the offset of the problem', () => {
    const src = '- title: ok\n  response: "unclosed\n- title: next\n';
    const { units, errors } = parseYamlSource(src);
    expect(units).toEqual([]);
    expect(errors[0]?.message).toMatch(/^Invalid YAML: /);
    expect(errors[0]?.offset).toBeGreaterThan(20);
  });

  test('a bad indentation is an error with an offset', () => {
    const src = 'macros:\n  - title: a\n    response: b\n   - title: c\n';
    const { errors } = parseYamlSource(src);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.offset).toBeGreaterThanOrEqual(src.indexOf('   - title: c'));
  });

  test('a reply field that is not text names its path', () => {
    const { errors } = parseYamlSource('- title: Zahl\n  response: 42\n');
    expect(errors).toEqual([{ message: '$[0].response: expected the reply text, found a number', offset: 26 }]);
  });

  test.each(['', '# nothing here\n', '---\n', '[]\n', 'macros: []\n'])('empty library %j', (src) => {
    expect(parseYamlSource(src)).toEqual({ units: [], errors: [] });
  });

  test('an unknown shape says how to configure it', () => {
    const { errors } = parseYamlSource('snippets:\n  - handle: late\n    words: Sorry for the long wait, we are on it.\n');
    expect(errors[0]?.message).toContain('text: ["$.snippets[*].words"], title: "$.snippets[*].handle"');
  });
});

// Text with what YAML treats specially: quotes, backslashes, indicators, tabs, blank lines, emoji.
const yamlText = fc.string({ unit: fc.constantFrom('a', 'b', 'ö', 'ū', ' ', ' ', '\n', '\n\n', '"', "'", '\\', '#', ': ', '- ', '\t', '😀', 'x'), maxLength: 50 });
const STYLES = ['QUOTE_DOUBLE', 'QUOTE_SINGLE', 'PLAIN', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

function valueToken(src: string) {
  const doc = parseDocument(src, { keepSourceTokens: true });
  const seq = doc.get('de', true) as { get(k: string, keep: true): { get(k: string, keep: true): Scalar } };
  return seq.get('macros', true).get('k', true);
}

/** Decodes a raw slice by wrapping it in a scalar of the same style (see map-check: cut points are inside text). */
function decodeSlice(src: string, node: Scalar, slice: string, from: number): string {
  const lineStart = src.lastIndexOf('\n', from - 1) + 1;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return parse(`k: "${slice}"`).k;
    case 'QUOTE_SINGLE':
      return parse(`k: '${slice}'`).k;
    case 'PLAIN':
      return (parse(`k: x${slice}`).k as string).slice(1);
    default: {
      // Same indentation as the original block (explicit indicator), same leading spaces on the first line.
      const token = node.srcToken as { indent: number; props: { source: string }[] };
      const headerSource = (token.props[0] as { source: string }).source;
      const bodyStart = src.indexOf('\n', (node.range as number[])[0]) + 1;
      const explicit = Number(/\d/.exec(headerSource)?.[0] ?? 0);
      const indent = explicit ? token.indent + explicit : (/^( *)[^ \r\n]/m.exec(src.slice(bodyStart))?.[1]?.length ?? 0);
      // The cut line's start, with its text masked, keeps folding and indentation as they were.
      const prefix = src.slice(lineStart, from).replace(/[^ \t]/g, 'x');
      return (parse(`k: ${headerSource[0]}-${indent}\n${prefix}${slice}`).k as string).slice(prefix.length - indent);
    }
  }
}

describe('YAML maps (property)', () => {
  test('our decoders give exactly the parsed value, for every scalar style', () => {
    fc.assert(
      fc.property(yamlText, fc.constantFrom(...STYLES), fc.integer({ min: 10, max: 40 }), fc.boolean(), (s, style, width, crlf) => {
        let src = stringify({ de: { macros: { k: s } } }, { defaultStringType: style, lineWidth: width, minContentWidth: 4, blockQuote: style === 'BLOCK_LITERAL' ? 'literal' : true });
        if (crlf) src = src.replace(/\n/g, '\r\n');
        if (parseDocument(src).errors.length) return;
        const node = valueToken(src);
        const decoded = decodeToken(src, node.srcToken as never);
        expect(decoded?.text).toBe(node.value);
      }),
      { numRuns: 1500 },
    );
  });

  test('hand-written block scalars: chomping, indicators, more-indented and blank lines', () => {
    const line = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.string({ unit: fc.constantFrom('w', 'ä', ' ', '\t', '😀', '#'), maxLength: 8 }));
    fc.assert(
      fc.property(fc.constantFrom('|', '>'), fc.constantFrom('', '-', '+'), fc.boolean(), fc.array(line, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (mode, chomp, indicator, lines, trailing, crlf) => {
        const body = lines.map(([extra, text]) => (text.trim() ? ' '.repeat(6 + extra) + text.trimStart() : ' '.repeat(extra)));
        const header = `${mode}${indicator ? '2' : ''}${chomp}`;
        let src = `de:\n  macros:\n    k: ${header}\n${body.join('\n')}\n${'\n'.repeat(trailing)}`;
        if (crlf) src = src.replace(/\n/g, '\r\n');
        const doc = parseDocument(src, { keepSourceTokens: true });
        if (doc.errors.length) return;
        const node = valueToken(src);
        expect(decodeToken(src, node.srcToken as never)?.text).toBe(node.value);
      }),
      { numRuns: 1500 },
    );
  });

  test('raw slices between cut points decode to the text slices', () => {
    const pairs = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(yamlText, fc.constantFrom(...STYLES), fc.integer({ min: 10, max: 40 }), fc.boolean(), pairs, (s, style, width, crlf, chosen) => {
        let src = stringify({ de: { macros: { k: s } } }, { defaultStringType: style, lineWidth: width, minContentWidth: 4, blockQuote: style === 'BLOCK_LITERAL' ? 'literal' : true });
        if (crlf) src = src.replace(/\n/g, '\r\n');
        if (parseDocument(src).errors.length) return; // stringify can emit YAML its own parser rejects
        const { units, errors } = parseYamlSource(src);
        expect(errors).toEqual([]);
        if (!s.trim()) return;
        const unit = units[0] as Unit;
        const node = valueToken(src);
        // The parsed value, not `s`: stringify does not round-trip every folded scalar with leading blanks.
        expect(unit.text).toBe(node.value);
        expectMonotonic(unit);
        expectSlicesDecode(src, unit, (slice, from) => decodeSlice(src, node, slice, from), true, chosen);
      }),
      { numRuns: 1000 },
    );
  });
});
