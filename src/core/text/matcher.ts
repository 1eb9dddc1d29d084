// All patterns of a language in one index: a single left-to-right pass finds every match.

import { atomAccepts, atomOf, keysOf, stepsOf, type Step } from './automaton.js';
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

/**
 * A lazily built DFA over words: the positions every started pattern stands at, and where one more word
 * takes them. Replies repeat the same phrases, so most steps are one lookup of a word already seen here.
 */
interface State {
  /** Patterns, ascending, each with the positions it stands at. */
  patterns: readonly number[];
  positions: readonly (readonly number[])[];
  /** Patterns that may end here. */
  accepting: readonly number[];
  /** By word id: the state after that word, or null when every pattern dies on it. */
  next: Map<number, State | null>;
}

/** What a word opens followed by a given next word (computed once per pair of words). */
interface Pair {
  /** The patterns started here, in the order their matches are reported. */
  order: readonly number[];
  /** Patterns matched by the first word alone. */
  single: readonly number[];
  /** Where the started patterns stand after the second word; null when none got that far. */
  state: State | null;
}

/** What the matcher knows of one word, whatever follows it. */
interface WordInfo {
  exact: ExactStarts | undefined;
  starts: readonly Start[];
  /** False when no pattern can start at the word: most words, skipped at once. */
  opens: boolean;
  /** By the next word's id (-1: the sentence ends), what the two open. */
  pairs: Map<number, Pair | null>;
}

// A match never runs past this many words, so the work per word is bounded whatever the lexicon.
const MAX_MATCH_WORDS = 40;
// Words, pairs and DFA steps remembered at once; past this all are forgotten, so memory stays flat.
const MAX_CACHED = 200_000;
const NONE: readonly number[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `into` with the positions of `candidates` whose atom accepts the token added once each. */
function accepted(candidates: readonly number[], atoms: readonly Atom[], token: Token, into: number[] | undefined): number[] | undefined {
  for (const q of candidates) {
    if (into?.includes(q) || !atomAccepts(atoms[q] as Atom, token)) continue;
    if (into) into.push(q);
    else into = [q];
  }
  return into;
}

interface Ready {
  atoms: readonly Atom[];
  last: readonly boolean[];
  steps: readonly Step[];
}

/** Starts that begin with one exact word, split again by the word that must follow. */
interface ExactStarts {
  byNext: Map<string, Start[]>;
  /** Starts followed by a long list of alternative words, which they share: one set, not an entry per word. */
  wide: { next: ReadonlySet<string>; starts: Start[] }[];
  /** Starts that may end here or whose next word is not one exact word. */
  rest: Start[];
}

// Above this many next words a start is kept with its set of them rather than under each word.
const MAX_NEXT_WORDS = 12;

/** A character trie of `word*` prefixes: walking a word visits only the prefixes it can have. */
interface PrefixNode {
  children: Map<string, PrefixNode>;
  starts: Start[];
}

export class Matcher {
  /** Starts whose first atom is one exact word, by that word. */
  private readonly firstWords = new Map<string, Start[]>();
  /** The same starts split by the word that must follow, worked out the first time a reply has the word. */
  private readonly exact = new Map<string, ExactStarts | undefined>();
  private readonly prefixes: PrefixNode = { children: new Map(), starts: [] };
  private readonly suffixes = new Map<string, Start[]>();
  private readonly suffixLengths: number[];
  private readonly scanned: Start[] = [];
  private readonly numbers: Start[] = [];
  /** Per pattern: its atoms, ends and steps as plain arrays, made on the pattern's first use. */
  private readonly ready: (Ready | undefined)[];
  /** By word id; pairs and states hang off these. */
  private words = new Map<number, WordInfo>();
  private states = new Map<string, State>();
  private cached = 0;
  /** Per pattern, the end of its longest match from the current start (0: none); zero between starts. */
  private readonly ends: Int32Array;

  /**
   * @param groups for each pattern, a group whose first match is enough (-1: every match counts). A reply
   * needs to show an apology only once: after the first, the other apology patterns are not tried.
   */
  constructor(
    private readonly patterns: readonly CompiledPattern[],
    private readonly keys: readonly number[],
    private readonly groups: readonly number[] = [],
  ) {
    const suffixLengths = new Set<number>();
    this.ready = new Array(patterns.length);
    this.ends = new Int32Array(patterns.length);
    patterns.forEach((pattern, p) => {
      for (const position of pattern.first) {
        const atom = atomOf(pattern, position);
        const start = { pattern: p, position };
        if (atom.kind === 'word') for (const k of keysOf(atom)) push(this.firstWords, k, start);
        else if (atom.kind === 'prefix') for (const k of keysOf(atom)) this.indexPrefix(k, start);
        else if (atom.kind === 'suffix') {
          for (const k of keysOf(atom)) {
            push(this.suffixes, k, start);
            suffixLengths.add(k.length);
          }
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

  /** The words that may follow, for a follow list of exact words only (else undefined); per list, once. */
  private readonly nextWords = new Map<readonly number[], ReadonlySet<string> | undefined>();

  private exactStarts(word: string): ExactStarts | undefined {
    if (this.exact.has(word)) return this.exact.get(word);
    const starts = this.firstWords.get(word);
    let slot: ExactStarts | undefined;
    if (starts) {
      slot = { byNext: new Map(), wide: [], rest: [] };
      for (const start of starts) this.indexExact(slot, start, this.patterns[start.pattern] as CompiledPattern);
    }
    this.exact.set(word, slot);
    return slot;
  }

  private indexExact(slot: ExactStarts, start: Start, pattern: CompiledPattern): void {
    const follow = pattern.follow[start.position] as number[];
    let next = this.nextWords.get(follow);
    if (!this.nextWords.has(follow)) {
      const atoms = follow.map((q) => atomOf(pattern, q));
      next = atoms.every((a) => a.kind === 'word') ? new Set(atoms.flatMap(keysOf)) : undefined;
      this.nextWords.set(follow, next);
    }
    if (pattern.last[start.position] || !next) slot.rest.push(start);
    else if (next.size > MAX_NEXT_WORDS) {
      const group = slot.wide.find((g) => g.next === next);
      if (group) group.starts.push(start);
      else slot.wide.push({ next, starts: [start] });
    } else for (const w of next) push(slot.byNext, w, start);
  }

  /** Leftmost-longest match of every pattern at every word where one starts. */
  match(tokens: readonly Token[]): Match[] {
    const matches: Match[] = [];
    const ends = this.ends;
    let groupDone: Set<number> | undefined;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const token = tokens[i] as Token;
      const info = this.wordInfo(token);
      if (!info.opens) continue;
      const next = tokens[i + 1];
      const nextInSentence = next !== undefined && next.sentence === token.sentence ? next : undefined;
      const pair = this.pairOf(info, token, nextInSentence);
      if (!pair) continue;
      for (const p of pair.single) ends[p] = i + 1;
      let state = pair.state;
      if (state) {
        for (const p of state.accepting) ends[p] = i + 2;
        const limit = Math.min(n, i + MAX_MATCH_WORDS);
        for (let j = i + 2; j < limit; j++) {
          const t = tokens[j] as Token;
          if (t.sentence !== token.sentence) break;
          state = this.step(state, t);
          if (!state) break;
          for (const p of state.accepting) ends[p] = j + 1;
        }
      }
      let found: number[] | undefined;
      for (const p of pair.order) {
        const end = ends[p] as number;
        if (end === 0) continue;
        ends[p] = 0;
        const group = this.groups[p] ?? -1;
        if (group >= 0) {
          if (groupDone?.has(group)) continue;
          (found ??= []).push(group);
        }
        matches.push({ key: this.keys[p] as number, first: i, end });
      }
      if (found) for (const group of found) (groupDone ??= new Set()).add(group);
    }
    return matches;
  }

  private remember(): void {
    if (++this.cached < MAX_CACHED) return;
    this.words = new Map();
    this.states = new Map();
    this.cached = 0;
  }

  private wordInfo(token: Token): WordInfo {
    let info = this.words.get(token.id);
    if (!info) {
      const { exact, starts } = this.startsOf(token.folded);
      const opens = exact !== undefined || starts.length > 0 || (token.isNumber && this.numbers.length > 0);
      info = { exact, starts, opens, pairs: new Map() };
      this.remember();
      this.words.set(token.id, info);
    }
    return info;
  }

  private pairOf(info: WordInfo, token: Token, next: Token | undefined): Pair | null {
    const key = next ? next.id : -1;
    let pair = info.pairs.get(key);
    if (pair === undefined) {
      pair = this.openPair(info, token, next);
      this.remember();
      info.pairs.set(key, pair);
    }
    return pair;
  }

  /** The patterns that accept `token` and, read on, `next`: which end at once, and the state after both. */
  private openPair(info: WordInfo, token: Token, next: Token | undefined): Pair | null {
    const candidates: Start[] = [];
    this.collect(info, token, next, candidates);
    const order: number[] = [];
    const single: number[] = [];
    const reached = new Map<number, number[]>();
    for (const { pattern: p, position } of candidates) {
      const pattern = this.use(p);
      if (!atomAccepts(pattern.atoms[position] as Atom, token)) continue;
      const endsHere = pattern.last[position] as boolean;
      // Most candidates die on the next word; the survivors continue from there.
      const second = next ? this.advance(p, [position], next) : NONE;
      if (!endsHere && !second.length) continue;
      if (!order.includes(p)) order.push(p);
      if (endsHere && !single.includes(p)) single.push(p);
      if (!second.length) continue;
      const positions = reached.get(p);
      if (!positions) reached.set(p, [...second]);
      else for (const q of second) if (!positions.includes(q)) positions.push(q);
    }
    if (!order.length) return null;
    return { order, single, state: this.stateOf(reached) };
  }

  /** The one state for these positions of these patterns (null for none). */
  private stateOf(reached: Map<number, number[]>): State | null {
    if (reached.size === 0) return null;
    const patterns = [...reached.keys()].sort((a, b) => a - b);
    const positions = patterns.map((p) => (reached.get(p) as number[]).sort((a, b) => a - b));
    const key = patterns.map((p, k) => `${p}:${positions[k]!.join(',')}`).join(' ');
    let state = this.states.get(key);
    if (!state) {
      const accepting = patterns.filter((p, k) => positions[k]!.some((q) => this.use(p).last[q]));
      state = { patterns, positions, accepting, next: new Map() };
      this.remember();
      this.states.set(key, state);
    }
    return state;
  }

  /** The state after reading one more word. */
  private step(state: State, token: Token): State | null {
    let next = state.next.get(token.id);
    if (next === undefined) {
      const reached = new Map<number, number[]>();
      state.patterns.forEach((p, k) => {
        const positions = this.advance(p, state.positions[k] as number[], token);
        if (positions.length) reached.set(p, [...positions]);
      });
      next = this.stateOf(reached);
      this.remember();
      state.next.set(token.id, next);
    }
    return next;
  }

  /** Pattern `p` decoded, for the loops that read it word after word (stored patterns decode on demand). */
  private use(p: number): Ready {
    let ready = this.ready[p];
    if (!ready) {
      const pattern = this.patterns[p] as CompiledPattern;
      ready = { atoms: pattern.atoms, last: pattern.last, steps: stepsOf(pattern) };
      this.ready[p] = ready;
    }
    return ready;
  }

  private collect(info: WordInfo, token: Token, next: Token | undefined, out: Start[]): void {
    const { exact, starts } = info;
    if (exact && next) {
      const byNext = exact.byNext.get(next.folded);
      if (byNext) for (const s of byNext) out.push(s);
      for (const group of exact.wide) if (group.next.has(next.folded)) for (const s of group.starts) out.push(s);
    }
    for (const s of starts) out.push(s);
    if (token.isNumber) for (const s of this.numbers) out.push(s);
  }

  /** The starts a word opens, apart from those that depend on the next word. */
  private startsOf(folded: string): { exact: ExactStarts | undefined; starts: readonly Start[] } {
    const exact = this.exactStarts(folded);
    const out: Start[] = exact ? [...exact.rest] : [];
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
    // A `*part*` atom can only accept a word whose folded form contains its part: most words open none.
    for (const s of this.scanned) {
      const atom = atomOf(this.patterns[s.pattern]!, s.position);
      if (atom.kind !== 'contains' || folded.includes(atom.folded) || (atom.alt !== undefined && folded.includes(atom.alt))) out.push(s);
    }
    return { exact, starts: out };
  }

  /** The positions reached from `active` by reading `token`. */
  private advance(p: number, active: readonly number[], token: Token): readonly number[] {
    const { atoms, steps } = this.use(p);
    const folded = token.folded;
    // Most calls find nothing: the list is made only for a hit.
    let next: number[] | undefined;
    for (const a of active) {
      const step = steps[a] as Step;
      const exact = step.exact.get(folded);
      if (exact) next = accepted(exact, atoms, token, next);
      for (const len of step.prefixLengths) {
        if (len > folded.length) break;
        const hits = step.prefix.get(folded.length === len ? folded : folded.slice(0, len));
        if (hits) next = accepted(hits, atoms, token, next);
      }
      if (step.other.length) next = accepted(step.other, atoms, token, next);
    }
    return next ?? NONE;
  }
}
