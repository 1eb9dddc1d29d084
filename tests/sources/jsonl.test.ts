import { describe, expect, test } from 'vitest';
import { parseJsonLinesSource, sourceParserFor } from '../../src/sources/index.js';
import type { Unit } from '../../src/sources/types.js';

const raw = (src: string, u: Unit, a = 0, b = u.text.length) => src.slice(u.toFile(a), u.toFile(b));

describe('JSON Lines', () => {
  const src = [
    '{"id": 1, "title": "Verspätung", "content_html": "<p>Es tut uns leid, dass es l\\u00e4nger dauert.</p>"}',
    '',
    '{"id": 2, "title": "Kavēšanās", "content": "Atvainojiet par kavēšanos!\\r\\nMēs sazināsimies."}',
    '{"id": 3, "short_code": "ačiū", "content": "Ačiū už kantrybę 🙏"}',
  ].join('\r\n');

  test('each line is a record; shapes are recognised per line', () => {
    const { units, errors } = parseJsonLinesSource(src);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title, u.text])).toEqual([
      ['1', 'Verspätung', 'Es tut uns leid, dass es länger dauert.\n\n'],
      ['2', 'Kavēšanās', 'Atvainojiet par kavēšanos!\r\nMēs sazināsimies.'],
      ['3', 'ačiū', 'Ačiū už kantrybę 🙏'],
    ]);
    const [de, lv] = units as [Unit, Unit];
    expect(raw(src, de, 25, 31)).toBe('l\\u00e4nger');
    expect(raw(src, lv)).toBe('Atvainojiet par kavēšanos!\\r\\nMēs sazināsimies.');
  });

  test('a bad line is reported with its offset; the other lines are still linted', () => {
    const bad = '{"id": 1, "title": "a", "content": "Sorry for the wait."}\n{"id": 2, "title": "b", "content": "trunc\n{"id": 3, "title": "c", "content": 7}\n';
    const { units, errors } = parseJsonLinesSource(bad);
    expect(units.map((u) => u.id)).toEqual(['1']);
    expect(errors).toEqual([
      { message: expect.stringMatching(/^Invalid JSON: unterminated string.*truncated/), offset: bad.indexOf('trunc') + 5 },
      { message: 'line 3 content: expected the reply text, found a number', offset: bad.indexOf('7}') },
    ]);
  });

  test('two values on one line are an error', () => {
    const { errors } = parseJsonLinesSource('{"title": "a", "content": "x"} {"title": "b"}\n');
    expect(errors[0]?.message).toMatch(/one JSON value per line/);
    expect(errors[0]?.offset).toBe(31);
  });

  test('.ndjson and .jsonl pick this parser; an empty file is an empty library', () => {
    for (const name of ['a.jsonl', 'b.NDJSON']) expect(sourceParserFor(name)('\n\n')).toEqual({ units: [], errors: [] });
  });

  test('unknown records say how to configure them, with bare column names', () => {
    const { errors } = parseJsonLinesSource('{"handle": "late", "reply": "We are sorry for the delay and on it."}\n');
    expect(errors[0]?.message).toContain('text: ["reply"], title: "handle"');
  });
});
