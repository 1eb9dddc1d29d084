// `tonelint review` driven in a real pseudo-terminal (tmux), as an agent would use it.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempTree } from '../helpers/cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('skipped review tests in a terminal: tmux is not installed (.ci/run installs it)');

const sessions: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', s]);
});

function start(cwd: string, command: string): string {
  const name = `tl${process.pid}${sessions.length}${Date.now() % 100000}`;
  sessions.push(name);
  const r = spawnSync('tmux', ['new-session', '-d', '-s', name, '-x', '160', '-y', '50', '-c', cwd, `env NO_COLOR=1 sh -c '${command}; echo EXITED-$?; sleep 30'`]);
  expect(r.status, String(r.stderr)).toBe(0);
  return name;
}

const screen = (name: string) => spawnSync('tmux', ['capture-pane', '-p', '-S', '-200', '-t', name], { encoding: 'utf8' }).stdout;
const keys = (name: string, ...k: string[]) => spawnSync('tmux', ['send-keys', '-t', name, ...k]);

async function waitFor(name: string, pattern: RegExp | string, count = 1, timeout = 15_000): Promise<string> {
  const t0 = Date.now();
  for (;;) {
    const s = screen(name);
    const n = typeof pattern === 'string' ? s.split(pattern).length - 1 : (s.match(new RegExp(pattern, 'g')) ?? []).length;
    if (n >= count) return s;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${pattern} (x${count}); screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const EN = 'Hi Sam,\n\nPlease calm down. There is nothing I can do about the fee, that is our policy.\n';
const DE = 'Hallo Frau Weber,\n\nberuhigen Sie sich bitte. Wie ich Ihnen bereits gesagt habe, liegt die Verzögerung beim Versanddienstleister.\n';

describe.skipIf(!hasTmux)('review in a terminal', () => {
  it('accepts, skips and undoes rewrites in an English draft, then saves and shows the score', async () => {
    const dir = tempTree({ 'draft.txt': EN });
    const s = start(dir, `node ${BIN} review draft.txt --lang en`);
    let out = await waitFor(s, '[1/');
    expect(out).toContain('Why:');
    expect(out).toContain('1)');
    keys(s, 's'); // skip the first finding (a missing element)
    await waitFor(s, 'skip');
    keys(s, 'u'); // take it back
    await waitFor(s, 'undo: back to 1');
    await waitFor(s, '[1/', 2);
    // Skip findings until the phrase "calm down", accept its first rewrite, then quit the rest with skips.
    for (let i = 0; i < 12; i++) {
      const screenNow = screen(s);
      if (/Done\./.test(screenNow)) break;
      const blocks = screenNow.split('──────');
      const last = blocks[blocks.length - 1]!;
      if (/› *$/m.test(last) && /en\.dismissive\.calm-down/.test(last)) keys(s, '1');
      else if (/› *$/m.test(last)) keys(s, 's');
      await new Promise((r) => setTimeout(r, 300));
    }
    out = await waitFor(s, 'Done.');
    expect(out).toMatch(/Tone score \d+ → \d+\/100/);
    await waitFor(s, 'EXITED-0');
    const saved = readFileSync(join(dir, 'draft.txt'), 'utf8');
    expect(saved).not.toMatch(/calm down/i);
    expect(saved).toContain('Hi Sam,');
  });

  it('quitting midway leaves the file unchanged (German draft)', async () => {
    const dir = tempTree({ 'entwurf.txt': DE });
    const s = start(dir, `node ${BIN} review entwurf.txt --lang de`);
    await waitFor(s, '[1/');
    keys(s, '1');
    await waitFor(s, 'accepted 1');
    keys(s, 'q');
    await waitFor(s, 'Quit: nothing was changed.');
    await waitFor(s, 'EXITED-0');
    expect(readFileSync(join(dir, 'entwurf.txt'), 'utf8')).toBe(DE);
  });

  it('pipes a draft through `review -` and prints the result on stdout, placeholders untouched', async () => {
    const dir = tempTree({ 'in.txt': 'Hi {{ticket.requester.first_name}},\n\nPlease calm down, we are on it.\n' });
    const s = start(dir, `cat in.txt | node ${BIN} review - --lang en --profile helpcenter > out.txt`);
    await waitFor(s, '[1/');
    keys(s, '1');
    await waitFor(s, 'Done.');
    await waitFor(s, 'EXITED-0');
    const out = readFileSync(join(dir, 'out.txt'), 'utf8');
    expect(out).toContain('{{ticket.requester.first_name}}');
    expect(out).not.toMatch(/calm down/i);
  });
});

describe('review without a terminal', () => {
  it('says so, prints the findings like tonelint, and exits 2 without waiting', () => {
    const dir = tempTree({ 'draft.txt': EN });
    const r = runCli(['review', 'draft.txt', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('review needs an interactive terminal');
    expect(r.stdout).toContain('calm down');
    expect(readFileSync(join(dir, 'draft.txt'), 'utf8')).toBe(EN);
  });
});

describe.skipIf(!hasTmux)('init in a terminal', () => {
  it('asks for the profile and language, then writes the config', async () => {
    const dir = tempTree();
    const s = start(dir, `node ${BIN} init`);
    await waitFor(s, 'Channel profile');
    keys(s, 'chat', 'Enter');
    await waitFor(s, 'Language of the replies');
    keys(s, 'xx', 'Enter');
    await waitFor(s, 'no lexicon for "xx"');
    keys(s, 'lv', 'Enter');
    await waitFor(s, 'EXITED-0');
    expect(JSON.parse(readFileSync(join(dir, '.tonelintrc.json'), 'utf8'))).toMatchObject({ profile: 'chat', language: 'lv' });
  });
});
