import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseJsonSource } from '../../src/sources/index.js';
import type { Unit } from '../../src/sources/types.js';
import { expectMonotonic, expectSlicesDecode } from './map-check.js';

const raw = (src: string, u: Unit, a = 0, b = u.text.length) => src.slice(u.toFile(a), u.toFile(b));
const at = (src: string, offset: number) => {
  const before = src.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
};

const zendesk = `{
  "macros": [
    {
      "id": 360012345678,
      "title": "Erstattung::Verzögerung",
      "active": true,
      "actions": [
        { "field": "status", "value": "pending" },
        { "field": "comment_value_html", "value": "<p>Hallo {{ticket.requester.first_name}},</p><p>es tut uns leid &amp; wir k\\u00fcmmern uns darum. Beruhigen Sie sich bitte \\ud83d\\ude00</p>" }
      ]
    },
    {
      "id": 360012345679,
      "title": "Atvainošanās",
      "actions": [
        { "field": "comment_value", "value": ["channel:all", "Labdien! Atvainojiet par kavēšanos.\\nMēs \\"drīz\\" atbildēsim."] },
        { "field": "comment_mode_is_public", "value": "false" }
      ]
    }
  ],
  "next_page": null,
  "count": 2
}`;

describe('Zendesk macros (JSON)', () => {
  test('reads comment actions with titles, ids, HTML and escapes', () => {
    const { units, errors } = parseJsonSource(zendesk);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title, u.profile])).toEqual([
      ['360012345678', 'Erstattung::Verzögerung', undefined],
      ['360012345679', 'Atvainošanās', 'helpcenter'],
    ]);
    const [html, note] = units as [Unit, Unit];
    expect(html.text).toBe('Hallo {{ticket.requester.first_name}},\n\nes tut uns leid & wir kümmern uns darum. Beruhigen Sie sich bitte 😀\n\n');
    const calm = html.text.indexOf('Beruhigen Sie sich');
    expect(raw(zendesk, html, calm, calm + 18)).toBe('Beruhigen Sie sich');
    const k = html.text.indexOf('kümmern');
    expect(raw(zendesk, html, k, k + 7)).toBe('k\\u00fcmmern');
    expect(raw(zendesk, html, html.text.indexOf('😀'), html.text.indexOf('😀') + 2)).toBe('\\ud83d\\ude00');
    expect(note.text).toBe('Labdien! Atvainojiet par kavēšanos.\nMēs "drīz" atbildēsim.');
    expect(raw(zendesk, note)).toBe('Labdien! Atvainojiet par kavēšanos.\\nMēs \\"drīz\\" atbildēsim.');
    expect(zendesk.slice(note.toFile(note.text.length), note.toFile(note.text.length) + 1)).toBe('"');
  });

  test('internal notes are skipped on request', () => {
    const { units } = parseJsonSource(zendesk, { skipInternalNotes: true });
    expect(units.map((u) => u.id)).toEqual(['360012345678']);
  });

  test('a single macro, a bare array and {"macro": …} are recognised', () => {
    const macro = { id: 1, title: 'Hi', actions: [{ field: 'comment_value', value: 'Danke für Ihre Geduld.' }] };
    for (const doc of [macro, [macro], { macro }]) {
      const { units, errors } = parseJsonSource(JSON.stringify(doc));
      expect(errors).toEqual([]);
      expect(units.map((u) => [u.id, u.title, u.text])).toEqual([['1', 'Hi', 'Danke für Ihre Geduld.']]);
    }
  });

  test('duplicate titles are both linted and keep their own ids', () => {
    const m = (id: number) => ({ id, title: 'Same', actions: [{ field: 'comment_value', value: `Reply ${id}` }] });
    const { units } = parseJsonSource(JSON.stringify([m(1), m(2)]));
    expect(units.map((u) => [u.id, u.title])).toEqual([['1', 'Same'], ['2', 'Same']]);
  });

  test('the HTML comment wins over a plain copy of the same reply; several comments get numbered ids', () => {
    const doc = [{ id: 7, title: 'T', actions: [
      { field: 'comment_value', value: 'plain' },
      { field: 'comment_value_html', value: '<p>first</p>' },
      { field: 'comment_value_html', value: '<p>second</p>' },
    ] }];
    const { units } = parseJsonSource(JSON.stringify(doc));
    expect(units.map((u) => [u.id, u.text.trim()])).toEqual([['7', 'first'], ['7#2', 'second']]);
  });

  test('ids beyond 2^53 are kept as written', () => {
    const { units } = parseJsonSource('[{"id": 12345678901234567890, "title": "x", "actions": [{"field": "comment_value", "value": "Hello"}]}]');
    expect(units[0]?.id).toBe('12345678901234567890');
  });
});

describe('help-desk shapes (JSON)', () => {
  const cases: [string, unknown, [string, string | undefined, string][]][] = [
    ['Freshdesk', [{ id: 11, title: 'Rückerstattung', folder_id: 3, content: 'Entschuldigung', content_html: '<div>Es tut uns leid&nbsp;für die Verzögerung.</div>' }],
      [['11', 'Rückerstattung', 'Es tut uns leid\u00a0für die Verzögerung.']]],
    ['Help Scout', [{ id: 'sr1', name: 'Refund', text: '<p>Sorry for the wait.</p>', chatText: 'Sorry! Checking now.' }],
      [['sr1', 'Refund', 'Sorry for the wait.'], ['sr1/chat', 'Refund', 'Sorry! Checking now.']]],
    ['Front', { _results: [{ id: 'rsp_1', name: 'Delay', subject: 'Your order', body: '<div>We are sorry.<br>It ships today.</div>' }] },
      [['rsp_1/subject', 'Delay', 'Your order'], ['rsp_1', 'Delay', 'We are sorry.\nIt ships today.']]],
    ['Intercom', { type: 'list', data: [{ type: 'macro', id: '42', name: 'Greeting', body: '<p>Hi <attribute key="first_name"/>, thanks!</p>' }] },
      [['42', 'Greeting', 'Hi <attribute key="first_name"/>, thanks!']]],
    ['Zammad', [{ id: 5, name: 'Vabandus', keywords: 'sorry', content: '<p>Vabandame, et ootamine venis.</p>' }],
      [['5', 'Vabandus', 'Vabandame, et ootamine venis.']]],
    ['Chatwoot', { payload: [{ id: 9, short_code: 'atsiprasau', content: 'Atsiprašome už nepatogumus.' }] },
      [['9', 'atsiprasau', 'Atsiprašome už nepatogumus.']]],
    ['Gorgias', { data: [{ id: 77, name: 'Où est ma commande', language: 'fr', actions: [
      { name: 'addTags', arguments: { tags: 'wismo' } },
      { name: 'setResponseText', arguments: { body_text: 'plain', body_html: '<p>Désolé pour le retard.</p>' } },
    ] }], meta: { next_cursor: null } },
      [['77', 'Où est ma commande', 'Désolé pour le retard.']]],
  ];
  test.each(cases)('%s', (_name, doc, expected) => {
    const { units, errors } = parseJsonSource(JSON.stringify(doc, null, 2));
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.title, u.text.trim()])).toEqual(expected);
  });

  test('Front subjects are fragments, Help Scout chat text uses the chat profile, Gorgias declares a language', () => {
    const front = parseJsonSource(JSON.stringify([{ id: 'a', name: 'n', subject: 'S', body: 'B' }])).units;
    expect(front[0]?.fragment).toBe(true);
    const hs = parseJsonSource(JSON.stringify([{ id: 1, name: 'n', chatText: 'Hi there, checking.' }])).units;
    expect(hs[0]?.profile).toBe('chat');
    const g = parseJsonSource(JSON.stringify([{ id: 1, name: 'n', language: 'de', actions: [{ arguments: { body_text: 'Hallo' } }] }])).units;
    expect(g[0]?.language).toBe('de');
  });
});

describe('bad and empty input', () => {
  test('truncated JSON reports the end of the input', () => {
    const src = zendesk.slice(0, 300);
    const { units, errors } = parseJsonSource(src);
    expect(units).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/Invalid JSON: .*truncated/);
    expect(errors[0]?.offset).toBe(300);
  });

  test.each([
    ['{"a": [1, 2,, 3]}', 12, /expected a value/],
    ['{"a": "x\\q"}', 8, /invalid escape \\q/],
    ['{"a": "line\nbreak"}', 11, /raw line break/],
    ['{"a": 1} x', 9, /after the end/],
    ["{'a': 1}", 1, /property name/],
    ['[{"a": "\\u12"}]', 8, /\\u escape/],
  ])('%j → error at %i', (src, offset, message) => {
    const { errors } = parseJsonSource(src);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.offset).toBe(offset);
  });

  test('the error offset turns into the right line and column', () => {
    const src = '[\n  {"id": 1, "title": "a"\n  {"id": 2}\n]';
    const { errors } = parseJsonSource(src);
    expect(at(src, errors[0]?.offset as number)).toEqual({ line: 3, column: 3 });
  });

  test('a reply field that is not text names its path', () => {
    const src = JSON.stringify({ macros: [{ id: 1, title: 'x', actions: [{ field: 'comment_value', value: 42 }] }] });
    const { errors } = parseJsonSource(src);
    expect(errors).toEqual([{ message: '$.macros[0].actions[0].value: expected the reply text, found a number', offset: src.indexOf('42') }]);
    const fd = parseJsonSource('[{"title": "t", "content": {"x": 1}}]').errors;
    expect(fd[0]?.message).toBe('$[0].content: expected the reply text, found an object');
  });

  test.each(['', '  \n', '[]', '{}', '{"macros": [], "next_page": null, "count": 0}'])('empty library %j: no units, no error', (src) => {
    expect(parseJsonSource(src)).toEqual({ units: [], errors: [] });
  });

  test('an unknown shape says how to configure it', () => {
    const src = JSON.stringify({ items: [{ key: 'refund', label: 'Refund', message: 'We are sorry for the delay, a refund is on its way.' }] });
    const { units, errors } = parseJsonSource(src);
    expect(units).toEqual([]);
    expect(errors[0]?.message).toContain('sources: [{ files: "macros/*.json", text: ["$.items[*].message"], title: "$.items[*].key" }]');
    expect(errors[0]?.message).toContain('Zendesk');
  });
});

// Random text with everything JSON escapes, and an encoder that escapes some characters in \u form too.
const piece = fc.oneof(
  fc.constantFrom('a', 'Z', ' ', 'ä', 'ß', 'ē', 'š', 'ų', '😀', '👍🏽', '"', '\\', '/', '\n', '\r\n', '\t', '\b', '\u2028', '{{x}}', '&amp;', '<p>'),
  fc.string({ maxLength: 4 }),
);
const escapeMode = fc.constantFrom('raw', 'short', 'unicode');
const u4 = (ch: string) => [...Array(ch.length).keys()].map((k) => `\\u${ch.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');
const encodeChar = (ch: string, mode: string) => {
  if (mode === 'unicode') return u4(ch);
  if (mode === 'short' && ch === '/') return '\\/';
  return JSON.stringify(ch).slice(1, -1); // raw where JSON allows it, else \n, \", \\ or \u00XX
};
const encode = (parts: [string, string][]) => parts.map(([s, mode]) => [...s].map((ch) => encodeChar(ch, mode)).join('')).join('');

describe('JSON maps (property)', () => {
  test('raw slices between cut points decode to the text slices', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(piece, escapeMode), { maxLength: 12 }), { minLength: 1, maxLength: 3 }), fc.boolean(), (values, pretty) => {
        const bodies = values.map(encode);
        const expected = values.map((v) => v.map(([s]) => s).join(''));
        const macros = bodies.map((b, k) => `{"id": ${k}, "title": "t${k}", "actions": [{"field": "comment_value", "value": "${b}"}]}`);
        const src = pretty ? `{\r\n  "macros": [\r\n    ${macros.join(',\r\n    ')}\r\n  ]\r\n}` : `[${macros.join(',')}]`;
        const { units, errors } = parseJsonSource(src);
        expect(errors).toEqual([]);
        expect(units.map((u) => u.text)).toEqual(expected.filter((t) => t.trim()));
        for (const u of units) {
          expectMonotonic(u);
          expectSlicesDecode(src, u, (s) => JSON.parse(`"${s}"`) as string, false);
          expect(src[u.toFile(u.text.length)]).toBe('"');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('scale', () => {
  test('10,000 macros (about 5 MB) parse quickly, with small maps', () => {
    const one = (k: number) => ({ id: 360000000000 + k, title: `Makro ${k}`, actions: [
      { field: 'status', value: 'solved' },
      { field: 'comment_value_html', value: `<p>Hallo {{ticket.requester.first_name}},</p><p>vielen Dank für Ihre Nachricht ${k}. ${'Wir kümmern uns umgehend darum. '.repeat(12)}</p>` },
    ] });
    const src = JSON.stringify({ macros: Array.from({ length: 10_000 }, (_, k) => one(k)) });
    const t0 = performance.now();
    const { units, errors } = parseJsonSource(src);
    const ms = performance.now() - t0;
    expect(errors).toEqual([]);
    expect(units).toHaveLength(10_000);
    expect(ms).toBeLessThan(5_000);
    const last = units[9_999] as Unit;
    const w = last.text.indexOf('Wir kümmern');
    expect(raw(src, last, w, w + 11)).toBe('Wir kümmern');
  });
});
