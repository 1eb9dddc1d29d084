#!/usr/bin/env node
// Build step: bundles the CLI into one CommonJS file, dist/bundle/main.cjs, which bin/tonelint.cjs runs
// through V8's code cache (dist/bundle/main.cache): a draft is answered without resolving ~60 modules or
// compiling the functions every run needs. The pool's worker is a separate ES module bundle.
// Libraries that are loaded only on demand stay outside the bundle and load when needed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  external: ['compromise', 'franc', 'cosmiconfig', 'ajv', 'yaml', 'diff', 'ora', 'csv-parse', 'jsonc-parser'],
};

// commander requires child_process (and with it net) at load, for git-style executable subcommands that
// tonelint does not have: it gets a stand-in that loads the module only if one is ever used.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  plugins: [lazyChildProcess],
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/bundle/main.cjs',
  format: 'cjs',
  // Modules find the built-in lexicons and the worker next to themselves.
  define: { 'import.meta.url': '__tonelintUrl' },
  banner: { js: "const __tonelintUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// A function compiled from V8's code cache cannot call import() (Node 20 loses its loader), so the ES
// modules loaded on demand come through an importer that bin/tonelint.cjs passes in.
const main = readFileSync('dist/bundle/main.cjs', 'utf8').replace(/\bimport\((["'])([\w@/.:-]+)\1\)/g, (_, _q, name) => {
  if (!common.external.includes(name) && !name.startsWith('node:')) throw new Error(`bundle: unexpected import("${name}") in main.cjs`);
  return `__tonelintImport(${JSON.stringify(name)})`;
});
if (/\bimport\(/.test(main.replace(/__tonelintImport\(/g, ''))) throw new Error('bundle: main.cjs still calls import()');
writeFileSync('dist/bundle/main.cjs', main);

await build({
  ...common,
  entryPoints: ['dist/engine/worker.js'],
  outfile: 'dist/bundle/worker.js',
  format: 'esm',
  // commander and other CommonJS dependencies call require() for Node's own modules.
  banner: { js: "import { createRequire as __tonelintRequire } from 'node:module'; const require = __tonelintRequire(import.meta.url);" },
});

// The read-ahead thread needs Node's own modules only.
await build({ ...common, entryPoints: ['dist/engine/read-ahead-worker.js'], outfile: 'dist/bundle/read-ahead-worker.js', format: 'esm' });

// One run writes the code cache (bin/tonelint.cjs keeps it when it has none that V8 accepts).
const warm = spawnSync(process.execPath, ['bin/tonelint.cjs', '--format', 'json', 'examples/'], { encoding: 'utf8' });
if (warm.status !== 0 && warm.status !== 1) throw new Error(`bundle: the warm-up run exited ${warm.status}: ${warm.stderr}`);
