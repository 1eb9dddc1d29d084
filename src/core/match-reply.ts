// Lexicon matches in a reply, after the checks that tell the agent's own words from quoted or negated ones.

import { findEntries, type CompiledLanguage, type EntryMatch } from './lexicon/compile.js';
import { filterEnglish, type OrderCheck } from './language/english.js';
import { findQuotes } from './text/quotes.js';
import type { Token } from './text/tokenize.js';

export function matchReply(text: string, tokens: readonly Token[], lexicon: CompiledLanguage, isOrder?: OrderCheck): EntryMatch[] {
  let matches = findEntries(lexicon, tokens);
  if (!matches.length) return matches;
  const quotes = findQuotes(text);
  if (quotes.length) matches = matches.filter((m) => !m.entry.category || !quotes.some((q) => q.start <= m.span.start && m.span.end <= q.end));
  if (lexicon.language === 'en') matches = filterEnglish(text, tokens, matches, isOrder);
  return matches;
}
