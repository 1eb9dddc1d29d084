// Help-desk exports through the built binary: exact positions in the raw file, placeholders, safe --fix.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { json, runCli, tempTree } from '../helpers/cli.js';

const TEAM = `language: en
entries:
  - id: en.patronizing.kindly-note
    category: patronizing
    patterns: ["kindly note"]
    message: '"Kindly note" sounds stiff.'
    suggestions: ["please note"]
    fix: "please note"
    examples: ["[Kindly note] that the office is closed."]
`;

/** The raw slice of every phrase finding, decoded the way the format encodes it, is the matched text. */
function expectExactPositions(raw: string, messages: any[], decode: (s: string) => string) {
  const phrases = messages.filter((m) => m.ruleId === 'avoid-phrase');
  expect(phrases.length).toBeGreaterThan(0);
  for (const m of phrases) expect(decode(raw.slice(m.offset, m.endOffset))).toBe(m.actual);
}

describe('Zendesk JSON', () => {
  const macros = {
    macros: [
      { id: 1, title: 'Refund — delayed', actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}},\n\n"Calm down", Ärger is no reason: Calm down. Kindly note the refund takes 10 days.\n\nEs tut mir leid? No.' }] },
      { id: 2, title: 'Versand', actions: [{ field: 'comment_value_html', value: '<p>Hallo {{ticket.requester.name}},</p><p>beruhigen Sie sich bitte &amp; warten Sie.</p>' }] },
      { id: 3, title: 'Note', actions: [{ field: 'comment_value', value: 'Calm down, internal note.' }, { field: 'comment_mode_is_public', value: false }] },
    ],
  };
  const raw = `\uFEFF${JSON.stringify(macros, null, 2).replace(/Ä/g, '\\u00c4').replace(/\n/g, '\r\n')}\r\n`;

  it('lints each macro as its own unit and points at the phrase in the raw file', () => {
    const dir = tempTree({ 'macros.json': raw });
    const r = json(runCli(['macros.json', '--format', 'json'], { cwd: dir }));
    const file = r[0];
    expect(file.units.map((u: any) => u.title)).toEqual(['Refund — delayed', 'Versand', 'Note']);
    expect(file.units.map((u: any) => u.language)).toEqual(['en', 'de', 'en']);
    const text = raw.slice(1);
    expectExactPositions(text, file.messages, (s) => JSON.parse(`"${s}"`).replace(/&amp;/g, '&'));
    const units = file.messages.filter((m: any) => m.ruleId === 'avoid-phrase').map((m: any) => [m.unit, m.actual]);
    expect(units).toContainEqual(['Refund — delayed', 'Calm down']);
    expect(units).toContainEqual(['Versand', 'beruhigen Sie sich']);
    // The internal note is linted with the help-centre profile: phrases yes, missing elements no.
    expect(file.messages.filter((m: any) => m.unit === 'Note').map((m: any) => m.ruleId)).toEqual(['avoid-phrase']);
  });

  it('--fix changes only the fixed span, keeps escapes, CRLF, BOM and placeholders, and converges', () => {
    const dir = tempTree({ 'macros.json': raw, '.tonelintrc.json': JSON.stringify({ lexicons: ['team.yaml'] }), 'team.yaml': TEAM });
    runCli(['macros.json', '--fix'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'macros.json'), 'utf8');
    expect(fixed).toBe(raw.replace('Kindly note', 'Please note'));
    const again = json(runCli(['macros.json', '--format', 'json'], { cwd: dir }));
    expect(again[0].messages.filter((m: any) => m.entryId === 'en.patronizing.kindly-note')).toEqual([]);
  });

  it('reports truncated JSON with its line and column, and still lints the other files', () => {
    const dir = tempTree({ 'bad.json': '{"macros": [{"title": "x", "actions": [', 'ok.txt': 'Please calm down.\n' });
    const r = runCli(['bad.json', 'ok.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:1:\d+: /);
    expect(json(r).find((f) => f.filePath === 'ok.txt').errorCount).toBe(1);
  });
});

describe('YAML and CSV exports', () => {
  it('finds phrases inside YAML block scalars and CSV quoted fields at their exact place', () => {
    const yaml = 'canned:\n  - title: Delay\n    response: |\n      Hi %{name},\n      please calm down, it is "only" a parcel.\n';
    const csv = 'title,content\r\n"Delay","Hi {name},\r\nplease calm down, it is ""only"" a parcel."\r\n';
    const dir = tempTree({ 'osticket.yaml': yaml, '.tonelintrc.json': JSON.stringify({ sources: [{ files: '*.csv', text: ['content'], title: 'title' }] }), 'replies.csv': csv });
    const r = json(runCli(['osticket.yaml', 'replies.csv', '--format', 'json', '--lang', 'en'], { cwd: dir }));
    const y = r.find((f) => f.filePath === 'osticket.yaml');
    expectExactPositions(yaml, y.messages, (s) => s);
    const c = r.find((f) => f.filePath === 'replies.csv');
    expectExactPositions(csv, c.messages, (s) => s.replace(/""/g, '"'));
  });
});

describe('positions through JSON escapes (property)', () => {
  it('the raw slice at every finding decodes to the matched text', () => {
    const filler = fc.constantFrom('Hello', 'Grüße', 'naïve', '🙂', '"Boxed"', 'back\\slash', 'tab\there', 'line\nbreak', '€5', 'done.');
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 6 }), fc.array(filler, { maxLength: 6 }), fc.boolean(), (before, after, ascii) => {
        const value = `${before.join(' ')} Please calm down. ${after.join(' ')}`;
        const body = JSON.stringify({ macros: [{ id: 7, title: 'T', actions: [{ field: 'comment_value', value }] }] });
        const raw = ascii ? body.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : body;
        const dir = tempTree({ 'm.json': raw });
        const r = json(runCli(['m.json', '--format', 'json', '--lang', 'en'], { cwd: dir }));
        const m = r[0].messages.find((x: any) => x.ruleId === 'avoid-phrase');
        expect(m).toBeDefined();
        expect(JSON.parse(`"${raw.slice(m.offset, m.endOffset)}"`)).toBe(m.actual);
      }),
      { numRuns: 15 },
    );
  });
});
