// The built-in lexicons, prepared at build time (dist/lexicons/) so start-up parses no YAML; each
// language is read only when a reply in it is linted.

import { readFileSync } from 'node:fs';
import { decodeLexicon, type EncodedLexicon } from '../core/lexicon/encode.js';
import type { LexiconIssue, PreparedLexicon } from '../core/lexicon/types.js';
import type { SignatureTable } from '../core/language/signature.js';

export interface BuiltinIndex {
  languages: { code: string; name: string }[];
  issues: LexiconIssue[];
}

export const BUILTIN_DIR = new URL('../lexicons/', import.meta.url);
export const BUILTIN_INDEX = new URL('index.json', BUILTIN_DIR);

let index: BuiltinIndex | undefined;
const lexicons = new Map<string, PreparedLexicon>();

export function loadBuiltinIndex(): BuiltinIndex {
  index ??= JSON.parse(readFileSync(BUILTIN_INDEX, 'utf8')) as BuiltinIndex;
  return index;
}

let signatures: SignatureTable | undefined;

/** Signature words and the one language each is a signature of (see SignatureTable). */
export function loadSignatures(): SignatureTable {
  signatures ??= readFileSync(new URL('signatures.txt', BUILTIN_DIR), 'utf8');
  return signatures;
}

export function loadBuiltinLexicon(code: string): PreparedLexicon {
  let lexicon = lexicons.get(code);
  if (!lexicon) {
    const encoded = JSON.parse(readFileSync(new URL(`${code}.json`, BUILTIN_DIR), 'utf8')) as EncodedLexicon;
    lexicon = decodeLexicon(encoded);
    lexicons.set(code, lexicon);
  }
  return lexicon;
}

/** Every built-in lexicon (for listing, team lexicons and validation). */
export function loadAllBuiltin(): PreparedLexicon[] {
  return loadBuiltinIndex().languages.map((l) => loadBuiltinLexicon(l.code));
}
