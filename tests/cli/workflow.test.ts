// Team workflows through the built binary: fixes, cache, baseline, disable comments, print-config, formats.

import { existsSync, readFileSync, readdirSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, runCli, tempTree } from '../helpers/cli.js';

const ANGRY = 'Hi Sam,\n\nPlease calm down. I have refunded the fee today.\n';

// A team entry with a safe fix: mechanical, meaning-preserving, and never across a placeholder.
const TEAM = `language: en
entries:
  - id: en.patronizing.kindly-note
    category: patronizing
    severity: warning
    patterns: ["kindly note"]
    message: '"Kindly note" sounds stiff and a little condescending.'
    suggestions: ["please note"]
    fix: "please note"
    examples: ["[Kindly note] that the office is closed."]
`;

describe('--fix', () => {
  const setup = (text: string | Buffer) =>
    tempTree({ '.tonelintrc.json': JSON.stringify({ lexicons: ['team.yaml'] }), 'team.yaml': TEAM, 'reply.txt': text });

  it('applies safe fixes in place, keeps CRLF, BOM and the rest of the file, and converges', () => {
    const original = '\uFEFFHi Sam,\r\nKindly note the office is closed, {{name}}.\r\nKindly  note:\tthis too.\r\n';
    const dir = setup(original);
    const r = runCli(['reply.txt', '--fix', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const fixed = readFileSync(join(dir, 'reply.txt'), 'utf8');
    expect(fixed).toBe('\uFEFFHi Sam,\r\nPlease note the office is closed, {{name}}.\r\nPlease note:\tthis too.\r\n');
    // Re-linting finds nothing fixable any more.
    const again = json(runCli(['reply.txt', '--lang', 'en', '--format', 'json'], { cwd: dir }));
    expect(again[0].messages.filter((m: any) => m.fix)).toEqual([]);
  });

  it('never changes a placeholder inside a phrase', () => {
    const dir = setup('Kindly {{ticket.requester.first_name}} note this.\n');
    runCli(['reply.txt', '--fix', '--lang', 'en'], { cwd: dir });
    expect(readFileSync(join(dir, 'reply.txt'), 'utf8')).toBe('Kindly {{ticket.requester.first_name}} note this.\n');
  });

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = setup('Kindly note the office is closed.\n');
    const r = runCli(['reply.txt', '--fix-dry-run', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain('--- reply.txt');
    expect(r.stdout).toContain('-Kindly note the office is closed.');
    expect(r.stdout).toContain('+Please note the office is closed.');
    expect(readFileSync(join(dir, 'reply.txt'), 'utf8')).toBe('Kindly note the office is closed.\n');
  });

  it('does not rewrite a file without fixes, and keeps the file mode', () => {
    const dir = setup(ANGRY);
    chmodSync(join(dir, 'reply.txt'), 0o640);
    const before = readFileSync(join(dir, 'reply.txt'));
    runCli(['reply.txt', '--fix', '--lang', 'en'], { cwd: dir });
    expect(readFileSync(join(dir, 'reply.txt')).equals(before)).toBe(true);
  });
});

describe('--cache', () => {
  it('reuses results of unchanged files and notices changed content and config', () => {
    const dir = tempTree({ 'a.txt': ANGRY, 'b.txt': ANGRY });
    const first = json(runCli(['.', '--cache', '--format', 'json'], { cwd: dir }));
    const cache = JSON.parse(readFileSync(join(dir, '.tonelintcache'), 'utf8'));
    expect(Object.keys(cache.files).sort()).toEqual(['a.txt', 'b.txt']);
    const second = json(runCli(['.', '--cache', '--format', 'json'], { cwd: dir }));
    expect(second).toEqual(first);
    writeFileSync(join(dir, 'b.txt'), 'Hi Sam, the fee is refunded.\n');
    const third = json(runCli(['.', '--cache', '--format', 'json'], { cwd: dir }));
    expect(third.find((f) => f.filePath === 'b.txt').errorCount).toBe(0);
    writeFileSync(join(dir, '.tonelintrc.json'), JSON.stringify({ rules: { 'avoid-phrase': 'off' } }));
    const fourth = json(runCli(['.', '--cache', '--format', 'json'], { cwd: dir }));
    expect(fourth.find((f) => f.filePath === 'a.txt').errorCount).toBe(0);
  });

  it('a read-only cache location is reported without failing the lint', () => {
    const dir = tempTree({ 'a.txt': 'Hi Sam, the fee is refunded.\n' });
    mkdirSync(join(dir, 'ro'));
    const r = runCli(['a.txt', '--cache-location', 'ro/missing/cache.json'], { cwd: dir });
    expect(r.stderr).toMatch(/cannot write the cache/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('baseline', () => {
  it('records findings, then fails only on new ones, surviving shifted lines', () => {
    const ANGRY = 'Hi Sam,\n\nPlease calm down. I have refunded the fee today, and the money will be back on your card soon.\n';
    const dir = tempTree({ 'a.txt': ANGRY });
    // A --baseline beside --baseline-write (a script that always passes both) is not read: it need not exist yet.
    const w = runCli(['a.txt', '--baseline-write', 'base.json', '--baseline', 'base.json'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/recorded \d+ findings? in base\.json/);
    expect(runCli(['a.txt', '--baseline', 'base.json'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'a.txt'), `\n\n\n${ANGRY}`);
    expect(runCli(['a.txt', '--baseline', 'base.json'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'a.txt'), `${ANGRY}\nYou should have read the manual.\n`);
    const r = json(runCli(['a.txt', '--baseline', 'base.json', '--format', 'json'], { cwd: dir }));
    expect(r[0].messages.map((m: any) => m.actual)).toEqual(['You should have read']);
  });
});

describe('disable comments', () => {
  it('switch rules and entries off in Markdown, and unused ones can be reported', () => {
    const md = [
      '<!-- tonelint-disable-next-line avoid-phrase -->',
      'Please calm down.',
      'Please calm down again.',
      '<!-- tonelint-disable en.dismissive.calm-down -->',
      'Calm down, really.',
      '<!-- tonelint-enable -->',
      '<!-- tonelint-disable-next-line require-closing -->',
      'Thanks.',
    ].join('\n');
    const dir = tempTree({ 'r.md': md });
    const r = json(runCli(['r.md', '--format', 'json', '--lang', 'en', '--report-unused-disable-directives', '--rule', 'require-apology=off', '--rule', 'require-acknowledgement=off', '--rule', 'require-next-step=off'], { cwd: dir }));
    const lines = r[0].messages.map((m: any) => [m.line, m.ruleId]);
    expect(lines).toEqual([
      [3, 'avoid-phrase'],
      [7, 'unused-disable-directive'],
    ]);
  });
});

describe('--print-config', () => {
  it('shows what applies to a file after overrides', () => {
    const dir = tempTree({ '.tonelintrc.json': JSON.stringify({ overrides: [{ files: 'help/**', profile: 'helpcenter', language: 'de' }] }) });
    const r = runCli(['--print-config', 'help/a.md'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ profile: 'helpcenter', language: 'de' });
    expect(out.rules['require-apology']).toBe('off');
  });
});

describe('formats from the CLI', () => {
  it('compact, github, sarif, junit and checkstyle', () => {
    const dir = tempTree({ 'my reply.txt': ANGRY });
    const compact = runCli(['my reply.txt', '-f', 'compact'], { cwd: dir }).stdout;
    expect(compact).toMatch(/^my reply\.txt:3:8: error .* \[avoid-phrase\/en\.dismissive\.calm-down\]$/m);
    const github = runCli(['my reply.txt', '-f', 'github'], { cwd: dir }).stdout;
    expect(github).toMatch(/^::error file=my reply\.txt,line=3,col=8,/m);
    const sarif = JSON.parse(runCli(['my reply.txt', '-f', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20reply.txt');
    expect(runCli(['my reply.txt', '-f', 'junit'], { cwd: dir }).stdout).toContain('<testcase');
    expect(runCli(['my reply.txt', '-f', 'checkstyle'], { cwd: dir }).stdout).toContain('<checkstyle');
  });

  it('a report that cannot be written fails the run with exit 2 and one line, also with worker threads', () => {
    if (!existsSync('/dev/full')) {
      console.log('skipped: this system has no /dev/full to make writes fail');
      return;
    }
    const files: Record<string, string> = {};
    // Enough files that a worker's results come in while the main thread is still linting its own.
    for (let i = 0; i < 1500; i++) files[`r${i}.txt`] = ANGRY;
    const dir = tempTree(files);
    for (const threads of ['1', '2']) {
      const r = runCli(['.', '-f', 'json', '--concurrency', threads, '-o', '/dev/full'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^tonelint: \/dev\/full: cannot write the report \(ENOSPC\)$/);
    }
  });

  it('junit: the counts open the report, the test cases kept aside meanwhile are all there, and nothing is left behind', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`replies/r${String(i).padStart(2, '0')}.txt`] = i % 3 ? 'Thanks for your message, I have sent the label.\n' : ANGRY;
    const dir = tempTree(files);
    const temp = tempTree();
    const r = runCli(['replies', '-f', 'junit', '-o', 'report.xml'], { cwd: dir, env: { TMPDIR: temp } });
    expect(r.code).toBe(1);
    const xml = readFileSync(join(dir, 'report.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml[^\n]*\n<testsuites name="tonelint" tests="30" failures="30" errors="0"/);
    expect([...xml.matchAll(/<testcase classname="([^"]+)"/g)].map((m) => m[1])).toEqual(Object.keys(files).sort());
    expect(xml.endsWith('  </testsuite>\n</testsuites>\n')).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('explain and init', () => {
  it('explains an entry, a rule in another language, and a phrase', () => {
    const entry = runCli(['explain', 'en.dismissive.calm-down']);
    expect(entry.code).toBe(0);
    expect(entry.stdout).toMatch(/Avoid:/);
    expect(entry.stdout).toMatch(/Write instead:/);
    const rule = runCli(['explain', 'require-apology', '--lang', 'de']);
    expect(rule.stdout).toMatch(/When it is missing, try:/);
    expect(rule.stdout).toMatch(/leid|Entschuldig/i);
    const phrase = runCli(['explain', "that's our policy"]);
    expect(phrase.code).toBe(0);
    expect(phrase.stdout).toMatch(/en\.policy\./);
    const unknown = runCli(['explain', 'nonsense words here']);
    expect(unknown.code).toBe(2);
  });

  it('init writes a starter config and refuses to overwrite it without --force', () => {
    const dir = tempTree();
    const r = runCli(['init', '--profile', 'chat', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, '.tonelintrc.json'), 'utf8'));
    expect(config).toMatchObject({ profile: 'chat', language: 'de' });
    expect(runCli(['init'], { cwd: dir }).code).toBe(2);
    expect(runCli(['init', '--force', '--profile', 'email'], { cwd: dir }).code).toBe(0);
    expect(runCli(['a.txt'], { cwd: dir, input: '' }).stderr).not.toMatch(/unknown key/);
  });
});

describe('worker threads', () => {
  it('give byte-identical output in the same order whatever the worker count', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      files[`r/${String(i).padStart(3, '0')}.txt`] = i % 3 ? `Hi,\n\nPlease calm down, order ${i} is late. There's nothing I can do.\n` : `Thanks, order ${i} is on its way.\n`;
    }
    const dir = tempTree(files);
    const off = runCli(['r', '--format', 'json', '--concurrency', 'off'], { cwd: dir });
    const two = runCli(['r', '--format', 'json', '--concurrency', '2'], { cwd: dir });
    expect(two.stdout).toBe(off.stdout);
    expect(two.code).toBe(off.code);
    expect(JSON.parse(off.stdout)).toHaveLength(150);
  });
});
