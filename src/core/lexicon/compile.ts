// Turns a language's lexicon into one matcher and maps its raw matches back to entries.

import { Matcher } from '../text/matcher.js';
import { compilePattern, type CompiledPattern } from '../text/pattern.js';
import type { Token } from '../text/tokenize.js';
import type { Span } from '../types.js';
import type { Lexicon, LexiconEntry, PreparedLexicon } from './types.js';
import { StoredPattern, storedStartsOf } from './encode.js';
import { transliterator } from './transliterate.js';

export interface CompiledLanguage {
  language: string;
  name: string;
  entries: LexiconEntry[];
  missing: Lexicon['missing'];
  matcher: Matcher;
}

export interface EntryMatch {
  entry: LexiconEntry;
  span: Span;
  /** Token range, end exclusive. */
  first: number;
  end: number;
}

/** Parses every pattern of a lexicon (done at build time for the built-in lexicons). */
export function prepareLexicon(lexicon: Lexicon): PreparedLexicon {
  return {
    ...lexicon,
    patterns: lexicon.entries.map((e) => e.patterns.map(compilePattern)),
    unlessPatterns: lexicon.entries.map((e) => e.unless.map(compilePattern)),
  };
}

/**
 * @param firstElementOnly stop trying an element's patterns once the element is found (linting); example
 * checks need every entry's own matches and turn it off.
 */
/** Gives every atom with a transliterated letter its typed-without form ("ärger" -> "aerger"). */
function addTransliterations(patterns: readonly CompiledPattern[], map: Record<string, string> | undefined): void {
  const transliterate = transliterator(map);
  if (!transliterate) return;
  for (const p of patterns) {
    // Patterns of the build output apply their lexicon's transliterations as they decode.
    if (p instanceof StoredPattern && p.table.transliterations === map) continue;
    for (const atom of p.atoms) {
      if (atom.kind === 'any' || atom.kind === 'number') continue;
      const alt = transliterate(atom.value);
      if (alt !== undefined) atom.alt = alt;
    }
  }
}

export function compileLanguage(prepared: PreparedLexicon, firstElementOnly = true): CompiledLanguage {
  const patterns: CompiledPattern[] = [];
  const keys: number[] = [];
  // Elements only need to be present once; an entry with exceptions must still see all its matches.
  const groups: number[] = [];
  const elementGroup = new Map<string, number>();
  const entries: LexiconEntry[] = [];
  prepared.entries.forEach((entry, index) => {
    if (!entry.enabled) return;
    const e = entries.length;
    entries.push(entry);
    // Even keys are the entry's patterns, odd keys its `unless` patterns.
    let group = -1;
    if (firstElementOnly && entry.element && !entry.unless.length) {
      if (!elementGroup.has(entry.element)) elementGroup.set(entry.element, elementGroup.size);
      group = elementGroup.get(entry.element)!;
    }
    for (const p of prepared.patterns[index] ?? []) {
      patterns.push(p);
      keys.push(e * 2);
      groups.push(group);
    }
    for (const p of prepared.unlessPatterns[index] ?? []) {
      patterns.push(p);
      keys.push(e * 2 + 1);
      groups.push(-1);
    }
  });
  addTransliterations(patterns, prepared.transliterations);
  return { language: prepared.language, name: prepared.name, entries, missing: prepared.missing, matcher: new Matcher(patterns, keys, groups, storedStartsOf(prepared)) };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Every entry found in the tokens, with `unless` exceptions applied; one match per entry and place. */
export function findEntries(language: CompiledLanguage, tokens: readonly Token[]): EntryMatch[] {
  const raw = language.matcher.match(tokens);
  if (raw.length === 0) return [];
  const exceptions = new Map<number, Span[]>();
  for (const m of raw) {
    if (m.key % 2 === 1) {
      const span = { start: (tokens[m.first] as Token).start, end: (tokens[m.end - 1] as Token).end };
      const list = exceptions.get(m.key >> 1);
      if (list) list.push(span);
      else exceptions.set(m.key >> 1, [span]);
    }
  }
  const found: EntryMatch[] = [];
  for (const m of raw) {
    if (m.key % 2 === 1) continue;
    const e = m.key >> 1;
    const span = { start: (tokens[m.first] as Token).start, end: (tokens[m.end - 1] as Token).end };
    if (exceptions.get(e)?.some((x) => overlaps(x, span))) continue;
    found.push({ entry: language.entries[e] as LexiconEntry, span, first: m.first, end: m.end });
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Several patterns of one entry often match the same phrase: keep the leftmost-longest.
  const kept: EntryMatch[] = [];
  const reach = new Map<LexiconEntry, number>();
  for (const m of found) {
    if ((reach.get(m.entry) ?? -1) > m.span.start) continue;
    reach.set(m.entry, m.span.end);
    kept.push(m);
  }
  return kept;
}
