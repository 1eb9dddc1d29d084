// All patterns of a language in one index: a single left-to-right pass finds every match.
// At each word the patterns it opens (with the next word) are looked up once per pair of words; from there a
// DFA built as replies need it reads on, one lookup per word, for as long as any started pattern lives.

import { atomAccepts, atomOf, Steps } from './automaton.js';
import { StartIndex, type Start, type StoredStarts, type WordStarts } from './start-index.js';
import type { Atom, CompiledPattern } from './pattern.js';
import type { Token } from './tokenize.js';

export interface Match {
  /** Caller's key of the pattern (e.g. the index of its lexicon entry). */
  key: number;
  /** Token range, end exclusive. */
  first: number;
  end: number;
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

/** What the matcher knows of one word, whatever follows it (and notes on the word: Word.note). */
interface WordInfo extends WordStarts {
  /** The matcher's generation that made it (older ones are forgotten). */
  generation: number;
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

/** `into` with the positions of `candidates` whose atom accepts the token added once each. */
function accepted(candidates: readonly number[], ready: Ready, token: Token, into: number[] | undefined): number[] | undefined {
  for (const q of candidates) {
    if (into?.includes(q) || !atomAccepts(ready.atom(q), token)) continue;
    if (into) into.push(q);
    else into = [q];
  }
  return into;
}

/** A pattern as the loops read it: its atoms (decoded as reached), ends and steps. */
class Ready {
  private readonly atoms: (Atom | undefined)[];
  readonly last: readonly boolean[];
  readonly steps: Steps;

  constructor(private readonly pattern: CompiledPattern) {
    this.atoms = new Array(pattern.follow.length);
    this.last = pattern.last;
    this.steps = new Steps(pattern);
  }

  atom(position: number): Atom {
    return (this.atoms[position] ??= atomOf(this.pattern, position));
  }
}

export class Matcher {
  private readonly starts: StartIndex;
  /** Per pattern, made on its first use (stored patterns decode on demand). */
  private readonly ready: (Ready | undefined)[];
  private static count = 0;
  /** Tells this matcher's notes on words from another's. */
  private readonly serial = Matcher.count++;
  /** Bumped when the memory is full: what words, pairs and states hold of an older generation is forgotten. */
  private generation = 0;
  /** By word id; a run in one language finds them on the words themselves (Word.note). */
  private words = new Map<number, WordInfo>();
  /** The note shared by numbers that start nothing of their own (see wordInfo). */
  private numbers: WordInfo | undefined;
  private states = new Map<string, State>();
  private cached = 0;
  /** Per pattern, the end of its longest match from the current start (0: none); zero between starts. */
  private readonly ends: Int32Array;

  /**
   * @param groups for each pattern, a group whose first match is enough (-1: every match counts). A reply
   * needs to show an apology only once: after the first, the other apology patterns' matches are not reported.
   * @param stored the start index the build stored for these patterns (StartIndex.store).
   */
  constructor(
    private readonly patterns: readonly CompiledPattern[],
    private readonly keys: readonly number[],
    private readonly groups: readonly number[] = [],
    stored?: StoredStarts,
  ) {
    this.starts = new StartIndex(patterns, (p, position) => this.use(p).steps.at(position), stored);
    this.ready = new Array(patterns.length);
    this.ends = new Int32Array(patterns.length);
  }

  /** The start index as the build output stores it. */
  storeStarts(): StoredStarts {
    return this.starts.store();
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
    this.generation++;
    this.words = new Map();
    this.states = new Map();
    this.cached = 0;
  }

  private wordInfo(token: Token): WordInfo {
    const word = token.word;
    let info = word.noteBy === this.serial ? (word.note as WordInfo) : this.words.get(word.id);
    if (info?.generation === this.generation) {
      word.noteBy = this.serial;
      word.note = info;
      return info;
    }
    const { exact, starts } = this.starts.startsOf(word.folded, word.isNumber);
    // A number that starts nothing of its own (an order or ticket number) opens what every such number opens:
    // they share one note, whose pairs depend on the next word only.
    const anyNumber = word.isNumber && exact === undefined && starts.length === 0;
    if (anyNumber && this.numbers?.generation === this.generation) info = this.numbers;
    else {
      const opens = exact !== undefined || starts.length > 0 || (word.isNumber && this.starts.numbersStart);
      info = { generation: this.generation, exact, starts, opens, pairs: new Map() };
      if (anyNumber) this.numbers = info;
    }
    this.remember();
    this.words.set(word.id, info);
    word.noteBy = this.serial;
    word.note = info;
    return info;
  }

  private pairOf(info: WordInfo, token: Token, next: Token | undefined): Pair | null {
    const key = next ? next.word.id : -1;
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
    this.starts.collect(info, token, next, candidates);
    const order: number[] = [];
    const single: number[] = [];
    const reached = new Map<number, number[]>();
    for (const { pattern: p, position } of candidates) {
      const pattern = this.use(p);
      if (!atomAccepts(pattern.atom(position), token)) continue;
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
    let next = state.next.get(token.word.id);
    if (next === undefined) {
      const reached = new Map<number, number[]>();
      state.patterns.forEach((p, k) => {
        const positions = this.advance(p, state.positions[k] as number[], token);
        if (positions.length) reached.set(p, [...positions]);
      });
      next = this.stateOf(reached);
      this.remember();
      state.next.set(token.word.id, next);
    }
    return next;
  }

  /** Pattern `p` decoded, for the loops that read it word after word (stored patterns decode on demand). */
  private use(p: number): Ready {
    let ready = this.ready[p];
    if (!ready) {
      ready = new Ready(this.patterns[p] as CompiledPattern);
      this.ready[p] = ready;
    }
    return ready;
  }

  /** The positions reached from `active` by reading `token`. */
  private advance(p: number, active: readonly number[], token: Token): readonly number[] {
    const ready = this.use(p);
    const { steps } = ready;
    const folded = token.word.folded;
    // Most calls find nothing: the list is made only for a hit.
    let next: number[] | undefined;
    for (const a of active) {
      const step = steps.at(a);
      const exact = step.exact.get(folded);
      if (exact) next = accepted(exact, ready, token, next);
      for (const len of step.prefixLengths) {
        if (len > folded.length) break;
        const hits = step.prefix.get(folded.length === len ? folded : folded.slice(0, len));
        if (hits) next = accepted(hits, ready, token, next);
      }
      if (step.other.length) next = accepted(step.other, ready, token, next);
    }
    return next ?? NONE;
  }
}
