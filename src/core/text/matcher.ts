// All patterns of a language in one index: a single left-to-right pass finds every match.

import type { Atom, CompiledPattern } from './pattern.js';
import type { Token } from './tokenize.js';

export interface Match {
  /** Caller's key of the pattern (e.g. the index of its lexicon entry). */
  key: number;
  /** Token range, end exclusive. */
  first: number;
  end: number;
}

interface Start {
  pattern: number;
  position: number;
}

// A match never runs past this many words, so the work per word is bounded whatever the lexicon.
const MAX_MATCH_WORDS = 40;

export function atomAccepts(atom: Atom, token: Token): boolean {
  switch (atom.kind) {
    case 'any':
      return true;
    case 'number':
      return token.isNumber;
    case 'word':
      return token.norm === atom.value || (token.plain && token.folded === atom.folded);
    case 'prefix':
      return token.norm.startsWith(atom.value) || (token.plain && token.folded.startsWith(atom.folded));
    case 'suffix':
      return token.norm.endsWith(atom.value) || (token.plain && token.folded.endsWith(atom.folded));
    case 'contains':
      return token.norm.includes(atom.value) || (token.plain && token.folded.includes(atom.folded));
  }
}

function push<K>(map: Map<K, Start[]>, key: K, start: Start): void {
  const list = map.get(key);
  if (list) list.push(start);
  else map.set(key, [start]);
}

export class Matcher {
  private readonly exact = new Map<string, Start[]>();
  private readonly prefixes = new Map<string, Start[]>();
  private readonly suffixes = new Map<string, Start[]>();
  private readonly prefixLengths: number[];
  private readonly suffixLengths: number[];
  private readonly scanned: Start[] = [];
  private readonly numbers: Start[] = [];

  constructor(
    private readonly patterns: readonly CompiledPattern[],
    private readonly keys: readonly number[],
  ) {
    const prefixLengths = new Set<number>();
    const suffixLengths = new Set<number>();
    patterns.forEach((pattern, p) => {
      for (const position of pattern.first) {
        const atom = pattern.atoms[position] as Atom;
        const start = { pattern: p, position };
        if (atom.kind === 'word') push(this.exact, atom.folded, start);
        else if (atom.kind === 'prefix') {
          push(this.prefixes, atom.folded, start);
          prefixLengths.add(atom.folded.length);
        } else if (atom.kind === 'suffix') {
          push(this.suffixes, atom.folded, start);
          suffixLengths.add(atom.folded.length);
        } else if (atom.kind === 'number') this.numbers.push(start);
        else this.scanned.push(start);
      }
    });
    this.prefixLengths = [...prefixLengths].sort((a, b) => a - b);
    this.suffixLengths = [...suffixLengths].sort((a, b) => a - b);
  }

  /** Leftmost-longest match of every pattern at every word where one starts. */
  match(tokens: readonly Token[]): Match[] {
    const matches: Match[] = [];
    const candidates: Start[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      candidates.length = 0;
      this.collect(token, candidates);
      if (candidates.length === 0) continue;
      // Group the starting positions by pattern, then run each pattern's automaton once from here.
      candidates.sort((a, b) => a.pattern - b.pattern);
      for (let c = 0; c < candidates.length; ) {
        const p = (candidates[c] as Start).pattern;
        const starts: number[] = [];
        while (c < candidates.length && (candidates[c] as Start).pattern === p) {
          const pos = (candidates[c] as Start).position;
          const pattern = this.patterns[p] as CompiledPattern;
          if (atomAccepts(pattern.atoms[pos] as Atom, token)) starts.push(pos);
          c++;
        }
        if (starts.length === 0) continue;
        const end = this.run(this.patterns[p] as CompiledPattern, tokens, i, starts);
        if (end > 0) matches.push({ key: this.keys[p] as number, first: i, end });
      }
    }
    return matches;
  }

  private collect(token: Token, out: Start[]): void {
    const folded = token.folded;
    const exact = this.exact.get(folded);
    if (exact) out.push(...exact);
    for (const len of this.prefixLengths) {
      if (len > folded.length) break;
      const hits = this.prefixes.get(folded.slice(0, len));
      if (hits) out.push(...hits);
    }
    for (const len of this.suffixLengths) {
      if (len > folded.length) break;
      const hits = this.suffixes.get(folded.slice(folded.length - len));
      if (hits) out.push(...hits);
    }
    if (token.isNumber) out.push(...this.numbers);
    if (this.scanned.length) out.push(...this.scanned);
  }

  /** Simulates the automaton from token `i`; returns the end (exclusive) of the longest match, or 0. */
  private run(pattern: CompiledPattern, tokens: readonly Token[], i: number, starts: number[]): number {
    const sentence = (tokens[i] as Token).sentence;
    let active = starts;
    let best = active.some((p) => pattern.last[p]) ? i + 1 : 0;
    const limit = Math.min(tokens.length, i + MAX_MATCH_WORDS);
    for (let j = i + 1; j < limit && active.length; j++) {
      const token = tokens[j] as Token;
      if (token.sentence !== sentence) break;
      const next: number[] = [];
      for (const p of active) {
        for (const q of pattern.follow[p] as number[]) {
          if (!next.includes(q) && atomAccepts(pattern.atoms[q] as Atom, token)) next.push(q);
        }
      }
      active = next;
      if (active.some((p) => pattern.last[p])) best = j + 1;
    }
    return best;
  }
}
