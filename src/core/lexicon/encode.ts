// A compact form of compiled patterns for the build output: start-up reads it instead of parsing YAML.

import type { Atom, AtomKind, CompiledPattern } from '../text/pattern.js';
import type { PreparedLexicon } from './types.js';

/**
 * [atoms as "<kind letter><value>" (plus "\u0000<folded>" when folding changes it), distinct follow lists,
 * each position's index into them, first positions, last positions, anchor]. The source text is the
 * entry's own pattern string. Positions of one group of alternatives share a follow list, and a pattern
 * like "[200 verbs] [150 objects]" would otherwise store the same list 200 times.
 */
export type EncodedPattern = [string[], number[][], number[], number[], number[], string?];

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
  const encoded: EncodedPattern = [atoms, table, index, p.first, last];
  if (p.anchor !== undefined) encoded.push(p.anchor);
  return encoded;
}

function decodeAtom(code: string): Atom {
  const cut = code.indexOf('\u0000');
  const value = cut < 0 ? code.slice(1) : code.slice(1, cut);
  return { kind: CODE_KINDS[code[0] as string] as AtomKind, value, folded: cut < 0 ? value : code.slice(cut + 1) };
}

/**
 * Folding is stored rather than recomputed: Unicode normalisation of every atom would cost start-up time.
 * `atomCache` shares one atom between the patterns of a lexicon that use the same word (most do).
 */
export function decodePattern([atoms, table, index, first, last, anchor]: EncodedPattern, source: string, atomCache = new Map<string, Atom>()): CompiledPattern {
  // Shared lists: the matcher only reads them.
  const follow = index.map((i) => table[i] as number[]);
  const decoded: Atom[] = atoms.map((code) => {
    let atom = atomCache.get(code);
    if (!atom) atomCache.set(code, (atom = decodeAtom(code)));
    return atom;
  });
  const isLast = decoded.map(() => false);
  for (const i of last) isLast[i] = true;
  return { source, atoms: decoded, follow, first, last: isLast, anchor };
}

export interface EncodedLexicon extends Omit<PreparedLexicon, 'patterns' | 'unlessPatterns'> {
  patterns: EncodedPattern[][];
  unlessPatterns: EncodedPattern[][];
}

export function encodeLexicon(l: PreparedLexicon): EncodedLexicon {
  return { ...l, patterns: l.patterns.map((ps) => ps.map(encodePattern)), unlessPatterns: l.unlessPatterns.map((ps) => ps.map(encodePattern)) };
}

export function decodeLexicon(l: EncodedLexicon): PreparedLexicon {
  const atoms = new Map<string, Atom>();
  return {
    ...l,
    patterns: l.patterns.map((ps, i) => ps.map((p, j) => decodePattern(p, l.entries[i]!.patterns[j]!, atoms))),
    unlessPatterns: l.unlessPatterns.map((ps, i) => ps.map((p, j) => decodePattern(p, l.entries[i]!.unless[j]!, atoms))),
  };
}
