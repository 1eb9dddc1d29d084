#!/usr/bin/env node
// For lexicon authors: scores the lexicon as it is in lexicons/<lang>/ (no build needed) on a labelled
// set in the development-set format (one JSON object per line: text, avoid [{text, category}], missing).
//   node scripts/score-yaml.mjs <lang> <set.jsonl> [--verbose]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLexiconFolder } from '../dist/engine/lexicon-files.js';
import { compileLanguage } from '../dist/core/lexicon/compile.js';
import { lintReply } from '../dist/core/lint.js';
import { isOrderToReader } from '../dist/engine/order-check.js';

const [lang, file] = process.argv.slice(2);
const verbose = process.argv.includes('--verbose');
const root = fileURLToPath(new URL('../lexicons/', import.meta.url));
const issues = [];
const prepared = loadLexiconFolder(root, lang, process.cwd(), issues);
if (!prepared) throw new Error(`lexicon ${lang} does not load: ${JSON.stringify(issues[0])}`);
const language = compileLanguage(prepared);
const languages = { supported: [lang], get: (c) => (c === lang ? language : undefined) };
const ELEMENT = { 'require-apology': 'apology', 'require-acknowledgement': 'acknowledgement', 'require-next-step': 'next-step' };
const items = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let tp = 0, fp = 0, spans = 0, found = 0;
const el = { tp: 0, fp: 0, fn: 0 };
for (const it of items) {
  const r = lintReply(it.text, { languages, language: lang, isOrder: isOrderToReader });
  const gold = (it.avoid ?? []).map((a) => ({ ...a, start: it.text.indexOf(a.text), end: it.text.indexOf(a.text) + a.text.length }));
  const pred = r.findings.filter((f) => f.ruleId === 'avoid-phrase');
  for (const p of pred) {
    const hit = gold.some((g) => p.span.start < g.end && g.start < p.span.end);
    if (hit) tp++;
    else {
      fp++;
      if (verbose) console.log(`FP ${it.id}: [${p.actual}] ${p.entryId}`);
    }
  }
  for (const g of gold) {
    spans++;
    if (pred.some((p) => p.span.start < g.end && g.start < p.span.end)) found++;
    else if (verbose) console.log(`MISS ${it.id} (${g.category}): ${g.text}`);
  }
  const predMissing = new Set(r.findings.map((f) => ELEMENT[f.ruleId]).filter(Boolean));
  for (const e of ['apology', 'acknowledgement', 'next-step']) {
    const g = (it.missing ?? []).includes(e);
    const p = predMissing.has(e);
    if (g && p) el.tp++;
    else if (p) {
      el.fp++;
      if (verbose) console.log(`MISSING-FP ${it.id}: reported ${e} missing but it is there`);
    } else if (g) {
      el.fn++;
      if (verbose) console.log(`MISSING-FN ${it.id}: ${e} is missing but not reported`);
    }
  }
}
const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
console.log(`${lang} ${items.length} items | avoid precision ${f(tp / (tp + fp))} recall ${f(found / spans)} (${found}/${spans}) | missing precision ${f(el.tp / (el.tp + el.fp))} recall ${f(el.tp / (el.tp + el.fn))}`);
