import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsvSource, sourceParserFor } from '../../src/sources/index.js';
import type { Unit } from '../../src/sources/types.js';
import { expectMonotonic, expectSlicesDecode } from './map-check.js';

const raw = (src: string, u: Unit, a = 0, b = u.text.length) => src.slice(u.toFile(a), u.toFile(b));
const csvField = (s: string) => `"${s.replaceAll('"', '""')}"`;

describe('Zendesk CSV with actions_json', () => {
  const actions = JSON.stringify([
    { field: 'status', value: 'pending' },
    { field: 'comment_value_html', value: '<p>Guten Tag,</p><p>wir bitten um Entschuldigung &ndash; das Paket kommt "morgen".</p>' },
  ]).replace('Entschuldigung', 'Entschuldig\\u0075ng');
  const src = `id,title,active,actions_json\r\n360001,Lieferverzug,true,${csvField(actions)}\r\n360002,Lietuvių,true,${csvField('[{"field":"comment_value","value":["channel:all","Atsiprašome už vėlavimą 😀.\\nAčiū!"]}]')}\r\n`;

  test('maps through CSV quoting, JSON escapes and HTML entities', () => {
    const { units, errors } = parseCsvSource(src);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title])).toEqual([['360001', 'Lieferverzug'], ['360002', 'Lietuvių']]);
    const [de, lt] = units as [Unit, Unit];
    expect(de.text).toBe('Guten Tag,\n\nwir bitten um Entschuldigung – das Paket kommt "morgen".\n\n');
    const e = de.text.indexOf('Entschuldigung');
    expect(raw(src, de, e, e + 14)).toBe('Entschuldig\\u0075ng');
    const m = de.text.indexOf('"morgen"');
    expect(raw(src, de, m, m + 8)).toBe('\\""morgen\\""');
    expect(raw(src, de, de.text.indexOf('–'), de.text.indexOf('–') + 1)).toBe('&ndash;');
    expect(lt.text).toBe('Atsiprašome už vėlavimą 😀.\nAčiū!');
    expect(raw(src, lt)).toBe('Atsiprašome už vėlavimą 😀.\\nAčiū!');
  });

  test('invalid JSON inside a cell is reported at its place in the file', () => {
    const bad = `id,title,actions_json\n1,T,"[{""field"": ""comment_value"", ""value"": ""x""}"\n`;
    const { errors } = parseCsvSource(bad);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/Invalid JSON/);
    expect(errors[0]?.offset).toBe(bad.lastIndexOf('"'));
  });
});

describe('other CSV exports', () => {
  test('a Freshdesk-style export with a semicolon delimiter and capitalised headers', () => {
    const src = 'Title;Content\nVerspätung;"Es tut uns leid; wir melden uns ""heute"" noch."\nDank;Vielen Dank für Ihre Geduld!\n';
    const { units, errors } = parseCsvSource(src);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title, u.text])).toEqual([
      ['row 2', 'Verspätung', 'Es tut uns leid; wir melden uns "heute" noch.'],
      ['row 3', 'Dank', 'Vielen Dank für Ihre Geduld!'],
    ]);
    const u = units[0] as Unit;
    expect(raw(src, u, u.text.indexOf('"heute"'), u.text.indexOf('noch'))).toBe('""heute"" ');
  });

  test('.tsv files use tabs', () => {
    const { units } = sourceParserFor('replies.tsv')('name\tcontent\nhi\tTere, vabandame viivituse pärast.\n');
    expect(units.map((u) => [u.title, u.text])).toEqual([['hi', 'Tere, vabandame viivituse pärast.']]);
  });

  test('an unknown header says which columns to configure', () => {
    const { errors } = parseCsvSource('key,reply_text\nlate,"Sorry for the delay, it ships today."\n');
    expect(errors[0]?.message).toContain('its columns are key, reply_text');
    expect(errors[0]?.message).toContain('text: ["reply_text"], title: "key"');
  });
});

describe('bad and empty CSV', () => {
  test('an unclosed quote points at the opening quote', () => {
    const src = 'title,content\nA,"never closed\nB,x\n';
    const { units, errors } = parseCsvSource(src);
    expect(units).toEqual([]);
    expect(errors).toEqual([{ message: expect.stringMatching(/not closed/), offset: 16 }]);
  });

  test('a stray quote and text after a closing quote are errors', () => {
    expect(parseCsvSource('title,content\nA,5" screen\n').errors[0]?.offset).toBe(17);
    expect(parseCsvSource('title,content\nA,"x"y\n').errors[0]?.offset).toBe(19);
  });

  test('a row with the wrong number of fields is reported, the others are linted', () => {
    const src = 'title,content\nA,Sorry for the wait.\nB,too,many\nC,Thanks for waiting.\n';
    const { units, errors } = parseCsvSource(src);
    expect(units.map((u) => u.title)).toEqual(['A', 'C']);
    expect(errors).toEqual([{ message: 'Invalid CSV: row 3 has 3 fields, the header has 2', offset: src.indexOf('B,') }]);
  });

  test('a reply cell that is empty is no reply; a header alone is an empty library', () => {
    expect(parseCsvSource('title,content\nA,\n')).toEqual({ units: [], errors: [] });
    expect(parseCsvSource('title,content\n')).toEqual({ units: [], errors: [] });
    expect(parseCsvSource('')).toEqual({ units: [], errors: [] });
  });
});

const cell = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', ';', '"', '""', '\n', '\r\n', 'ö', 'ž', '😀', '\t'), maxLength: 30 });

describe('CSV maps (property)', () => {
  test('raw slices between cut points decode to the text slices', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, fc.boolean()), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const line = ([title, content, quoteAll]: [string, string, boolean]) =>
          [title, content].map((v) => (quoteAll || /[",;\r\n\t]/.test(v) || !v ? csvField(v) : v)).join(',');
        const src = `title,content${eol}${rows.map(line).join(eol)}${eol}`;
        const { units, errors } = parseCsvSource(src);
        expect(errors).toEqual([]);
        expect(units.map((u) => u.text)).toEqual(rows.map(([, c]) => c).filter((c) => c.trim()));
        for (const u of units) {
          expectMonotonic(u);
          expectSlicesDecode(src, u, (s) => s.replaceAll('""', '"'), false);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('JSON inside CSV: slices decode through both layers', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', '\n', 'ä', '😀', ','), maxLength: 25 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (values) => {
        const rows = values.map((v, k) => `${k},t${k},${csvField(JSON.stringify([{ field: 'comment_value', value: v }]))}`);
        const src = `id,title,actions_json\n${rows.join('\n')}\n`;
        const { units, errors } = parseCsvSource(src);
        expect(errors).toEqual([]);
        expect(units.map((u) => u.text)).toEqual(values.filter((v) => v.trim()));
        for (const u of units) {
          expectMonotonic(u);
          expectSlicesDecode(src, u, (s) => JSON.parse(`"${s.replaceAll('""', '"')}"`) as string, false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('scale', () => {
  test('100,000 rows parse in a few seconds', () => {
    const rows = Array.from({ length: 100_000 }, (_, k) => `${k},Makro ${k},"Es tut uns leid, wir melden uns ""bald"" – Nr. ${k}."`);
    const src = `id,title,content\n${rows.join('\n')}\n`;
    const t0 = performance.now();
    const { units, errors } = parseCsvSource(src);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(errors).toEqual([]);
    expect(units).toHaveLength(100_000);
    const last = units[99_999] as Unit;
    expect(raw(src, last, last.text.indexOf('"bald"'), last.text.indexOf('"bald"') + 6)).toBe('""bald""');
  });
});
