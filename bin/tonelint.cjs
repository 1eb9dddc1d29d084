#!/usr/bin/env node
// Runs the CLI bundle through V8's code cache: start-up skips compiling what every run needs.
// A cache V8 rejects (another Node.js version) is replaced after the run, where the package is writable.
// CommonJS, because an ES module entry costs Node's module loader before the first line runs.
'use strict';
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// One draft is answered before the optimizing compiler's work pays off, and Node would wait for its jobs at
// exit: it starts off, and the CLI turns it on once a run has more work (dist: engine/optimizer.js). The code
// cache is made and checked with it off, so a cache stays valid whatever the run did. Not when Node was told
// how to compile (--jitless, --no-opt): then its flags are left as they are.
const nodeFlags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
const deferOptimizer = !nodeFlags.some((flag) => /^--(jitless|no-opt|no-turbofan)\b/.test(flag));
if (deferOptimizer) setFlagsFromString('--no-turbofan');

const dir = join(__dirname, '../dist/bundle');
const filename = join(dir, 'main.cjs');
const cacheFile = join(dir, 'main.cache');

let cachedData;
try {
  // V8 checks a cache against the source's length only: one older than the bundle (edited by hand) is stale.
  if (statSync(cacheFile).mtimeMs >= statSync(filename).mtimeMs) cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: compile as usual and write one.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname, __tonelintImport) {${readFileSync(filename, 'utf8')}\n})`, {
  filename,
  cachedData,
});
const bundle = { exports: {} };
// The bundle's on-demand ES modules resolve from here, the package's own folder.
script.runInThisContext()(bundle.exports, require('node:module').createRequire(filename), bundle, filename, dir, (specifier) => import(specifier));
if (deferOptimizer) bundle.exports.deferOptimizer(() => setFlagsFromString('--turbofan'));
bundle.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (cachedData && !script.cachedDataRejected) return;
  try {
    if (deferOptimizer) setFlagsFromString('--no-turbofan');
    const temp = `${cacheFile}.${process.pid}`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // A read-only install runs without the cache.
  }
});
