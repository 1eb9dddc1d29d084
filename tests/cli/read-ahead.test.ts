// Runs of many files read them ahead in a thread of their own; what a user sees does not change.
// `--read-ahead-above 0` turns the thread on for any run, a large value turns it off.

import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree, type CliResult } from '../helpers/cli.js';

const AHEAD = ['--read-ahead-above', '0'];
const HERE = ['--read-ahead-above', '1000000'];

const same = (a: CliResult, b: CliResult) => expect({ code: b.code, stdout: b.stdout, stderr: b.stderr }).toEqual({ code: a.code, stdout: a.stdout, stderr: a.stderr });

const REPLIES = [
  'Please calm down, that is our policy.',
  'Dear Ann,\nI am sorry about the delay. I understand how frustrating this is. I have sent the refund today.',
  'Liebe Frau Weber,\nberuhigen Sie sich bitte, das ist unsere Richtlinie.',
  '\uFEFFHi José,\r\nI can\u2019t do anything about it 🙂.\r\n',
  'Sveiki, Jānis!\nDiemžēl neko nevaru darīt.',
];

describe('reading ahead', () => {
  it('gives the output of reading each file in turn, bad files included', () => {
    const files: Record<string, string | Buffer> = {};
    // Paths travel to the thread as UTF-8: names with Baltic letters, umlauts and emoji among them.
    const names = ['atbilde-ā', 'Rückmeldung', 'atsakymas-ų', 'vastus-õ', '🙂'];
    for (let k = 0; k < 120; k++) files[`replies/${String(k).padStart(3, '0')}-${names[k % names.length]}.md`] = REPLIES[k % REPLIES.length]!;
    files['replies/050-atbilde-ā.md'] = Buffer.from([0x48, 0x69, 0x00, 0x01]);
    files['replies/051-Rückmeldung.md'] = Buffer.from([0x48, 0x69, 0x0a, 0xc3, 0x28]);
    // Larger than the thread reads: read by the main thread when its turn comes.
    files['replies/052-atsakymas-ų.md'] = `${'We are sorry. '.repeat(90_000)}Calm down.`;
    const dir = tempTree(files);
    const here = runCli(['replies', '--format', 'json', ...HERE], { cwd: dir });
    const ahead = runCli(['replies', '--format', 'json', ...AHEAD], { cwd: dir });
    same(here, ahead);
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toContain('replies/050-atbilde-ā.md: binary file');
    expect(ahead.stderr).toContain('replies/051-Rückmeldung.md:2:1: invalid UTF-8');
    expect(JSON.parse(ahead.stdout)).toHaveLength(120);
    expect(JSON.parse(ahead.stdout).filter((f: any) => f.messages.some((m: any) => m.ruleId === 'avoid-phrase')).length).toBeGreaterThan(40);
  });

  it('reports a file that cannot be read, and lints the others', () => {
    const files: Record<string, string> = {};
    for (let k = 0; k < 30; k++) files[`r/${k}.md`] = REPLIES[k % REPLIES.length]!;
    const dir = tempTree(files);
    // A file the thread cannot open is left to the main thread, which says why.
    chmodSync(join(dir, 'r/7.md'), 0o000);
    const unreadable = process.getuid?.() !== 0;
    const here = runCli(['r', '--format', 'json', ...HERE], { cwd: dir });
    const ahead = runCli(['r', '--format', 'json', ...AHEAD], { cwd: dir });
    same(here, ahead);
    if (unreadable) expect(ahead.stderr).toContain('r/7.md: permission denied');
    expect(JSON.parse(ahead.stdout).length).toBeGreaterThanOrEqual(29);
    rmSync(dir, { recursive: true, force: true });
  });
});
