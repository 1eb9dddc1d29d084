#!/usr/bin/env node
// Build step: validates lexicons/<lang>/*.yaml and stores them prepared in dist/lexicons/ (one file per language, an
// index and the signature words).
// Schema and pattern problems are listed here and in the file (tests/lexicons fails on them);
// a language whose files cannot be read at all is left out rather than breaking the build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { encodeLexicon } from '../dist/core/lexicon/encode.js';
import { compileLanguage } from '../dist/core/lexicon/compile.js';
import { sortedLines } from '../dist/core/text/sorted-lines.js';
import { fileURLToPath } from 'node:url';
import { loadLexiconFolders, exampleIssues } from '../dist/engine/lexicon-files.js';
import { formatIssue } from '../dist/core/lexicon/types.js';
import { signatures } from './signatures.mjs';

const root = fileURLToPath(new URL('../lexicons/', import.meta.url));
const base = fileURLToPath(new URL('..', import.meta.url));
const { lexicons, issues } = loadLexiconFolders(root, base);
issues.push(...exampleIssues(lexicons));
// Signature words as sorted "word<TAB>language" lines (see SignatureTable) in a text file of their own:
// start-up reads one string, without the cost of unescaping it from JSON.
const owners = new Map();
for (const [language, words] of Object.entries(signatures(lexicons))) for (const w of words) owners.set(w, language);
const signatureTable = sortedLines(owners);
const out = new URL('../dist/lexicons/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const l of lexicons) writeFileSync(new URL(`${l.language}.json`, out), JSON.stringify(encodeLexicon(l, compileLanguage(l).matcher.storeStarts())));
const index = { languages: lexicons.map((l) => ({ code: l.language, name: l.name })), issues };
writeFileSync(new URL('index.json', out), JSON.stringify(index));
writeFileSync(new URL('signatures.txt', out), signatureTable);
const count = lexicons.map((l) => `${l.language} ${l.entries.length}`).join(', ');
console.log(`lexicons: ${count || 'none'}${issues.length ? `; ${issues.length} issue(s), first: ${formatIssue(issues[0])}` : ''}`);
