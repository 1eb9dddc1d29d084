// Where patterns can start: by a word's exact form, its prefixes and suffixes, and the word that follows.

import { atomOf, keyLengths, keysOf, push, type Step } from './automaton.js';
import type { CompiledPattern } from './pattern.js';
import { isNumberWord, type Token } from './tokenize.js';
import { LineTable, sortedLines } from './sorted-lines.js';

/** A pattern and one of its first positions. */
export interface Start {
  pattern: number;
  position: number;
}

/** The starts a word opens: those that depend on the next word, and the others. */
export interface WordStarts {
  exact: ExactStarts | undefined;
  starts: readonly Start[];
}

/** Starts that begin with one exact word, split again by the word that must follow. */
interface ExactStarts {
  byNext: Map<string, Start[]>;
  /** Starts followed by a long list of alternative words, which they share: one lookup, not an entry per word. */
  wide: { next: ReadonlyMap<string, unknown>; starts: Start[] }[];
  /** Starts that may end here or whose next word is not one exact word. */
  rest: Start[];
}

// Above this many next words a start is kept with its set of them rather than under each word.
const MAX_NEXT_WORDS = 12;

/**
 * The index as the build output stores it, for the lexicon as built: start-up reads it instead of visiting
 * every pattern, and a word's starts are read when a reply first has the word. Starts are flat
 * [pattern, position, ...] lists.
 */
export interface StoredStarts {
  /**
   * By exact first word (sorted-lines.ts), its ExactStarts as JSON: [rest, [[next word, starts], ...],
   * [wide starts, ...]]. A word's line is read when a reply first has the word.
   */
  words: string;
  /** Those of the words that are numbers ("100"): the many other numbers of replies, order and ticket numbers, start nothing. */
  numberWords: string[];
  prefixes: Record<string, number[]>;
  suffixes: Record<string, number[]>;
  numbers: number[];
  scanned: number[];
}

const flat = (starts: readonly Start[]): number[] => starts.flatMap((s) => [s.pattern, s.position]);

function unflat(list: readonly number[]): Start[] {
  const starts: Start[] = [];
  for (let k = 0; k < list.length; k += 2) starts.push({ pattern: list[k] as number, position: list[k + 1] as number });
  return starts;
}

/** A character trie of `word*` prefixes: walking a word visits only the prefixes it can have. */
interface PrefixNode {
  children: Map<string, PrefixNode>;
  starts: Start[];
}

export class StartIndex {
  /** Starts whose first atom is one exact word, by that word. */
  private readonly firstWords = new Map<string, Start[]>();
  /** The same starts split by the word that must follow, worked out the first time a reply has the word. */
  private readonly exact = new Map<string, ExactStarts>();
  private readonly prefixes: PrefixNode = { children: new Map(), starts: [] };
  private readonly suffixes = new Map<string, Start[]>();
  private readonly suffixLengths: number[];
  private readonly scanned: Start[] = [];
  private readonly numbers: Start[] = [];

  /** Exact first words and their starts as stored (see StoredStarts), when the index was read from the build. */
  private readonly stored: LineTable | undefined;
  private readonly storedNumbers: readonly string[] = [];

  /**
   * @param stepOf where a pattern can go from a position: the matcher's own steps, made once for both.
   * @param stored the index as stored for these very patterns, in this order.
   */
  constructor(
    private readonly patterns: readonly CompiledPattern[],
    private readonly stepOf: (pattern: number, position: number) => Step,
    stored?: StoredStarts,
  ) {
    if (stored) {
      this.stored = new LineTable(stored.words);
      this.storedNumbers = stored.numberWords;
      for (const [k, starts] of Object.entries(stored.prefixes)) for (const start of unflat(starts)) this.indexPrefix(k, start);
      for (const [k, starts] of Object.entries(stored.suffixes)) this.suffixes.set(k, unflat(starts));
      this.numbers.push(...unflat(stored.numbers));
      this.scanned.push(...unflat(stored.scanned));
    } else {
      patterns.forEach((pattern, p) => {
        for (const position of pattern.first) {
          const atom = atomOf(pattern, position);
          const start = { pattern: p, position };
          if (atom.kind === 'word') for (const k of keysOf(atom)) push(this.firstWords, k, start);
          else if (atom.kind === 'prefix') for (const k of keysOf(atom)) this.indexPrefix(k, start);
          else if (atom.kind === 'suffix') for (const k of keysOf(atom)) push(this.suffixes, k, start);
          else if (atom.kind === 'number') this.numbers.push(start);
          else this.scanned.push(start);
        }
      });
    }
    this.suffixLengths = keyLengths(this.suffixes);
  }

  /** The index as the build output stores it (StoredStarts), every first word's starts worked out. */
  store(): StoredStarts {
    // Read from storage, it never had the patterns' first words to store.
    if (this.stored) throw new Error('a start index read from the build output cannot be stored again');
    const words = sortedLines(
      [...this.firstWords.keys()].map((word) => {
        const { rest, byNext, wide } = this.exactStarts(word, false) as ExactStarts;
        return [word, JSON.stringify([flat(rest), [...byNext].map(([next, starts]) => [next, flat(starts)]), wide.map((g) => flat(g.starts))])] as const;
      }),
    );
    const prefixes: Record<string, number[]> = {};
    const walk = (node: PrefixNode, prefix: string): void => {
      if (node.starts.length) prefixes[prefix] = flat(node.starts);
      for (const [ch, child] of node.children) walk(child, prefix + ch);
    };
    walk(this.prefixes, '');
    const suffixes = Object.fromEntries([...this.suffixes].map(([k, starts]) => [k, flat(starts)]));
    const numberWords = [...this.firstWords.keys()].filter(isNumberWord);
    return { words, numberWords, prefixes, suffixes, numbers: flat(this.numbers), scanned: flat(this.scanned) };
  }

  /** Whether a number can start a pattern. */
  get numbersStart(): boolean {
    return this.numbers.length > 0;
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

  private exactStarts(word: string, isNumber: boolean): ExactStarts | undefined {
    let slot = this.exact.get(word);
    if (slot) return slot;
    // Only words that start a pattern are remembered here: a long run has many that start none.
    if (this.stored !== undefined) {
      if (isNumber && !this.storedNumbers.includes(word)) return undefined;
      const line = this.stored.get(word);
      if (line === undefined) return undefined;
      const [rest, byNext, wide] = JSON.parse(line) as [number[], [string, number[]][], number[][]];
      slot = { byNext: new Map(byNext.map(([next, starts]) => [next, unflat(starts)])), wide: [], rest: unflat(rest) };
      for (const group of wide) {
        const starts = unflat(group);
        // A group's starts share one follow list: the first one's step holds it.
        slot.wide.push({ next: this.stepOf(starts[0]!.pattern, starts[0]!.position).exact, starts });
      }
    } else {
      const starts = this.firstWords.get(word);
      if (!starts) return undefined;
      slot = { byNext: new Map(), wide: [], rest: [] };
      for (const start of starts) this.indexExact(slot, start, this.patterns[start.pattern] as CompiledPattern);
    }
    this.exact.set(word, slot);
    return slot;
  }

  private indexExact(slot: ExactStarts, start: Start, pattern: CompiledPattern): void {
    const step = this.stepOf(start.pattern, start.position);
    // Only a follow list of exact words can be looked up by the next word.
    if (pattern.last[start.position] || step.prefixLengths.length || step.other.length) slot.rest.push(start);
    else if (step.exact.size > MAX_NEXT_WORDS) {
      const group = slot.wide.find((g) => g.next === step.exact);
      if (group) group.starts.push(start);
      else slot.wide.push({ next: step.exact, starts: [start] });
    } else for (const w of step.exact.keys()) push(slot.byNext, w, start);
  }


  /** Every start at `token` followed by `next`: the word's own, those that need the next word, numbers. */
  collect(info: WordStarts, token: Token, next: Token | undefined, out: Start[]): void {
    const { exact, starts } = info;
    if (exact && next) {
      const byNext = exact.byNext.get(next.word.folded);
      if (byNext) for (const s of byNext) out.push(s);
      for (const group of exact.wide) if (group.next.has(next.word.folded)) for (const s of group.starts) out.push(s);
    }
    for (const s of starts) out.push(s);
    if (token.word.isNumber) for (const s of this.numbers) out.push(s);
  }

  /** The starts a word opens, apart from those that depend on the next word. */
  startsOf(folded: string, isNumber: boolean): WordStarts {
    const exact = this.exactStarts(folded, isNumber);
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
}
