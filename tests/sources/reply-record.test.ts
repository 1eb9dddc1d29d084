import { describe, expect, test } from 'vitest';
import { parseCsvSource, parseJsonLinesSource, parseJsonSource } from '../../src/sources/index.js';
import type { Unit } from '../../src/sources/types.js';

const raw = (src: string, u: Unit, a = 0, b = u.text.length) => src.slice(u.toFile(a), u.toFile(b));

describe('reply records: an id and one text member', () => {
  test('each JSON Lines record is a unit, with no configuration', () => {
    const src = '{"id": "reply-00000", "text": "Hello Ellen,\\nplease calm down."}\n{"id": "reply-00001", "text": "Dear Lukas, sorry."}\n';
    const { units, errors } = parseJsonLinesSource(src);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title, u.text])).toEqual([
      ['reply-00000', undefined, 'Hello Ellen,\nplease calm down.'],
      ['reply-00001', undefined, 'Dear Lukas, sorry.'],
    ]);
    expect(raw(src, units[0] as Unit)).toBe('Hello Ellen,\\nplease calm down.');
  });

  test.each([
    ['body', { id: 1, body: 'We are on it.' }, 'We are on it.'],
    ['reply', { id: 1, reply: 'We are on it.' }, 'We are on it.'],
    ['message', { id: 1, message: 'We are on it.' }, 'We are on it.'],
    ['content', { id: 1, content: 'We are on it.' }, 'We are on it.'],
    ['a numeric id and a case-insensitive member', { ID: 7, Text: 'We are on it.' }, 'We are on it.'],
  ])('%s', (_name, record, text) => {
    const { units, errors } = parseJsonSource(JSON.stringify([record]));
    expect(errors).toEqual([]);
    expect(units.map((u) => u.text)).toEqual([text]);
  });

  test('plain text unless the member name ends in _html', () => {
    const { units } = parseJsonSource(JSON.stringify([{ id: 1, text: '<p>a &amp; b</p>' }, { id: 2, body_html: '<p>a &amp; b</p>' }]));
    expect(units.map((u) => u.text)).toEqual(['<p>a &amp; b</p>', 'a & b\n\n']);
  });

  test('titled by title, name or subject, in that order', () => {
    const { units } = parseJsonSource(JSON.stringify({ replies: [
      { id: 1, subject: 'S', name: 'N', text: 'x' },
      { id: 2, subject: 'S', reply: 'x' },
      { id: 3, title: 'T', name: 'N', message: 'x' },
    ] }));
    expect(units.map((u) => [u.id, u.title])).toEqual([['1', 'N'], ['2', 'S'], ['3', 'T']]);
  });

  test('the help desks above it keep their shapes', () => {
    // Freshdesk (title + content), Intercom (name + body, HTML), a Front template (subject + body).
    const { units } = parseJsonSource(JSON.stringify([
      { id: 1, title: 'F', content: '<b>plain</b>' },
      { id: 2, name: 'I', body: '<p>html</p>' },
      { id: 3, subject: 'Hi', body: 'Body' },
    ]));
    expect(units.map((u) => [u.id, u.text])).toEqual([['1', '<b>plain</b>'], ['2', 'html\n\n'], ['3/subject', 'Hi'], ['3', 'Body']]);
  });

  test('no id, or two text members, is not a reply record', () => {
    for (const record of [{ text: 'a' }, { id: 1, text: 'a', body: 'b' }, { id: 1, text: 'a', text_html: '<p>a</p>' }, { id: null, text: 'a' }]) {
      const { units, errors } = parseJsonSource(JSON.stringify([record]));
      expect(units).toEqual([]);
      expect(errors[0]?.unknownShape).toBe(true);
    }
  });

  test('a text member that is not text does not count; one that is, is linted', () => {
    const { units } = parseJsonSource(JSON.stringify([{ id: 1, text: 'Sorry for the wait.', message: { from: 'x' } }]));
    expect(units.map((u) => u.text)).toEqual(['Sorry for the wait.']);
  });

  test('CSV rows with id and text columns', () => {
    const src = 'id,text\r\nr1,"Sorry, ""really"" sorry."\r\n';
    const { units, errors } = parseCsvSource(src);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.text])).toEqual([['r1', 'Sorry, "really" sorry.']]);
    expect(raw(src, units[0] as Unit)).toBe('Sorry, ""really"" sorry.');
  });
});
