// The built-in lexicons, prepared at build time (dist/lexicons.json) so start-up parses no YAML.

import { readFileSync } from 'node:fs';
import type { LexiconIssue, PreparedLexicon } from '../core/lexicon/types.js';

export interface BuiltinData {
  lexicons: PreparedLexicon[];
  issues: LexiconIssue[];
}

export const BUILTIN_FILE = new URL('../lexicons.json', import.meta.url);

let cached: BuiltinData | undefined;

export function loadBuiltin(): BuiltinData {
  cached ??= JSON.parse(readFileSync(BUILTIN_FILE, 'utf8')) as BuiltinData;
  return cached;
}
