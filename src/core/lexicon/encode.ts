// A compact form of compiled patterns for the build output: start-up reads it instead of parsing YAML.

import type { Atom, AtomKind, CompiledPattern } from '../text/pattern.js';
import type { StoredStarts } from '../text/start-index.js';
import type { PreparedLexicon } from './types.js';
import { transliterator } from './transliterate.js';

/**
 * One pattern as one list of small integers, in JSON:
 * [atom count n, f, first positions (f), l, last positions (l), atoms (n), list of each position (n),
 *  list count, then each list as its length and its positions].
 * Atoms index the lexicon's table of atom codes. The lists are the pattern's distinct follow lists: positions
 * of one group of alternatives share theirs, and a pattern like "[200 verbs] [150 objects]" would otherwise
 * store the same list 200 times. A string rather than an array in the lexicon's JSON: start-up parses the
 * lexicon in half the time, and the garbage collector does not copy lists that only a few replies read.
 */
export type EncodedPattern = string;

const KIND_CODES: Record<AtomKind, string> = { word: 'w', prefix: 'p', suffix: 's', contains: 'c', number: 'n', any: 'a' };
const CODE_KINDS = Object.fromEntries(Object.entries(KIND_CODES).map(([k, c]) => [c, k])) as Record<string, AtomKind>;

/** An atom as "<kind letter><value>", plus "\u0000<folded>" when folding changes it. */
function atomCode(a: Atom): string {
  return KIND_CODES[a.kind] + a.value + (a.folded !== a.value ? `\u0000${a.folded}` : '');
}

function decodeAtom(code: string): Atom {
  const cut = code.indexOf('\u0000');
  const value = cut < 0 ? code.slice(1) : code.slice(1, cut);
  return { kind: CODE_KINDS[code[0] as string] as AtomKind, value, folded: cut < 0 ? value : code.slice(cut + 1) };
}

/** Gives each distinct atom code of a lexicon its number. */
class AtomCodes {
  readonly codes: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(atom: Atom): number {
    const code = atomCode(atom);
    let n = this.numbers.get(code);
    if (n === undefined) {
      n = this.codes.push(code) - 1;
      this.numbers.set(code, n);
    }
    return n;
  }
}

function encodePattern(p: CompiledPattern, codes: AtomCodes): EncodedPattern {
  const last = p.last.flatMap((isLast, i) => (isLast ? [i] : []));
  const lists: number[][] = [];
  const seen = new Map<string, number>();
  const index = p.follow.map((list) => {
    const key = list.join(',');
    let i = seen.get(key);
    if (i === undefined) {
      i = lists.push(list) - 1;
      seen.set(key, i);
    }
    return i;
  });
  const atoms = p.atoms.map((a) => codes.number(a));
  return JSON.stringify([atoms.length, p.first.length, ...p.first, last.length, ...last, ...atoms, ...index, lists.length, ...lists.flatMap((l) => [l.length, ...l])]);
}

/** The atoms of one lexicon's stored patterns: decoded once each, shared, with its transliterations applied. */
class AtomTable {
  private readonly atoms: (Atom | undefined)[];
  private readonly transliterate: ((word: string) => string | undefined) | undefined;

  constructor(
    private readonly codes: readonly string[],
    readonly transliterations: Record<string, string> | undefined,
  ) {
    this.atoms = new Array(codes.length);
    this.transliterate = transliterator(transliterations);
  }

  /** Folding is stored rather than recomputed: Unicode normalisation of every atom would cost start-up time. */
  atom(n: number): Atom {
    let atom = this.atoms[n];
    if (!atom) {
      atom = decodeAtom(this.codes[n] as string);
      const alt = atom.kind === 'any' || atom.kind === 'number' ? undefined : this.transliterate?.(atom.value);
      if (alt !== undefined) atom.alt = alt;
      this.atoms[n] = atom;
    }
    return atom;
  }
}

/**
 * A pattern of the build output, decoded on first use: linting a reply touches a few dozen of a lexicon's
 * hundreds of patterns, and start-up should not pay for the rest.
 */
export class StoredPattern implements CompiledPattern {
  private list?: number[];
  private atomsAt = 0;
  private decoded?: { follow: number[][]; last: boolean[] };
  private allAtoms?: Atom[];
  private firstPositions?: number[];

  constructor(
    private readonly encoded: EncodedPattern,
    readonly source: string,
    readonly table: AtomTable,
  ) {}

  /** The encoded list, read on first use. */
  private get ints(): number[] {
    if (!this.list) {
      const e = (this.list = JSON.parse(this.encoded) as number[]);
      this.atomsAt = 3 + (e[1] as number) + (e[2 + (e[1] as number)] as number);
    }
    return this.list;
  }

  get first(): number[] {
    const e = this.ints;
    return (this.firstPositions ??= e.slice(2, 2 + (e[1] as number)));
  }

  atomAt(position: number): Atom {
    const e = this.ints;
    return this.table.atom(e[this.atomsAt + position] as number);
  }

  get atoms(): Atom[] {
    if (!this.allAtoms) {
      const e = this.ints;
      this.allAtoms = e.slice(this.atomsAt, this.atomsAt + (e[0] as number)).map((n) => this.table.atom(n));
    }
    return this.allAtoms;
  }

  get follow(): number[][] {
    return this.decode().follow;
  }

  get last(): boolean[] {
    return this.decode().last;
  }

  private decode() {
    if (!this.decoded) {
      const e = this.ints;
      const n = e[0] as number;
      const lastAt = 2 + (e[1] as number);
      const last = new Array<boolean>(n).fill(false);
      for (let k = 1; k <= (e[lastAt] as number); k++) last[e[lastAt + k] as number] = true;
      const indexAt = this.atomsAt + n;
      const lists: number[][] = [];
      let at = indexAt + n + 1;
      for (let k = 0; k < (e[indexAt + n] as number); k++) {
        const length = e[at] as number;
        lists.push(e.slice(at + 1, at + 1 + length));
        at += 1 + length;
      }
      // Positions share their follow lists (the matcher only reads them).
      const follow = new Array<number[]>(n);
      for (let k = 0; k < n; k++) follow[k] = lists[e[indexAt + k] as number] as number[];
      this.decoded = { follow, last };
    }
    return this.decoded;
  }
}

export interface EncodedLexicon extends Omit<PreparedLexicon, 'patterns' | 'unlessPatterns'> {
  /** Atom codes, numbered by their place here. */
  atoms: string[];
  patterns: EncodedPattern[][];
  unlessPatterns: EncodedPattern[][];
  /** The start index of the lexicon's matcher as compiled at build time. */
  starts: StoredStarts;
}

/** @param starts the start index of the lexicon's matcher (compileLanguage(l).matcher.storeStarts()). */
export function encodeLexicon(l: PreparedLexicon, starts: StoredStarts): EncodedLexicon {
  const codes = new AtomCodes();
  const patterns = l.patterns.map((ps) => ps.map((p) => encodePattern(p, codes)));
  const unlessPatterns = l.unlessPatterns.map((ps) => ps.map((p) => encodePattern(p, codes)));
  return { ...l, atoms: codes.codes, patterns, unlessPatterns, starts };
}

// The stored start index belongs to the decoded lexicon object itself: a team lexicon builds a new one, and a
// copy made with {...lexicon} must not carry an index of other patterns.
const storedStarts = new WeakMap<PreparedLexicon, StoredStarts>();

/** The start index the build stored, if `prepared` is a built-in lexicon as decoded. */
export function storedStartsOf(prepared: PreparedLexicon): StoredStarts | undefined {
  return storedStarts.get(prepared);
}

export function decodeLexicon(l: EncodedLexicon): PreparedLexicon {
  const { atoms, starts, ...lexicon } = l;
  const table = new AtomTable(atoms, l.transliterations);
  const prepared: PreparedLexicon = {
    ...lexicon,
    patterns: l.patterns.map((ps, i) => ps.map((p, j) => new StoredPattern(p, l.entries[i]!.patterns[j]!, table))),
    unlessPatterns: l.unlessPatterns.map((ps, i) => ps.map((p, j) => new StoredPattern(p, l.entries[i]!.unless[j]!, table))),
  };
  storedStarts.set(prepared, starts);
  return prepared;
}
