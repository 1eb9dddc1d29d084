// The installed CLI runs its bundle through V8's code cache: a missing or foreign cache must never change
// what tonelint answers, and the first run replaces a cache this Node.js cannot use.
import { cpSync, existsSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of the built package (bin, dist, package.json) with the project's node_modules linked in. */
function installedCopy(): string {
  const dir = tempTree();
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const drafts = tempTree({ 'reply.txt': 'Calm down, that is our policy and I cannot do anything about it. Regards, Sam\n' });
afterAll(() => rmSync(drafts, { recursive: true, force: true }));

function lint(pkg: string, bin = 'bin/tonelint.cjs') {
  const r = spawnSync(process.execPath, [join(pkg, bin), '--format', 'json', 'reply.txt'], { cwd: drafts, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the code cache of the CLI bundle', () => {
  const expected = lint(ROOT);

  it('is built with the package and leaves the answer as it is', () => {
    expect(existsSync(join(ROOT, 'dist/bundle/main.cache'))).toBe(true);
    expect(expected.code).toBe(1);
    expect(JSON.parse(expected.stdout)[0].messages.map((m: { entryId?: string }) => m.entryId)).toContain('en.dismissive.calm-down');
  });

  it('serves `node bin/tonelint.js` too', () => {
    expect(lint(ROOT, 'bin/tonelint.js')).toEqual(expected);
  });

  it('is written by the first run when it is missing', () => {
    const pkg = installedCopy();
    const cache = join(pkg, 'dist/bundle/main.cache');
    rmSync(cache);
    expect(lint(pkg)).toEqual(expected);
    expect(existsSync(cache)).toBe(true);
    expect(lint(pkg)).toEqual(expected);
    rmSync(pkg, { recursive: true, force: true });
  });

  it('is not used once the bundle is newer than it (edited by hand)', () => {
    const pkg = installedCopy();
    const cache = join(pkg, 'dist/bundle/main.cache');
    const old = new Date(Date.now() - 60_000);
    utimesSync(cache, old, old);
    expect(lint(pkg)).toEqual(expected);
    expect(statSync(cache).mtimeMs).toBeGreaterThan(old.getTime());
    rmSync(pkg, { recursive: true, force: true });
  });

  // A run with more than a draft's work turns the optimizing compiler on (it starts off for one draft); the
  // cache is made and checked with it off, so it stays valid whatever the last run did.
  it('stays valid after a run that turned the optimizing compiler on, and under --jitless', () => {
    const pkg = installedCopy();
    const cache = join(pkg, 'dist/bundle/main.cache');
    const tree = tempTree(Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`r/${k}.txt`, `Calm down, order ${k} is late.`])));
    const many = spawnSync(process.execPath, [join(pkg, 'bin/tonelint.cjs'), '--format', 'json', 'r'], { cwd: tree, encoding: 'utf8' });
    expect(JSON.parse(many.stdout)).toHaveLength(40);
    const before = statSync(cache).mtimeMs;
    expect(lint(pkg)).toEqual(expected);
    expect(statSync(cache).mtimeMs).toBe(before);
    // Node told how to compile keeps its flags (and its answer).
    const jitless = spawnSync(process.execPath, ['--jitless', join(pkg, 'bin/tonelint.cjs'), '--format', 'json', 'r'], { cwd: tree, encoding: 'utf8' });
    expect(jitless.stdout).toBe(many.stdout);
    rmSync(pkg, { recursive: true, force: true });
    rmSync(tree, { recursive: true, force: true });
  });

  it('is replaced when V8 rejects it (another Node.js, a damaged file)', () => {
    const pkg = installedCopy();
    const cache = join(pkg, 'dist/bundle/main.cache');
    writeFileSync(cache, 'not a code cache');
    expect(lint(pkg)).toEqual(expected);
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache');
    expect(lint(pkg)).toEqual(expected);
    rmSync(pkg, { recursive: true, force: true });
  });
});

describe('output into a pipe that closes early', () => {
  it('ends quietly, as `tonelint lexicons show en | head -1` expects', () => {
    const bin = join(ROOT, 'bin/tonelint.cjs');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" lexicons show en | head -1; "${process.execPath}" "${bin}" --help | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('English (en)\nUsage: tonelint [options] [command] [paths...]\n');
    expect(r.stderr).toBe('');
  });
});
