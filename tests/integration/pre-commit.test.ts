// The pre-commit framework, for real: a temp repository installs tonelint's hook and commits through it.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const has = (tool: string) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
const missing = ['git', 'pre-commit'].filter((t) => !has(t));
if (missing.length) console.log(`skipped pre-commit integration: ${missing.join(', ')} not installed (.ci/run installs them)`);

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

describe.skipIf(missing.length > 0)('pre-commit hook', () => {
  it('refuses a commit with "calm down" in a staged macro and accepts a clean one', () => {
    // The hook repository is this project at its last commit (pre-commit installs hooks from a revision).
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const repo = mkdtempSync(join(tmpdir(), 'tonelint-hook-'));
    const home = mkdtempSync(join(tmpdir(), 'tonelint-precommit-home-'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: tonelint\n`);
    const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' };
    const install = spawnSync('pre-commit', ['install'], { cwd: repo, encoding: 'utf8', env });
    expect(install.status, install.stderr).toBe(0);

    writeFileSync(join(repo, 'refund macro.md'), 'Hi {{ticket.requester.first_name}},\n\nPlease calm down, the refund is on its way.\n');
    writeFileSync(join(repo, 'notes.txt'), 'Unstaged: calm down.\n');
    git(repo, 'add', '.pre-commit-config.yaml', 'refund macro.md');
    const refused = spawnSync('git', ['commit', '-m', 'add macro'], { cwd: repo, encoding: 'utf8', env: { ...env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
    const output = refused.stdout + refused.stderr;
    expect(refused.status, output).not.toBe(0);
    expect(output).toContain('refund macro.md');
    expect(output).toMatch(/calm down/i);
    expect(output).not.toContain('notes.txt');

    writeFileSync(join(repo, 'refund macro.md'), "Hi {{ticket.requester.first_name}},\n\nI'm sorry the refund is taking so long, I understand how frustrating that is. I have sent it again today and it will reach your card within 3 working days.\n");
    git(repo, 'add', 'refund macro.md');
    const accepted = spawnSync('git', ['commit', '-m', 'add macro'], { cwd: repo, encoding: 'utf8', env: { ...env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
  }, 600_000);
});
