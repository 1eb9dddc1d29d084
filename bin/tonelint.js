#!/usr/bin/env node
// Runs the CLI bundle through V8's code cache: start-up skips compiling what every run needs.
// A cache V8 rejects (another Node.js version) is replaced after the run, where the package is writable.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = new URL('../dist/bundle/main.cjs', import.meta.url);
const cacheFile = new URL('../dist/bundle/main.cache', import.meta.url);
const filename = fileURLToPath(bundle);

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: compile as usual and write one.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname, __tonelintImport) {${readFileSync(bundle, 'utf8')}\n})`, {
  filename,
  cachedData,
});
const module = { exports: {} };
// The bundle's on-demand ES modules resolve from here, the package's own folder.
script.runInThisContext()(module.exports, createRequire(bundle), module, filename, fileURLToPath(new URL('.', bundle)), (specifier) => import(specifier));
process.exitCode = await module.exports.main(process.argv.slice(2));

if (!cachedData || script.cachedDataRejected) {
  try {
    const temp = `${fileURLToPath(cacheFile)}.${process.pid}`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // A read-only install runs without the cache.
  }
}
