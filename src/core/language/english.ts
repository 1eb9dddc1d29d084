// English adapter: drops matches that are negated, reported, or descriptions rather than orders.
// compromise is consulted only for the few candidates that the cheap checks below cannot decide.

import type { EntryMatch } from '../lexicon/compile.js';
import type { Token } from '../text/tokenize.js';

/**
 * Tells whether the phrase at [start, end) of a sentence is addressed to the reader as an order or a
 * description of them ("calm down", "you need to calm down") rather than of something else ("things
 * will calm down"). Supplied by the engine, which loads the NLP library on first use.
 */
export type OrderCheck = (sentence: string, start: number, end: number) => boolean;

const NEGATORS = new Set(['not', 'never', "n't", 'no', 'nobody', 'nothing', 'neither', 'nor', 'hardly', 'without']);
const REPORTING = new Set(['told', 'said', 'says', 'say', 'asked', 'wrote', 'suggested', 'claimed', 'called', 'meant', 'quoted']);
const ADDRESSEE = new Set(['you', 'your', "you're", "you've", "you'll", "you'd", 'yourself', 'please', 'just', 'now', 'so', 'and', 'then', 'ok', 'okay', 'look', 'hey', 'sir', 'madam']);

function isNegator(t: Token): boolean {
  return NEGATORS.has(t.word.norm) || t.word.norm.endsWith("n't");
}

/** Tokens of the same sentence before the match, nearest first, up to a comma-free window. */
function before(tokens: readonly Token[], text: string, m: EntryMatch, window: number): Token[] {
  const out: Token[] = [];
  const sentence = tokens[m.first]!.sentence;
  let end = tokens[m.first]!.start;
  for (let i = m.first - 1; i >= 0 && out.length < window; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || /[,;:–—(]/.test(text.slice(t.end, end))) break;
    out.push(t);
    end = t.start;
  }
  return out;
}

export function filterEnglish(text: string, tokens: readonly Token[], matches: EntryMatch[], isOrder?: OrderCheck): EntryMatch[] {
  return matches.filter((m) => {
    if (!m.entry.category) return true;
    const prev = before(tokens, text, m, 4);
    // "I would never tell you to calm down", "it's not your fault": the agent says the opposite.
    if (prev.some(isNegator)) return false;
    // "my colleague told you to calm down", "you said it's company policy": reported, not said.
    if (prev.some((t) => REPORTING.has(t.word.norm))) return false;
    if (!m.entry.orderOnly) return true;
    const nearest = prev[0];
    // At the start of a sentence, or after "please", "just", "you": an order; nothing to ask compromise.
    if (!nearest || ADDRESSEE.has(nearest.word.norm)) return true;
    if (!isOrder) return true;
    const sentence = tokens[m.first]!.sentence;
    let first = m.first;
    while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
    let last = m.end - 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
    const from = tokens[first]!.start;
    return isOrder(text.slice(from, tokens[last]!.end), m.span.start - from, m.span.end - from);
  });
}
