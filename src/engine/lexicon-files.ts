// Reads lexicon folders and team lexicon files from disk into prepared lexicons.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseLexicon } from '../core/lexicon/parse.js';
import { prepareLexicon, compileLanguage } from '../core/lexicon/compile.js';
import { checkExamples } from '../core/lexicon/examples.js';
import { isOrderToReader } from './order-check.js';
import type { Lexicon, LexiconEntry, LexiconIssue, PreparedLexicon } from '../core/lexicon/types.js';

export interface LoadedLexicons {
  lexicons: PreparedLexicon[];
  issues: LexiconIssue[];
}

function readText(file: string, display: string, issues: LexiconIssue[]): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    issues.push({ file: display, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    return undefined;
  }
}

/** Reads `<root>/<lang>/{avoid,elements}.yaml` for every language folder under `root`. */
export function loadLexiconFolders(root: string, base = process.cwd()): LoadedLexicons {
  const issues: LexiconIssue[] = [];
  const lexicons: PreparedLexicon[] = [];
  const langs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const lang of langs) {
    const lexicon = loadLexiconFolder(root, lang, base, issues);
    if (lexicon) lexicons.push(lexicon);
  }
  return { lexicons, issues };
}

/** Reads one language folder; problems go to `issues` and a folder that cannot be used yields undefined. */
export function loadLexiconFolder(root: string, lang: string, base: string, issues: LexiconIssue[]): PreparedLexicon | undefined {
  {
    const merged: Lexicon = { language: lang, name: lang, entries: [], missing: {} };
    let broken = false;
    for (const role of ['avoid', 'elements'] as const) {
      const file = join(root, lang, `${role}.yaml`);
      const display = relative(base, file) || file;
      if (!existsSync(file)) {
        issues.push({ file: display, message: 'missing (a language folder needs avoid.yaml and elements.yaml)' });
        broken = true;
        continue;
      }
      const text = readText(file, display, issues);
      if (text === undefined) {
        broken = true;
        continue;
      }
      const parsed = parseLexicon(text, display, role);
      issues.push(...parsed.issues);
      if (!parsed.lexicon) {
        broken = true;
        continue;
      }
      if (parsed.lexicon.language !== lang) {
        issues.push({ file: display, field: 'language', message: `is "${parsed.lexicon.language}" but the folder is "${lang}"` });
      }
      merged.name = parsed.lexicon.name !== parsed.lexicon.language ? parsed.lexicon.name : merged.name;
      merged.entries.push(...parsed.lexicon.entries);
      merged.missing = { ...merged.missing, ...parsed.lexicon.missing };
      if (parsed.lexicon.transliterations) merged.transliterations = { ...merged.transliterations, ...parsed.lexicon.transliterations };
    }
    if (broken) return undefined;
    return prepareLexicon(merged);
  }
}

/** Runs every example and counter-example of the lexicons. */
export function exampleIssues(lexicons: readonly PreparedLexicon[]): LexiconIssue[] {
  return lexicons.flatMap((lexicon) => checkExamples(compileLanguage(lexicon, false), undefined, isOrderToReader));
}

/**
 * Applies a team lexicon file: new entries are added to its language, entries with a built-in id replace
 * the fields they set (`enabled: false` switches one off). Returns the changed lexicons and any issues.
 */
export function applyTeamLexicon(
  file: string,
  display: string,
  lexicons: Map<string, PreparedLexicon>,
): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const text = readText(file, display, issues);
  if (text === undefined) return issues;
  const builtinIds = new Set([...lexicons.values()].flatMap((l) => l.entries.map((e) => e.id)));
  const parsed = parseLexicon(text, display, 'team', builtinIds);
  issues.push(...parsed.issues);
  if (!parsed.lexicon || parsed.issues.length) return issues;
  const lang = parsed.lexicon.language;
  const base = lexicons.get(lang) ?? prepareLexicon({ language: lang, name: parsed.lexicon.name, entries: [], missing: {} });
  const entries: LexiconEntry[] = base.entries.map((entry) => {
    const patch = parsed.patches.find((p) => p.id === entry.id);
    if (!patch) return entry;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return { ...entry, ...defined } as LexiconEntry;
  });
  entries.push(...parsed.lexicon.entries);
  const updated = prepareLexicon({ ...base, entries, missing: { ...base.missing, ...parsed.lexicon.missing } });
  const ownIssues = checkExamples(compileLanguage(updated, false), display, isOrderToReader);
  issues.push(...ownIssues);
  if (!ownIssues.length) lexicons.set(lang, updated);
  return issues;
}
