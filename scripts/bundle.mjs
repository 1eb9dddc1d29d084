#!/usr/bin/env node
// Build step: bundles the CLI into one CommonJS file, dist/bundle/main.cjs, which bin/tonelint.js runs
// through V8's code cache (dist/bundle/main.cache): a draft is answered without resolving ~60 modules or
// compiling the functions every run needs. The pool's worker is a separate ES module bundle.
// Libraries that are loaded only on demand stay outside the bundle and load when needed; franc is
// inside because it is an ES module that a CommonJS bundle could not require().
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  external: ['compromise', 'cosmiconfig', 'ajv', 'yaml', 'diff', 'ora', 'csv-parse', 'jsonc-parser'],
};

await build({
  ...common,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/bundle/main.cjs',
  format: 'cjs',
  // Modules find the built-in lexicons and the worker next to themselves.
  define: { 'import.meta.url': '__tonelintUrl' },
  banner: { js: "const __tonelintUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: ['dist/engine/worker.js'],
  outfile: 'dist/bundle/worker.js',
  format: 'esm',
  // commander and other CommonJS dependencies call require() for Node's own modules.
  banner: { js: "import { createRequire as __tonelintRequire } from 'node:module'; const require = __tonelintRequire(import.meta.url);" },
});

// One run writes the code cache (bin/tonelint.js keeps it when it has none that V8 accepts).
const warm = spawnSync(process.execPath, ['bin/tonelint.js', '--format', 'json', 'examples/'], { encoding: 'utf8' });
if (warm.status !== 1) throw new Error(`bundle: the warm-up run exited ${warm.status}: ${warm.stderr}`);
