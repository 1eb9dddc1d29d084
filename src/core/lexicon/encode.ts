// A compact form of compiled patterns for the build output: start-up reads it instead of parsing YAML.

import type { Atom, AtomKind, CompiledPattern } from '../text/pattern.js';
import type { PreparedLexicon } from './types.js';
import { transliterator } from './transliterate.js';

/**
 * [atoms as "<kind letter><value>" (plus "\u0000<folded>" when folding changes it), distinct follow lists,
 * each position's index into them, first positions, last positions]. The source text is the
 * entry's own pattern string. Positions of one group of alternatives share a follow list, and a pattern
 * like "[200 verbs] [150 objects]" would otherwise store the same list 200 times.
 */
export type EncodedPattern = [string[], number[][], number[], number[], number[]];

const KIND_CODES: Record<AtomKind, string> = { word: 'w', prefix: 'p', suffix: 's', contains: 'c', number: 'n', any: 'a' };
const CODE_KINDS = Object.fromEntries(Object.entries(KIND_CODES).map(([k, c]) => [c, k])) as Record<string, AtomKind>;

export function encodePattern(p: CompiledPattern): EncodedPattern {
  const last = p.last.flatMap((isLast, i) => (isLast ? [i] : []));
  const atoms = p.atoms.map((a) => KIND_CODES[a.kind] + a.value + (a.folded !== a.value ? `\u0000${a.folded}` : ''));
  const table: number[][] = [];
  const seen = new Map<string, number>();
  const index = p.follow.map((list) => {
    const key = list.join(',');
    let i = seen.get(key);
    if (i === undefined) {
      i = table.push(list) - 1;
      seen.set(key, i);
    }
    return i;
  });
  return [atoms, table, index, p.first, last];
}

function decodeAtom(code: string): Atom {
  const cut = code.indexOf('\u0000');
  const value = cut < 0 ? code.slice(1) : code.slice(1, cut);
  return { kind: CODE_KINDS[code[0] as string] as AtomKind, value, folded: cut < 0 ? value : code.slice(cut + 1) };
}

/** The atoms of one lexicon's stored patterns: decoded once each, shared, with its transliterations applied. */
class AtomTable {
  private readonly atoms = new Map<string, Atom>();
  private readonly transliterate: ((word: string) => string | undefined) | undefined;

  constructor(readonly transliterations: Record<string, string> | undefined) {
    this.transliterate = transliterator(transliterations);
  }

  /** Folding is stored rather than recomputed: Unicode normalisation of every atom would cost start-up time. */
  atom(code: string): Atom {
    let atom = this.atoms.get(code);
    if (!atom) {
      atom = decodeAtom(code);
      const alt = atom.kind === 'any' || atom.kind === 'number' ? undefined : this.transliterate?.(atom.value);
      if (alt !== undefined) atom.alt = alt;
      this.atoms.set(code, atom);
    }
    return atom;
  }
}

/**
 * A pattern of the build output, decoded on first use: linting a reply touches a few dozen of a lexicon's
 * hundreds of patterns, and start-up should not pay for the rest.
 */
export class StoredPattern implements CompiledPattern {
  private decoded?: { follow: number[][]; last: boolean[] };
  private allAtoms?: Atom[];

  constructor(
    private readonly encoded: EncodedPattern,
    readonly source: string,
    readonly table: AtomTable,
  ) {}

  get first(): number[] {
    return this.encoded[3];
  }

  atomAt(position: number): Atom {
    return this.table.atom(this.encoded[0][position] as string);
  }

  get atoms(): Atom[] {
    this.allAtoms ??= this.encoded[0].map((code) => this.table.atom(code));
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
      const [codes, table, index, , last] = this.encoded;
      const isLast = new Array<boolean>(codes.length).fill(false);
      for (const i of last) isLast[i] = true;
      // Positions share their follow lists (the matcher only reads them).
      this.decoded = { follow: index.map((i) => table[i] as number[]), last: isLast };
    }
    return this.decoded;
  }
}

/** The decoded form of one stored pattern (for tests and tools; linting decodes on demand). */
export function decodePattern(encoded: EncodedPattern, source: string): CompiledPattern {
  const p = new StoredPattern(encoded, source, new AtomTable(undefined));
  return { source, atoms: p.atoms, follow: p.follow, first: p.first, last: p.last };
}

export interface EncodedLexicon extends Omit<PreparedLexicon, 'patterns' | 'unlessPatterns'> {
  patterns: EncodedPattern[][];
  unlessPatterns: EncodedPattern[][];
}

export function encodeLexicon(l: PreparedLexicon): EncodedLexicon {
  return { ...l, patterns: l.patterns.map((ps) => ps.map(encodePattern)), unlessPatterns: l.unlessPatterns.map((ps) => ps.map(encodePattern)) };
}

export function decodeLexicon(l: EncodedLexicon): PreparedLexicon {
  const table = new AtomTable(l.transliterations);
  return {
    ...l,
    patterns: l.patterns.map((ps, i) => ps.map((p, j) => new StoredPattern(p, l.entries[i]!.patterns[j]!, table))),
    unlessPatterns: l.unlessPatterns.map((ps, i) => ps.map((p, j) => new StoredPattern(p, l.entries[i]!.unless[j]!, table))),
  };
}
