#!/usr/bin/env node
// The lint core alone on a folder of replies already in memory (no file reading, no report), pass after
// pass in one process: the first pass pays V8's compilation and the matcher's first use, the later ones show
// the steady state. Usage: node scripts/bench-core.mjs <folder> [passes]  (after npm run build)
// Try it under `node --no-concurrent-recompilation` to see what the optimizing compiler costs.
import { readFileSync } from 'node:fs';
import { fdir } from 'fdir';
import { lintReply } from '../dist/core/lint.js';
import { RunDetector } from '../dist/engine/detection.js';
import { builtinLanguages } from '../dist/engine/languages.js';

const [folder, passes = '4'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/bench-core.mjs <folder> [passes]');
  process.exit(2);
}
const files = new fdir().withFullPaths().filter((p) => /\.(md|txt)$/.test(p)).crawl(folder).sync().sort();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const languages = builtinLanguages();
const detector = new RunDetector(languages);
for (let pass = 1; pass <= Number(passes); pass++) {
  const start = performance.now();
  let findings = 0;
  for (const text of texts) findings += lintReply(text, { languages, detect: detector.detect }).findings.length;
  console.log(`pass ${pass}: ${texts.length} replies in ${(performance.now() - start).toFixed(0)} ms, ${findings} findings`);
}
