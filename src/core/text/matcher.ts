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

/** Starts that begin with one exact word, split again by the word that must follow. */
interface ExactStarts {
  byNext: Map<string, Start[]>;
  /** Starts that may end here or whose next word is not one exact word. */
  rest: Start[];
}

/** A character trie of `word*` prefixes: walking a word visits only the prefixes it can have. */
interface PrefixNode {
  children: Map<string, PrefixNode>;
  starts: Start[];
}

export class Matcher {
  private readonly exact = new Map<string, ExactStarts>();
  private readonly prefixes: PrefixNode = { children: new Map(), starts: [] };
  private readonly suffixes = new Map<string, Start[]>();
  private readonly suffixLengths: number[];
  private readonly scanned: Start[] = [];
  private readonly numbers: Start[] = [];

  constructor(
    private readonly patterns: readonly CompiledPattern[],
    private readonly keys: readonly number[],
  ) {
    const suffixLengths = new Set<number>();
    patterns.forEach((pattern, p) => {
      for (const position of pattern.first) {
        const atom = pattern.atoms[position] as Atom;
        const start = { pattern: p, position };
        if (atom.kind === 'word') this.indexExact(atom.folded, start, pattern);
        else if (atom.kind === 'prefix') this.indexPrefix(atom.folded, start);
        else if (atom.kind === 'suffix') {
          push(this.suffixes, atom.folded, start);
          suffixLengths.add(atom.folded.length);
        } else if (atom.kind === 'number') this.numbers.push(start);
        else this.scanned.push(start);
      }
    });
    this.suffixLengths = [...suffixLengths].sort((a, b) => a - b);
  }

  private indexPrefix(prefix: string, start: Start): void {
    let node = this.prefixes;
    for (const ch of prefix) {
      let child = node.children.get(ch);
      if (!child) node.children.set(ch, (child = { children: new Map(), starts: [] }));
      node = child;
    }
    node.starts.push(start);
  }

  private indexExact(word: string, start: Start, pattern: CompiledPattern): void {
    let slot = this.exact.get(word);
    if (!slot) this.exact.set(word, (slot = { byNext: new Map(), rest: [] }));
    const follow = pattern.follow[start.position] as number[];
    const nextWords = follow.map((q) => pattern.atoms[q] as Atom);
    if (pattern.last[start.position] || nextWords.some((a) => a.kind !== 'word')) slot.rest.push(start);
    else for (const w of new Set(nextWords.map((a) => a.folded))) push(slot.byNext, w, start);
  }

  /** Leftmost-longest match of every pattern at every word where one starts. */
  match(tokens: readonly Token[]): Match[] {
    const matches: Match[] = [];
    const candidates: Start[] = [];
    const best = new Map<number, number>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const next = tokens[i + 1];
      const nextInSentence = next !== undefined && next.sentence === token.sentence ? next : undefined;
      candidates.length = 0;
      this.collect(token, nextInSentence, candidates);
      if (candidates.length === 0) continue;
      if (best.size) best.clear();
      for (const { pattern: p, position } of candidates) {
        const pattern = this.patterns[p] as CompiledPattern;
        if (!atomAccepts(pattern.atoms[position] as Atom, token)) continue;
        // Most candidates die on the next word: check it before simulating (common first words such as
        // "I" or "non" start dozens of patterns).
        if (!pattern.last[position]) {
          if (!nextInSentence) continue;
          const follow = pattern.follow[position] as number[];
          let alive = false;
          for (const q of follow) if (atomAccepts(pattern.atoms[q] as Atom, nextInSentence)) { alive = true; break; }
          if (!alive) continue;
        }
        const end = this.run(pattern, tokens, i, position);
        if (end > (best.get(p) ?? 0)) best.set(p, end);
      }
      for (const [p, end] of best) matches.push({ key: this.keys[p] as number, first: i, end });
    }
    return matches;
  }

  private collect(token: Token, next: Token | undefined, out: Start[]): void {
    const folded = token.folded;
    const exact = this.exact.get(folded);
    if (exact) {
      if (exact.rest.length) out.push(...exact.rest);
      const byNext = next && exact.byNext.get(next.folded);
      if (byNext) out.push(...byNext);
    }
    let node: PrefixNode | undefined = this.prefixes;
    for (let k = 0; k < folded.length && node; k++) {
      node = node.children.get(folded[k] as string);
      if (node?.starts.length) out.push(...node.starts);
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
  private run(pattern: CompiledPattern, tokens: readonly Token[], i: number, start: number): number {
    const sentence = (tokens[i] as Token).sentence;
    let active = [start];
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
