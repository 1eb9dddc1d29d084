// Large exports are read record by record; what a user sees is the same as when the file is read whole.
// `--stream-above 1` streams every export however small, `--stream-chunk` makes records straddle chunks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyExport } from '../helpers/exports.js';
import { json, runCli, tempTree, type CliResult } from '../helpers/cli.js';

const STREAM = ['--stream-above', '1', '--stream-chunk', '16'];

/** Line and column (1-based, UTF-16) of an offset in a text. */
function at(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1] as string).length + 1}`;
}

const same = (a: CliResult, b: CliResult) => expect({ code: b.code, stdout: b.stdout, stderr: b.stderr }).toEqual({ code: a.code, stdout: a.stdout, stderr: a.stderr });

describe('streamed exports give the output of exports read whole', () => {
  it('byte for byte, for generated exports in chunks of any size (property)', () => {
    fc.assert(
      fc.property(anyExport, fc.integer({ min: 16, max: 96 }), (e, chunk) => {
        const dir = tempTree({ [e.name]: e.text });
        const whole = runCli([e.name, '--format', 'json'], { cwd: dir });
        const streamed = runCli([e.name, '--format', 'json', '--stream-above', '1', '--stream-chunk', String(chunk)], { cwd: dir });
        same(whole, streamed);
      }),
      { numRuns: 15 },
    );
  });

  it('one JSON Lines record per reply, without configuration; the stylish report is the same but for excerpts', () => {
    const lines = Array.from({ length: 40 }, (_, k) => JSON.stringify({ id: `reply-${k}`, text: k % 3 ? `Dear Ann,\nthanks, order ${k} ships today.` : 'Please calm down, that is our policy.' }));
    const dir = tempTree({ 'all.jsonl': `${lines.join('\n')}\n` });
    const whole = runCli(['all.jsonl', '--format', 'json'], { cwd: dir });
    const streamed = runCli(['all.jsonl', '--format', 'json', ...STREAM], { cwd: dir });
    same(whole, streamed);
    const file = json(streamed)[0];
    expect(file.units.map((u: any) => u.id)).toEqual(lines.map((_, k) => `reply-${k}`));
    expect(file.units.map((u: any) => u.line)).toEqual(lines.map((_, k) => k + 1));
    expect(file.messages.find((m: any) => m.ruleId === 'avoid-phrase')).toMatchObject({ unit: 'reply-0', line: 1, column: lines[0]!.indexOf('calm') + 1, actual: 'calm down' });
    // Stylish shows no source excerpts for a streamed file (its text is not kept); everything else is the same.
    const stylish = runCli(['all.jsonl', '--no-color'], { cwd: dir }).stdout.split('\n').filter((l) => !l.includes('│'));
    expect(runCli(['all.jsonl', '--no-color', ...STREAM], { cwd: dir }).stdout.split('\n')).toEqual(stylish);
  });

  it('worker threads, a cache and --quiet change nothing', () => {
    const lines = Array.from({ length: 30 }, (_, k) => JSON.stringify({ id: k, body: 'Calm down. We cannot do anything.' }));
    const dir = tempTree({ 'a.jsonl': lines.join('\n'), 'b.ndjson': lines.join('\r\n') });
    const whole = runCli(['a.jsonl', 'b.ndjson', '--format', 'json'], { cwd: dir });
    same(whole, runCli(['a.jsonl', 'b.ndjson', '--format', 'json', '--concurrency', '2', ...STREAM], { cwd: dir }));
    same(whole, runCli(['a.jsonl', 'b.ndjson', '--format', 'json', '--cache', ...STREAM], { cwd: dir }));
    same(whole, runCli(['a.jsonl', 'b.ndjson', '--format', 'json', '--cache', ...STREAM], { cwd: dir }));
    same(runCli(['a.jsonl', '--quiet', '--format', 'json'], { cwd: dir }), runCli(['a.jsonl', '--quiet', '--format', 'json', ...STREAM], { cwd: dir }));
  });
});

describe('syntax errors in streamed exports', () => {
  const records = Array.from({ length: 30 }, (_, k) => ({ id: k, title: `Macro ${k}`, text: 'Please calm down.' }));

  it('JSON: the exact line and column, exit 2, and the other files are still linted', () => {
    const good = JSON.stringify({ macros: records, count: 30 }, null, 2);
    const bad = good.replace('"Macro 25",', '"Macro 25"');
    const dir = tempTree({ 'bad.json': bad, 'ok.txt': 'Please calm down.\n' });
    for (const args of [[], STREAM]) {
      const r = runCli(['bad.json', 'ok.txt', '--format', 'json', ...args], { cwd: dir });
      expect(r.code).toBe(2);
      const offset = bad.indexOf('"Macro 25"') + '"Macro 25"'.length;
      expect(r.stderr).toContain(`bad.json:${at(bad, bad.indexOf('"text"', offset))}: Invalid JSON: expected ',' or '}' after a property value, found '"'`);
      const [file, ok] = json(r);
      expect(file.units).toEqual([]);
      expect(file.messages).toHaveLength(1);
      expect(ok.errorCount).toBe(1);
    }
  });

  it('JSON: a truncated export says so at its end', () => {
    const cut = JSON.stringify({ macros: records }, null, 2).slice(0, 1500);
    const dir = tempTree({ 'cut.json': cut });
    const r = runCli(['cut.json', ...STREAM], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`cut\\.json:${at(cut, cut.length)}: Invalid JSON: .*\\(is it truncated\\?\\)`));
  });

  it('JSON Lines: a bad line is reported at its place, and the records after it are still linted', () => {
    const lines = records.map((r) => JSON.stringify(r));
    lines[12] = '{"id": 12, "text": "broken';
    const text = lines.join('\n');
    const dir = tempTree({ 'm.jsonl': text });
    const r = runCli(['m.jsonl', '--format', 'json', ...STREAM], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`m.jsonl:13:${lines[12]!.length + 1}: Invalid JSON: unterminated string`);
    const file = json(r)[0];
    expect(file.units).toHaveLength(29);
    expect(file.units.at(-1)).toMatchObject({ id: '29', line: 30 });
    same(runCli(['m.jsonl', '--format', 'json'], { cwd: dir }), r);
  });

  it('CSV: an unclosed quote fails the file at its place; a short row is reported and the others are linted', () => {
    const rows = records.map((r) => `${r.id},${r.title},${r.text}`);
    const unclosed = ['id,title,text', ...rows.slice(0, 20), '20,"Macro 20,Please calm down.', ...rows.slice(21)].join('\r\n');
    const short = ['id,title,text', ...rows.slice(0, 20), '20,Macro 20', ...rows.slice(21)].join('\r\n');
    const dir = tempTree({ 'unclosed.csv': unclosed, 'short.csv': short });
    const r = runCli(['unclosed.csv', 'short.csv', '--format', 'json', ...STREAM], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unclosed.csv:22:4: Invalid CSV: a quoted field is not closed`);
    expect(r.stderr).toContain('short.csv:22:1: Invalid CSV: row 22 has 2 fields, the header has 3');
    const [u, s] = json(r);
    expect(u.units).toEqual([]);
    expect(s.units).toHaveLength(29);
    same(runCli(['unclosed.csv', 'short.csv', '--format', 'json'], { cwd: dir }), r);
  });
});

describe('what a streamed export may hold', () => {
  const lines = Array.from({ length: 60 }, (_, k) => JSON.stringify({ id: k, text: `Please calm down, we are on it (${k}).` }));
  const config = JSON.stringify({ maxFileSize: 1000 });

  it('--max-file-size caps each record, not the whole export', () => {
    const big = `${lines.join('\n')}\n`;
    const huge = `${lines.slice(0, 3).join('\n')}\n${JSON.stringify({ id: 'x', text: 'Calm down. '.repeat(200) })}\n`;
    const dir = tempTree({ '.tonelintrc.json': config, 'big.jsonl': big, 'huge.jsonl': huge });
    const r = runCli(['big.jsonl', 'huge.jsonl', '--format', 'json', '--stream-above', '500'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('huge.jsonl:4:1: a record starting here is over the 0.0 MB limit (--max-file-size applies to each record of a large export); not linted');
    expect(json(r)[0].units).toHaveLength(60);
  });

  it('--fix and custom sources read the file whole, within --max-file-size', () => {
    const big = `${lines.join('\n')}\n`;
    const sources = JSON.stringify({ maxFileSize: 1000, sources: [{ files: '*.jsonl', text: ['text'] }] });
    for (const [files, args] of [[{ '.tonelintrc.json': config }, ['--fix']], [{ '.tonelintrc.json': sources }, []]] as const) {
      const dir = tempTree({ ...files, 'big.jsonl': big });
      const r = runCli(['big.jsonl', '--stream-above', '500', ...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/big\.jsonl: file is 0\.0 MB, over the 0\.0 MB limit \(--max-file-size\); not linted/);
    }
  });

  it('UTF-16 and a byte order mark are decoded; invalid UTF-8 is named with its line and column', () => {
    const text = `${lines.slice(0, 20).join('\r\n')}\r\n{"id": "ü", "text": "Grüße 🙂, calm down"}\r\n`;
    const utf8 = Buffer.from(text);
    const bad = Buffer.concat([utf8.subarray(0, 700), Buffer.from([0xe2, 0x28, 0xa1]), utf8.subarray(700)]);
    const dir = tempTree({
      'le.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'bom.jsonl': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      'bad.jsonl': bad,
      'nul.jsonl': Buffer.concat([utf8.subarray(0, 100), Buffer.from([0]), utf8.subarray(100)]),
    });
    const files = ['le.jsonl', 'bom.jsonl', 'bad.jsonl', 'nul.jsonl'];
    const r = runCli([...files, '--format', 'json', ...STREAM], { cwd: dir });
    same(runCli([...files, '--format', 'json'], { cwd: dir }), r);
    const [le, bom] = json(r);
    expect(le.messages).toEqual(bom.messages);
    expect(le.units).toHaveLength(21);
    expect(r.stderr).toContain(`bad.jsonl:${at(text, Buffer.from(text).subarray(0, 700).toString().length)}: invalid UTF-8 at byte 700; save the file as UTF-8`);
    expect(r.stderr).toContain('nul.jsonl: binary file (it contains NUL bytes), not linted');
  });

  it('an export of unknown records gets one notice, not one per record', () => {
    const dir = tempTree({ 'x.jsonl': Array.from({ length: 20 }, (_, k) => JSON.stringify({ key: k, value: 'some longer text here' })).join('\n') });
    const r = runCli(['x.jsonl', ...STREAM], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^tonelint: warning: x\.jsonl: No replies found: .*its records have the keys key, value\..*text: \["value"\]/)]);
  });
});
