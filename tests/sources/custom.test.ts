import { describe, expect, test } from 'vitest';
import { parseCsvSource, parseJsonSource, parseYamlSource } from '../../src/sources/index.js';
import { evaluate, parsePath } from '../../src/sources/path.js';
import { parseJsonText } from '../../src/sources/json.js';
import type { DNode } from '../../src/sources/model.js';
import { formatPath } from '../../src/sources/model.js';
import type { SourceShape, Unit } from '../../src/sources/types.js';

const shape = (text: string[], extra: Partial<SourceShape> = {}): SourceShape => ({ files: 'replies/**', text, ...extra });

describe('path syntax', () => {
  const root = parseJsonText(JSON.stringify({ items: [{ name: 'a', body: 'A', meta: { 'body html': '<p>x</p>' } }, { name: 'b', body: 'B' }], 'odd.key': { body: 'C' } })) as DNode;
  const paths = (expr: string) => evaluate(root, parsePath(expr)).map((m) => formatPath(m.path));

  test.each([
    ['$.items[*].body', ['$.items[0].body', '$.items[1].body']],
    ['$.items[1].name', ['$.items[1].name']],
    ['$.items[-1].body', ['$.items[1].body']],
    ['$.items.*.name', ['$.items[0].name', '$.items[1].name']],
    ['$..body', ['$.items[0].body', '$.items[1].body', '$["odd.key"].body']],
    ['$["odd.key"].body', ['$["odd.key"].body']],
    ["$.items[0].meta['body html']", ['$.items[0].meta["body html"]']],
    ['$.nothing[*].body', []],
  ])('%s', (expr, expected) => {
    expect(paths(expr)).toEqual(expected);
  });

  test.each(['items[*]', '$.items[', '$.items[x]', '$.items[*]..', '$["a]'])('%j is rejected with a reason', (expr) => {
    expect(() => parsePath(expr)).toThrow(/path/);
  });

  test('bare names are columns for row formats', () => {
    expect(parsePath('body', true)).toEqual([{ type: 'all' }, { type: 'member', name: 'body' }]);
  });
});

describe('custom sources', () => {
  const src = JSON.stringify({ items: [
    { name: 'Verspätung', body: 'Es tut uns leid.' },
    { name: 'Dank', body_html: '<p>Vielen Dank &amp; bis bald.</p>' },
  ] }, null, 2);

  test('text and title paths; *_html fields are HTML; ids are paths', () => {
    const { units, errors } = parseJsonSource(src, { sources: [shape(['$.items[*].body', '$.items[*].body_html'], { title: '$.items[*].name' })] });
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title, u.text])).toEqual([
      ['$.items[0].body', 'Verspätung', 'Es tut uns leid.'],
      ['$.items[1].body_html', 'Dank', 'Vielen Dank & bis bald.\n\n'],
    ]);
    const html = units[1] as Unit;
    expect(src.slice(html.toFile(0), html.toFile(html.text.indexOf('bald') + 4))).toBe('Vielen Dank &amp; bis bald');
  });

  test('html: true treats every matched text as HTML', () => {
    const { units } = parseJsonSource('{"a": {"msg": "Hallo<br>Welt"}}', { sources: [shape(['$.a.msg'], { html: true })] });
    expect(units[0]?.text).toBe('Hallo\nWelt');
  });

  test('custom shapes replace detection, also for YAML and CSV', () => {
    const yaml = parseYamlSource('replies:\n  - key: late\n    text: |\n      Entschuldigung!\n', { sources: [shape(['$.replies[*].text'], { title: '$.replies[*].key' })] });
    expect(yaml.units.map((u) => [u.title, u.text])).toEqual([['late', 'Entschuldigung!\n']]);
    const csv = parseCsvSource('key,answer\nlate,"Sorry, on it."\n', { sources: [shape(['answer'], { title: 'key' })] });
    expect(csv.units.map((u) => [u.id, u.title, u.text])).toEqual([['row 2 answer', 'late', 'Sorry, on it.']]);
  });

  test('a mistyped path, an invalid path and a non-text match are errors', () => {
    const { errors } = parseJsonSource(src, { sources: [shape(['$.itemz[*].body', '$.items[', '$.items'])] });
    expect(errors.map((e) => e.message)).toEqual([
      'sources (files "replies/**"): nothing in this file matches $.itemz[*].body',
      'sources (files "replies/**"): text path "$.items[": a closing ] is missing at character 8',
      '$.items: expected the reply text, found a list',
    ]);
  });

  test('a path into an empty list is an empty library, not an error', () => {
    expect(parseJsonSource('{"items": []}', { sources: [shape(['$.items[*].body'])] })).toEqual({ units: [], errors: [] });
  });
});
