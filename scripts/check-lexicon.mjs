#!/usr/bin/env node
// For lexicon authors: node scripts/check-lexicon.mjs <lang> [<lang> ...]
// Validates lexicons/<lang>/ (schema, patterns, examples, counter-examples) and runs its drafts.
// Needs a build (npm run build) of the current source.
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { loadLexiconFolder, exampleIssues } from '../dist/engine/lexicon-files.js';
import { formatIssue } from '../dist/core/lexicon/types.js';
import { readDrafts, draftFailures } from './lexicon-drafts.mjs';

const root = fileURLToPath(new URL('../lexicons/', import.meta.url));
const base = fileURLToPath(new URL('..', import.meta.url));
const langs = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(root);
let failed = 0;
for (const lang of langs) {
  const issues = [];
  const lexicon = loadLexiconFolder(root, lang, base, issues);
  if (lexicon) issues.push(...exampleIssues([lexicon]));
  for (const issue of issues) console.log(formatIssue(issue));
  const drafts = readDrafts(fileURLToPath(new URL(`../tests/lexicons/drafts/${lang}.yaml`, import.meta.url)));
  const failures = lexicon ? draftFailures(lexicon, drafts) : [];
  for (const f of failures) console.log(`tests/lexicons/drafts/${lang}.yaml: ${f}`);
  const byKind = lexicon ? Object.entries(lexicon.entries.reduce((acc, e) => ((acc[e.category ?? e.element] = (acc[e.category ?? e.element] ?? 0) + 1), acc), {})).map(([k, v]) => `${k} ${v}`).join(', ') : '';
  console.log(`${lang}: ${lexicon ? lexicon.entries.length : 0} entries (${byKind}); ${drafts.length} drafts; ${issues.length} lexicon issue(s), ${failures.length} draft failure(s)`);
  failed += issues.length + failures.length;
}
process.exitCode = failed ? 1 : 0;
