#!/usr/bin/env node
// npm run bench: runs the side-by-side benchmark harness with the built tonelint and keeps its table.
// The harness lives outside this repository; point BENCH_DIR at it (default: ../shared/bench).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const harness = resolve(root, process.env.BENCH_DIR ?? '../shared/bench');
if (!existsSync(join(harness, 'bench.sh'))) {
  console.error(`bench: no harness at ${harness}; set BENCH_DIR to the folder that holds bench.sh`);
  process.exit(2);
}
const out = process.env.BENCH_OUT ?? join(root, 'bench-results');
mkdirSync(out, { recursive: true });
const env = { ...process.env, BENCH_OUT: out, TONELINT: process.env.TONELINT ?? `node ${join(root, 'bin/tonelint.cjs')}` };
const r = spawnSync('bash', [join(harness, 'bench.sh')], { cwd: harness, env, stdio: 'inherit' });
const table = join(out, 'latest.md');
if (r.status === 0 && existsSync(table)) {
  mkdirSync(join(root, 'docs'), { recursive: true });
  // The committed copy names the binary as run from the project folder, not by this machine's path.
  writeFileSync(join(root, 'docs/benchmark-latest.md'), readFileSync(table, 'utf8').split(`${root}/`).join(''));
  console.log('table copied to docs/benchmark-latest.md');
}
process.exit(r.status ?? 2);
