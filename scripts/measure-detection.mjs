#!/usr/bin/env node
// Measures language-detection accuracy on support replies: tonelint's detector against franc alone and,
// when installed in DETECT_PEERS (a folder with node_modules), eld and tinyld. Prints a markdown table.
//   node scripts/measure-detection.mjs [extra.jsonl ...]     (lines of {"lang", "text"})
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { franc } from 'franc';
import { builtinLanguages } from '../dist/engine/languages.js';
import { RunDetector } from '../dist/engine/detection.js';
import { tokenize } from '../dist/core/text/tokenize.js';

const root = new URL('..', import.meta.url).pathname;
const samples = [];
const draftsDir = join(root, 'tests/lexicons/drafts');
for (const f of readdirSync(draftsDir)) {
  const { language, drafts } = parse(readFileSync(join(draftsDir, f), 'utf8'));
  for (const d of drafts) samples.push({ lang: language, text: d.text, set: 'drafts' });
}
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { lang, text } = JSON.parse(line);
    samples.push({ lang, text, set: 'extra' });
  }
}
// Short replies: the first sentence of each (chat messages, one-line macros).
for (const s of [...samples]) {
  const first = s.text.replace(/^[^\n]{0,40},?\n+/, '').split(/(?<=[.!?])\s/)[0].trim();
  if (first.split(/\s+/).length >= 4) samples.push({ lang: s.lang, text: first, set: 'first sentence' });
}

const iso = { eng: 'en', deu: 'de', ita: 'it', ekk: 'et', est: 'et', lvs: 'lv', lav: 'lv', lit: 'lt' };
const languages = builtinLanguages();
const ours = new RunDetector(languages);
await ours.loadStrong();
const detectors = {
  'tonelint (signature words, then franc)': (t) => ours.detect(t, tokenize(t)),
  'franc, all 187 languages': (t) => iso[franc(t)] ?? franc(t),
  'franc, 6 supported only': (t) => iso[franc(t, { only: ['eng', 'deu', 'ita', 'ekk', 'lvs', 'lit'] })],
};
const peers = process.env.DETECT_PEERS;
if (peers && existsSync(join(peers, 'node_modules'))) {
  const req = createRequire(join(peers, 'index.js'));
  try {
    const { eld } = await import(join(peers, 'node_modules/eld/src/entries/static.small.js'));
    detectors['eld (small)'] = (t) => eld.detect(t).language;
  } catch {}
  try {
    const tinyld = req('tinyld');
    detectors.tinyld = (t) => tinyld.detect(t);
  } catch {}
}

const sets = [...new Set(samples.map((s) => s.set))];
const langs = ['en', 'de', 'it', 'et', 'lv', 'lt'];
console.log(`| detector | ${sets.map((s) => `${s} (${samples.filter((x) => x.set === s).length})`).join(' | ')} | ${langs.join(' | ')} | µs/reply |`);
console.log(`|---|${sets.map(() => '---:').join('|')}|${langs.map(() => '---:').join('|')}|---:|`);
for (const [name, detect] of Object.entries(detectors)) {
  const t0 = performance.now();
  const ok = samples.map((s) => detect(s.text) === s.lang);
  const us = ((performance.now() - t0) * 1000) / samples.length;
  const pct = (xs) => (xs.length ? `${((100 * xs.filter(Boolean).length) / xs.length).toFixed(1)}%` : '-');
  const bySet = sets.map((set) => pct(ok.filter((_, i) => samples[i].set === set)));
  const byLang = langs.map((l) => pct(ok.filter((_, i) => samples[i].lang === l)));
  console.log(`| ${name} | ${bySet.join(' | ')} | ${byLang.join(' | ')} | ${us.toFixed(0)} |`);
}
