// Generated help-desk exports (JSON with envelopes, JSON Lines, CSV/TSV) for tests that read them whole and
// record by record: escapes, non-ASCII, CRLF, byte order marks, HTML, planted phrases, and broken files.

import fc from 'fast-check';

export interface GeneratedExport {
  name: string;
  text: string;
}

const PIECES = [
  'Please calm down.', "That's our policy.", 'There is nothing I can do.', 'You should have read the terms.',
  "I'm sorry for the delay and I understand how frustrating this is. I've refunded you today.",
  'Beruhigen Sie sich bitte.', 'Grüße aus Köln', 'naïve 🙂', '"quoted"', 'back\\slash', 'tab\there', 'line\nbreak',
  'crlf\r\nline', '€5, or 5€', 'Hi {{ticket.requester.first_name}},', '<b>bold</b> &amp; more', 'Atsiprašome už vėlavimą.',
  'a;b,c', 'calm down', '',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((a) => a.join(' '));
const id = fc.oneof(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 99_999 }).map((n) => `reply-${n}`));
const title = fc.constantFrom('Refund', 'Versand — verspätet', 'Delay', 'Kavēšanās', 'Same');

/** Records of the shapes tonelint knows, and some it does not, for lists of records. */
export const record: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ id, text }) },
  { weight: 1, arbitrary: fc.record({ id, title, message: text }) },
  { weight: 1, arbitrary: fc.record({ id, body_html: text.map((t) => `<p>${t.replace(/\n/g, '<br>')}</p>`) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      id,
      title,
      actions: fc.tuple(fc.constantFrom('comment_value', 'comment_value_html'), text, fc.boolean()).map(([field, value, pub]) => [
        { field: 'status', value: 'pending' },
        { field, value: field.endsWith('html') ? `<p>${value}</p>` : value },
        ...(pub ? [] : [{ field: 'comment_mode_is_public', value: false }]),
      ]),
    }),
  },
  { weight: 1, arbitrary: fc.record({ id, name: title, text, chatText: text }) },
  { weight: 1, arbitrary: fc.record({ title, content: text }) },
  { weight: 1, arbitrary: fc.record({ foo: text }) },
  { weight: 1, arbitrary: fc.record({ id, text: fc.integer() }) },
  { weight: 1, arbitrary: fc.constantFrom(5, 'loose text', null, [1, 2]) },
);

/** JSON.stringify with a layout: indentation, CRLF, non-ASCII escaped, a byte order mark. */
const layout = fc.record({ indent: fc.constantFrom(0, 2, '\t'), crlf: fc.boolean(), ascii: fc.boolean(), bom: fc.boolean() });
type Layout = { indent: number | string; crlf: boolean; ascii: boolean; bom: boolean };

function serialize(value: unknown, l: Layout, indent = l.indent): string {
  let s = JSON.stringify(value, null, indent);
  if (l.ascii) s = s.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return l.crlf ? s.replace(/\n/g, '\r\n') : s; // JSON.stringify escapes line breaks inside strings
}

/** A value of `a` one time in four, null the other times. */
const sometimes = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });

/** Breaks a file: cut it short, or put a stray character in it. */
const damage = sometimes(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', '"', ',', '}', 'x', '\n')));

function damaged(s: string, d: [number, string] | null): string {
  if (!d) return s;
  const at = Math.floor(d[0] * s.length);
  return d[1] === '' ? s.slice(0, at) : s.slice(0, at) + d[1] + s.slice(at);
}

const records = fc.array(record, { maxLength: 12 });

/** A JSON export: a list, or a list one or two levels down in an API envelope, with other members around it. */
export const jsonExport: fc.Arbitrary<GeneratedExport> = fc
  .tuple(records, fc.integer({ min: 0, max: 5 }), record, layout, damage)
  .map(([list, envelope, other, l, d]) => {
    const docs: unknown[] = [
      list,
      { macros: list, count: list.length },
      { _embedded: { templates: list }, total: list.length },
      { first: other, macros: list, next_page: null },
      { meta: { page: 1 }, data: { before: other, items: list, after: [] } },
      other,
    ];
    const body = serialize(docs[envelope], l);
    return { name: 'export.json', text: damaged(`${l.bom ? '\uFEFF' : ''}${body}`, d) };
  });

/** A JSON Lines export: a record per line, blank lines, CRLF, and now and then a broken line. */
export const jsonLinesExport: fc.Arbitrary<GeneratedExport> = fc
  .tuple(fc.array(fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.constant('BLANK') }), { maxLength: 14 }), layout, damage, fc.boolean())
  .map(([lines, l, d, ndjson]) => {
    const eol = l.crlf ? '\r\n' : '\n';
    const body = lines.map((r) => (r === 'BLANK' ? '' : serialize(r, l, 0))).join(eol) + eol;
    return { name: ndjson ? 'export.ndjson' : 'export.jsonl', text: damaged(`${l.bom ? '\uFEFF' : ''}${body}`, d) };
  });

function csvField(value: string, delimiter: string, always: boolean): string {
  return always || value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV or TSV export: reply rows, or Zendesk rows whose `actions_json` holds the actions. */
export const csvExport: fc.Arbitrary<GeneratedExport> = fc
  .tuple(
    fc.array(fc.tuple(id, title, text), { maxLength: 12 }),
    fc.constantFrom(',', ';', '\t'),
    fc.boolean(),
    layout,
    sometimes(fc.constantFrom('short row', 'unclosed')),
    fc.integer({ min: 0, max: 11 }),
  )
  .map(([rows, delimiter, zendesk, l, broken, at]) => {
    const eol = l.crlf ? '\r\n' : '\n';
    const header = zendesk ? ['id', 'title', 'actions_json'] : ['id', 'title', 'text'];
    const lines = rows.map(([i, t, x]) => {
      const reply = zendesk ? serialize([{ field: 'comment_value', value: x }], l, 0) : x;
      return [String(i), t, reply].map((f) => csvField(f, delimiter, l.ascii)).join(delimiter);
    });
    if (broken && lines.length) lines.splice(at % lines.length, 0, broken === 'short row' ? 'only one field' : '"never closed');
    const body = [header.join(delimiter), ...lines].join(eol) + eol;
    return { name: delimiter === '\t' ? 'export.tsv' : 'export.csv', text: `${l.bom ? '\uFEFF' : ''}${body}` };
  });

export const anyExport = fc.oneof(jsonExport, jsonLinesExport, csvExport);
