#!/usr/bin/env node
// Matcher time on adversarial input: one line made of the words that start and continue patterns, so
// nearly every word opens candidate matches that die late. Linear time means a constant time per MB.
//   node scripts/bench-matcher.mjs [sizes in MB, default 1 2 5 10]
import { builtinLanguages } from '../dist/engine/languages.js';
import { tokenize } from '../dist/core/text/tokenize.js';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const MB = 1024 * 1024;
const languages = builtinLanguages();
console.log('| language | words used | ' + (sizes.length ? sizes : [1, 2, 5, 10]).map((s) => `${s} MB ms`).join(' | ') + ' | ms per MB (min-max) |');
console.log('|---|---:|' + (sizes.length ? sizes : [1, 2, 5, 10]).map(() => '---:').join('|') + '|---|');
for (const code of languages.supported) {
  const lexicon = languages.get(code);
  // The first and second words of every pattern, and the entry's other literal words, in pattern order:
  // long runs of near-matches that never complete.
  const words = [];
  for (const p of lexicon.matcher.patterns) {
    const lit = p.atoms.filter((a) => a.kind === 'word' || a.kind === 'prefix').map((a) => a.value);
    words.push(...lit.slice(0, Math.max(1, lit.length - 1)));
  }
  const unit = words.join(' ') + ' ';
  const row = [];
  const perMb = [];
  for (const size of sizes.length ? sizes : [1, 2, 5, 10]) {
    const text = unit.repeat(Math.ceil((size * MB) / unit.length)).slice(0, size * MB);
    const tokens = tokenize(text);
    for (const t of tokens) t.sentence = 0; // one endless sentence: the worst case
    const t0 = performance.now();
    lexicon.matcher.match(tokens);
    const ms = performance.now() - t0;
    row.push(ms.toFixed(0));
    perMb.push(ms / size);
  }
  console.log(`| ${code} | ${new Set(words).size} | ${row.join(' | ')} | ${Math.min(...perMb).toFixed(0)}-${Math.max(...perMb).toFixed(0)} |`);
}
