// The progress spinner: on a terminal for long runs only; never when piping or in CI.

import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempTree } from '../helpers/cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('skipped spinner test in a terminal: tmux is not installed (.ci/run installs it)');

// Long enough replies that linting them takes seconds, past the spinner's delay.
const BODY = 'I appreciate you taking the time to explain what happened. I checked order 52370 and it left our warehouse on October 2. Our engineers confirmed a bug in version 4.2 that affects sync on some phones. ';

function bigTree(n: number): string {
  const files: Record<string, string> = {};
  // Several paragraphs each: a run of 8000 must last well past the spinner's delay however fast linting gets.
  for (let i = 0; i < n; i++) files[`r/${i}.txt`] = `Hi,\n\nPlease calm down, order ${i} is late. ${BODY}\n${BODY.repeat(12)}\n`;
  return tempTree(files);
}

const session = `tlprog${process.pid}`;
afterEach(() => void spawnSync('tmux', ['kill-session', '-t', session]));

describe('progress spinner', () => {
  it.skipIf(!hasTmux)('shows on a terminal during a long run', async () => {
    const dir = bigTree(8000);
    spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '20', '-c', dir, `env -u CI NO_COLOR=1 node ${BIN} r > /dev/null; echo EXITED; sleep 20`]);
    // stdout goes to /dev/null here, so the spinner must stay away: the run is not on a terminal.
    let seen = '';
    for (let i = 0; i < 100 && !seen.includes('EXITED'); i++) {
      seen += spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).not.toContain('Linting');
    spawnSync('tmux', ['kill-session', '-t', session]);
    spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '20', '-c', dir, `env -u CI NO_COLOR=1 node ${BIN} r -o report.txt; echo EXITED; sleep 20`]);
    seen = '';
    for (let i = 0; i < 150 && !seen.includes('EXITED'); i++) {
      seen += spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toMatch(/Linting \d+ of 8000 files/);
  }, 60_000);

  it('never writes to a pipe', () => {
    const dir = bigTree(3000);
    const r = runCli(['r', '--quiet'], { cwd: dir, env: { CI: '' } });
    expect(r.stderr).not.toContain('Linting');
  }, 60_000);
});
