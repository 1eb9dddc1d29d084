// One pattern's position automaton at work: which atoms accept a word, and where each position can go next.

import type { Atom, CompiledPattern } from './pattern.js';
import type { Token } from './tokenize.js';

export function atomAccepts(atom: Atom, token: Token): boolean {
  const word = token.word;
  switch (atom.kind) {
    case 'any':
      return true;
    case 'number':
      return word.isNumber;
    case 'word':
      return word.norm === atom.value || (word.plain && (word.folded === atom.folded || word.folded === atom.alt));
    case 'prefix':
      return word.norm.startsWith(atom.value) || (word.plain && (word.folded.startsWith(atom.folded) || (atom.alt !== undefined && word.folded.startsWith(atom.alt))));
    case 'suffix':
      return word.norm.endsWith(atom.value) || (word.plain && (word.folded.endsWith(atom.folded) || (atom.alt !== undefined && word.folded.endsWith(atom.alt))));
    case 'contains':
      return word.norm.includes(atom.value) || (word.plain && (word.folded.includes(atom.folded) || (atom.alt !== undefined && word.folded.includes(atom.alt))));
  }
}

/** A pattern's atom; patterns of the build output read it without decoding the others. */
export function atomOf(pattern: CompiledPattern, position: number): Atom {
  return pattern.atomAt ? pattern.atomAt(position) : (pattern.atoms[position] as Atom);
}

/** The positions that may follow one position, split by the exact word they need. */
export interface Step {
  exact: Map<string, number[]>;
  /** Prefix atoms by their (folded) prefix, and the distinct prefix lengths to try. */
  prefix: Map<string, number[]>;
  prefixLengths: number[];
  other: number[];
}

/** The index keys of an atom: its folded form and, if it has one, its transliterated form. */
export function keysOf(atom: Atom): string[] {
  return atom.alt === undefined ? [atom.folded] : [atom.folded, atom.alt];
}

/** The distinct lengths of a map's keys, ascending: the lengths of prefix or suffix to try on a word. */
export function keyLengths(map: ReadonlyMap<string, unknown>): number[] {
  return [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => a - b);
}

/** Appends `value` to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A pattern's steps, each made when first needed: most patterns a word opens die on the next word, so of a
 * pattern with lists of hundreds of alternatives only the first step is usually made. Positions of one group
 * of alternatives share their follow list (see encode.ts): one step per list.
 */
export class Steps {
  private readonly steps: (Step | undefined)[];
  private readonly shared = new Map<readonly number[], Step>();

  constructor(private readonly pattern: CompiledPattern) {
    this.steps = new Array(pattern.follow.length);
  }

  at(position: number): Step {
    let step = this.steps[position];
    if (step) return step;
    const follow = this.pattern.follow[position] as number[];
    step = this.shared.get(follow);
    if (!step) {
      step = { exact: new Map(), prefix: new Map(), prefixLengths: [], other: [] };
      for (const q of follow) {
        const atom = atomOf(this.pattern, q);
        if (atom.kind === 'word') for (const k of keysOf(atom)) push(step.exact, k, q);
        else if (atom.kind === 'prefix') for (const k of keysOf(atom)) push(step.prefix, k, q);
        else step.other.push(q);
      }
      step.prefixLengths = keyLengths(step.prefix);
      this.shared.set(follow, step);
    }
    this.steps[position] = step;
    return step;
  }
}
