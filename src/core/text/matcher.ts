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

/** A pattern that accepts a word (and the next): the positions it reached, and whether it may end at the first. */
interface Opening {
  pattern: number;
  second: readonly number[];
  endsHere: boolean;
}

// A match never runs past this many words, so the work per word is bounded whatever the lexicon.
const MAX_MATCH_WORDS = 40;
const MAX_CACHED_WORDS = 50_000;
const MAX_CACHED_PAIRS = 100_000;
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
  /** Anchor word -> patterns that need it; patterns without an anchor are always live. */
  private readonly anchors = new Map<string, number[]>();
  private readonly alwaysLive: Uint8Array;
  /** Per pattern: its atoms, ends and steps as plain arrays, made on the pattern's first use. */
  private readonly ready: (Ready | undefined)[];

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
    this.alwaysLive = new Uint8Array(patterns.length);
    this.ready = new Array(patterns.length);
    patterns.forEach((pattern, p) => {
      if (pattern.anchor === undefined) this.alwaysLive[p] = 1;
      else {
        push(this.anchors, pattern.anchor, p);
        if (pattern.anchorAlt !== undefined) push(this.anchors, pattern.anchorAlt, p);
      }
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
    // Patterns whose anchor word is absent from the reply cannot match: one pass marks the live ones.
    const live = this.alwaysLive.slice();
    for (const t of tokens) {
      const anchored = this.anchors.get(t.folded);
      if (anchored) for (const p of anchored) live[p] = 1;
    }
    const best = new Map<number, number>();
    const groupDone = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const next = tokens[i + 1];
      const nextInSentence = next !== undefined && next.sentence === token.sentence ? next : undefined;
      const openings = this.openingsOf(token, nextInSentence);
      if (openings.length === 0) continue;
      if (best.size) best.clear();
      for (const { pattern: p, second, endsHere } of openings) {
        if (!live[p]) continue;
        const group = this.groups[p] ?? -1;
        if (group >= 0 && groupDone.has(group)) continue;
        let end = endsHere ? i + 1 : 0;
        if (second.length) end = Math.max(end, this.run(p, tokens, i + 1, second));
        if (end === 0) continue;
        if (end > (best.get(p) ?? 0)) best.set(p, end);
      }
      for (const [p, end] of best) {
        matches.push({ key: this.keys[p] as number, first: i, end });
        const group = this.groups[p] ?? -1;
        if (group >= 0) groupDone.add(group);
      }
    }
    return matches;
  }

  // What a pair of words opens depends on nothing else, and replies repeat the same pairs ("I will",
  // "thank you"): each pair's openings are worked out once. Bounded, so memory stays flat.
  private readonly openingsCache = new Map<string, readonly Opening[]>();

  /** The patterns that accept `token` and, read on, `next`: where each stands after the pair. */
  private openingsOf(token: Token, next: Token | undefined): readonly Opening[] {
    // A word's norm decides its folded form, `plain` and `isNumber`: the norms are the whole key.
    const key = next ? `${token.norm} ${next.norm}` : token.norm;
    const cached = this.openingsCache.get(key);
    if (cached) return cached;
    const candidates: Start[] = [];
    this.collect(token, next, candidates);
    const openings: Opening[] = [];
    for (const { pattern: p, position } of candidates) {
      const pattern = this.use(p);
      if (!atomAccepts(pattern.atoms[position] as Atom, token)) continue;
      const endsHere = pattern.last[position] as boolean;
      // Most candidates die on the next word; the survivors continue from there.
      const second = next ? this.advance(p, [position], next) : NONE;
      if (endsHere || second.length) openings.push({ pattern: p, second, endsHere });
    }
    if (this.openingsCache.size >= MAX_CACHED_PAIRS) this.openingsCache.clear();
    this.openingsCache.set(key, openings);
    return openings;
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

  private collect(token: Token, next: Token | undefined, out: Start[]): void {
    const { exact, starts } = this.startsOf(token.folded);
    if (exact && next) {
      const byNext = exact.byNext.get(next.folded);
      if (byNext) for (const s of byNext) out.push(s);
      for (const group of exact.wide) if (group.next.has(next.folded)) for (const s of group.starts) out.push(s);
    }
    for (const s of starts) out.push(s);
    if (token.isNumber) for (const s of this.numbers) out.push(s);
  }

  // Replies repeat the same few hundred words, so the starts a word opens (apart from those that
  // depend on the next word) are computed once per word. Bounded, so memory stays flat.
  private readonly startsCache = new Map<string, { exact: ExactStarts | undefined; starts: readonly Start[] }>();

  private startsOf(folded: string): { exact: ExactStarts | undefined; starts: readonly Start[] } {
    const cached = this.startsCache.get(folded);
    if (cached) return cached;
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
    if (this.startsCache.size >= MAX_CACHED_WORDS) this.startsCache.clear();
    const entry = { exact, starts: out };
    this.startsCache.set(folded, entry);
    return entry;
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



  /** Simulates the automaton from the positions `active` reached at token `i`; returns the longest end, or 0. */
  private run(p: number, tokens: readonly Token[], i: number, start: readonly number[]): number {
    const pattern = this.use(p);
    const sentence = (tokens[i] as Token).sentence;
    let active = start;
    let best = active.some((q) => pattern.last[q]) ? i + 1 : 0;
    const limit = Math.min(tokens.length, i + MAX_MATCH_WORDS - 1);
    for (let j = i + 1; j < limit && active.length; j++) {
      const token = tokens[j] as Token;
      if (token.sentence !== sentence) break;
      active = this.advance(p, active, token);
      if (active.some((q) => pattern.last[q])) best = j + 1;
    }
    return best;
  }
}
