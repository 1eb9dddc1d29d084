// The built binary, run as a user runs it: inputs, outputs, exit codes and bad input.

import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, runCli, tempTree } from '../helpers/cli.js';

const ANGRY = 'Hi Sam,\n\nPlease calm down. I have refunded the fee today.\n';
const GOOD =
  "Hi Sam,\n\nI'm sorry the parcel is late, I understand how frustrating that is. I have refunded the delivery fee today and it will be back on your card within 3 days. Is there anything else I can do for you?\n";

describe('lint: results and exit codes', () => {
  it('exits 1 on an error, names the phrase, and shows a rewrite', () => {
    const dir = tempTree({ 'draft.txt': ANGRY });
    const r = runCli(['draft.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('draft.txt');
    expect(r.stdout).toContain('calm down');
    expect(r.stdout).toMatch(/→ /);
    expect(r.stdout).toMatch(/\d+ problems? \(1 error/);
  });

  it('exits 0 on a good reply', () => {
    const dir = tempTree({ 'draft.txt': GOOD });
    const r = runCli(['draft.txt', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain('No problems');
    expect(r.code).toBe(0);
  });

  it('prints the JSON contract with 1-based UTF-16 positions and file offsets', () => {
    const text = '\uFEFFHi José 🙂,\r\nplease calm down.\r\n';
    const dir = tempTree({ 'a.txt': text });
    const r = runCli(['--format', 'json', 'a.txt'], { cwd: dir });
    const [file] = json(r);
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['filePath', 'language', 'score', 'errorCount', 'warningCount', 'units', 'messages']));
    expect(file.filePath).toBe('a.txt');
    const m = file.messages.find((x: any) => x.ruleId === 'avoid-phrase');
    expect(m).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 17, actual: 'calm down', category: 'dismissive', severity: 'error' });
    // Offsets count UTF-16 units of the text after the byte order mark.
    expect(text.slice(1).slice(m.offset, m.endOffset)).toBe('calm down');
    expect(m.suggestions.length).toBeGreaterThan(0);
    expect(file.units).toHaveLength(1);
    expect(typeof file.score).toBe('number');
  });

  it('reads a draft from stdin and honours --stdin-filename', () => {
    const r = runCli(['-', '--format', 'json', '--stdin-filename', 'reply.md'], { input: ANGRY });
    expect(r.code).toBe(1);
    expect(json(r)[0].filePath).toBe('reply.md');
  });

  it('lints folders recursively (.txt and .md), respecting .gitignore and .tonelintignore', () => {
    const dir = tempTree({
      'replies/a.txt': ANGRY,
      'replies/deep/b.md': ANGRY,
      'replies/c.json': '{}',
      'replies/skip/d.txt': ANGRY,
      'replies/gen/e.txt': ANGRY,
      '.gitignore': 'replies/gen/\n',
      '.tonelintignore': 'replies/skip/\n',
    });
    const r = runCli(['replies', '--format', 'json'], { cwd: dir });
    expect(json(r).map((f) => f.filePath).sort()).toEqual(['replies/a.txt', 'replies/deep/b.md']);
    const all = runCli(['replies', '--format', 'json', '--no-ignore'], { cwd: dir });
    expect(json(all)).toHaveLength(4);
  });

  it('expands globs', () => {
    const dir = tempTree({ 'm/a.txt': ANGRY, 'm/b.txt': GOOD, 'm/c.md': ANGRY });
    const r = runCli(['m/*.txt', '--format', 'json'], { cwd: dir });
    expect(json(r).map((f) => f.filePath).sort()).toEqual(['m/a.txt', 'm/b.txt']);
  });

  it('skips code, front matter, link targets and quoted lines in Markdown', () => {
    const md = '---\ntitle: calm down\n---\n\nSee `calm down` and [the guide](https://x.test/calm-down).\n\n```\ncalm down\n```\n\n> calm down, you said\n';
    const dir = tempTree({ 'r.md': md });
    const r = runCli(['r.md', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(json(r)[0].messages.filter((m: any) => m.ruleId === 'avoid-phrase')).toEqual([]);
  });

  it('--quiet shows errors only and --max-warnings turns warnings into exit 1', () => {
    const dir = tempTree({ 'w.txt': 'Thanks for writing. The parcel left our warehouse on Monday and tracking shows it in transit.\n' });
    const loud = runCli(['w.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(json(loud)[0].warningCount).toBeGreaterThan(0);
    expect(loud.code).toBe(0);
    expect(runCli(['w.txt', '--max-warnings', '0', '--lang', 'en'], { cwd: dir }).code).toBe(1);
    expect(json(runCli(['w.txt', '--quiet', '--format', 'json', '--lang', 'en'], { cwd: dir }))[0].messages).toEqual([]);
  });

  it('--min-score fails replies below the score', () => {
    const dir = tempTree({ 'draft.txt': ANGRY });
    const r = runCli(['draft.txt', '--min-score', '95', '--format', 'json'], { cwd: dir });
    expect(json(r)[0].messages.some((m: any) => m.ruleId === 'min-score')).toBe(true);
  });

  it('--rule switches a rule off and --output-file writes the report', () => {
    const dir = tempTree({ 'draft.txt': ANGRY });
    const r = runCli(['draft.txt', '--rule', 'avoid-phrase=off', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('--output-file keeps the previous report when the run fails, and replaces it when the run ends', () => {
    const dir = tempTree({ 'draft.txt': ANGRY, 'report.json': '["old report"]' });
    const failed = runCli(['draft.txt', '-f', 'json', '-o', 'report.json', '-c', 'missing.json'], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('["old report"]');
    expect(readdirSync(dir).sort()).toEqual(['draft.txt', 'report.json']);
    const ok = runCli(['draft.txt', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].filePath).toBe('draft.txt');
    expect(readdirSync(dir).sort()).toEqual(['draft.txt', 'report.json']);
  });
});

describe('lint: bad input is named in one line, other files are still linted, exit 2', () => {
  const cases: [string, Record<string, string | Buffer>, string[], RegExp][] = [
    ['a missing path', {}, ['nope.txt'], /nope\.txt: no such file or directory/],
    ['a glob that matches nothing', {}, ['x/*.txt'], /x\/\*\.txt: no files match/],
    ['a binary file', { 'bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, ['bin.txt'], /bin\.txt: binary file/],
    ['invalid UTF-8', { 'latin1.txt': Buffer.from('Hallo\nGr\xfc\xdfe', 'latin1') }, ['latin1.txt'], /latin1\.txt:2:3: invalid UTF-8/],
    ['a file over the size limit', { 'big.txt': 'calm down. '.repeat(200_000) }, ['big.txt', '--max-file-size', '1'], /big\.txt: file is 2\.1 MB, over the 1\.0 MB limit/],
  ];
  for (const [name, files, args, message] of cases) {
    it(name, () => {
      const dir = tempTree({ ...files, 'ok.txt': ANGRY });
      const r = runCli([...args, 'ok.txt', '--format', 'json'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(json(r).some((f) => f.filePath === 'ok.txt' && f.errorCount > 0)).toBe(true);
    });
  }

  it('an unreadable file', () => {
    if (process.getuid?.() === 0) return console.log('skipped: root can read any file, so unreadable input cannot be simulated');
    const dir = tempTree({ 'locked.txt': ANGRY, 'ok.txt': ANGRY });
    chmodSync(join(dir, 'locked.txt'), 0);
    const r = runCli(['locked.txt', 'ok.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/locked\.txt: permission denied/);
  });

  it('an empty file is fine', () => {
    const dir = tempTree({ 'empty.txt': '' });
    const r = runCli(['empty.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r)[0].messages).toEqual([]);
  });

  it('an unknown option suggests the closest one', () => {
    const r = runCli(['--formt', 'json', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--formt'/);
    expect(r.stderr).toMatch(/Did you mean --format\?/);
  });

  it('an unknown format', () => {
    const r = runCli(['--format', 'xml', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
});

describe('configuration', () => {
  it('is found by cosmiconfig and validated with the bad key named', () => {
    const dir = tempTree({ '.tonelintrc.json': '{ "rulez": {} }', 'a.txt': ANGRY });
    const r = runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tonelint: .tonelintrc.json: unknown key "rulez"\n');
  });

  it('reports malformed JSON with its position', () => {
    const dir = tempTree({ '.tonelintrc.json': '{ "profile": "chat", }', 'a.txt': ANGRY });
    const r = runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/\.tonelintrc\.json/);
  });

  it('applies rules, categories and overrides, and CLI flags win', () => {
    const config = {
      categories: { dismissive: 'warning' },
      overrides: [{ files: 'help/**', profile: 'helpcenter' }],
    };
    const dir = tempTree({ '.tonelintrc.json': JSON.stringify(config), 'a.txt': ANGRY, 'help/b.txt': 'Open Settings and choose Export to download your data as a CSV file.' });
    const r = json(runCli(['.', '--format', 'json', '--lang', 'en'], { cwd: dir }));
    const a = r.find((f) => f.filePath === 'a.txt');
    expect(a.messages.find((m: any) => m.ruleId === 'avoid-phrase').severity).toBe('warning');
    const b = r.find((f) => f.filePath === 'help/b.txt');
    expect(b.messages).toEqual([]);
  });

  it('reads the tonelint key of package.json and YAML rc files', () => {
    const pkg = tempTree({ 'package.json': JSON.stringify({ name: 'x', tonelint: { rules: { 'avoid-phrase': 'off' } } }), 'a.txt': ANGRY });
    expect(runCli(['a.txt'], { cwd: pkg }).code).toBe(0);
    const yaml = tempTree({ '.tonelintrc.yaml': 'rules:\n  avoid-phrase: off\n', 'a.txt': ANGRY });
    expect(runCli(['a.txt'], { cwd: yaml }).code).toBe(0);
  });

  it('names an unknown rule', () => {
    const dir = tempTree({ '.tonelintrc.json': '{ "rules": { "require-apologies": "off" } }', 'a.txt': ANGRY });
    const r = runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "require-apologies"/);
  });

  it('the example config and team lexicon are valid and take effect', () => {
    const root = join(__dirname, '../..');
    const dir = tempTree({
      '.tonelintrc.json': readFileSync(join(root, '.tonelintrc.example.json')),
      'examples/team-lexicon.yaml': readFileSync(join(root, 'examples/team-lexicon.yaml')),
      'a.txt': "I'm sorry for the wait, I understand it is annoying. Your ticket was closed automatically, so I have reopened it today and will reply by Friday.",
    });
    const r = runCli(['a.txt', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const ids = json(r)[0].messages.map((m: any) => m.entryId);
    expect(ids).toContain('en.policy.ticket-auto-closed');
  });
});

describe('placeholder-syntax', () => {
  it('reports unbalanced and malformed placeholders, never valid ones', () => {
    const dir = tempTree({ 'm.txt': 'Hi {{ticket.requester.first_name,\nYour order {{ order id }} ships, {{ticket.id}}.\n' });
    const r = json(runCli(['m.txt', '--format', 'json', '--lang', 'en'], { cwd: dir }));
    const found = r[0].messages.filter((m: any) => m.ruleId === 'placeholder-syntax').map((m: any) => [m.line, m.column]);
    expect(found).toEqual([[1, 4], [2, 12]]);
  });
});

describe('help and mistakes', () => {
  it('suggests the closest command and shows examples in --help', () => {
    const r = runCli(['revew', 'draft.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "revew" (did you mean review?)');
    const sub = runCli(['lexicons', 'lst']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/Did you mean list\?/);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(runCli(['review', '--help']).stdout).toMatch(/Keys: 1-3 accept/);
  });

  it('right-to-left and CJK replies do not crash and are reported once as unsupported', () => {
    const dir = tempTree({ 'ar.txt': 'مرحبا، نأسف للتأخير في شحن طلبك. سنرسل لك تحديثا غدا.\n', 'zh.txt': '您好，很抱歉您的订单延迟了。我们明天会给您发送更新。\n' });
    const r = json(runCli(['.', '--format', 'json'], { cwd: dir }));
    for (const f of r) {
      expect(f.messages.map((m: any) => m.ruleId)).toEqual(['unsupported-language']);
      expect(f.messages[0].severity).toBe('info');
    }
  });

  it('require-next-step with the timeframe option wants a time', () => {
    const dir = tempTree({
      '.tonelintrc.json': JSON.stringify({ rules: { 'require-next-step': ['warning', { timeframe: true }] } }),
      'a.txt': "I'm sorry for the trouble, I understand how annoying this is. I have sent you a new invoice.\n",
      'b.txt': "I'm sorry for the trouble, I understand how annoying this is. I have sent you a new invoice, and the refund arrives by Friday.\n",
    });
    const r = json(runCli(['.', '--format', 'json', '--lang', 'en'], { cwd: dir }));
    expect(r.find((f) => f.filePath === 'a.txt').messages.map((m: any) => [m.ruleId, m.element])).toEqual([['require-next-step', 'timeframe']]);
    expect(r.find((f) => f.filePath === 'b.txt').messages).toEqual([]);
  });
});
