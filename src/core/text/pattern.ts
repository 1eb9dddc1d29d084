// The token-pattern language of lexicons (docs/lexicon-format.md), parsed into a position automaton.

import { foldDiacritics, normalizeWord } from './normalize.js';

export type AtomKind = 'word' | 'prefix' | 'suffix' | 'contains' | 'number' | 'any';

/** One word test. `value` is normalised; `folded` is the same without diacritics. */
export interface Atom {
  kind: AtomKind;
  value: string;
  folded: string;
  /** The word as typed without special letters by the lexicon's transliterations ("ärger" -> "aerger"). */
  alt?: string;
}

/**
 * A Glushkov automaton: one position per atom, no empty transitions. A match starts at a position in
 * `first`, moves along `follow`, and may end at any position in `last`.
 */
export interface CompiledPattern {
  source: string;
  atoms: Atom[];
  first: number[];
  follow: number[][];
  last: boolean[];
  /** One atom, read without decoding the whole pattern (patterns of the build output decode on first use). */
  atomAt?(position: number): Atom;
}

export class PatternError extends Error {}

interface Fragment {
  first: number[];
  last: number[];
  nullable: boolean;
}

const MAX_GAP = 6;
const ATOM_TEXT = /^[\p{L}\p{N}\p{M}'’\-]+$/u;

// Punctuation in a pattern is allowed for readability ("nichts, was ich tun kann") and ignored, as in drafts.
const PUNCTUATION = /[,.!?;:"“”„«»()¿¡]/g;

function parseAtom(raw: string): Atom {
  if (raw === '#') return { kind: 'number', value: '#', folded: '#' };
  const leading = raw.startsWith('*');
  const trailing = raw.endsWith('*') && raw.length > 1;
  const body = raw.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (!body) throw new PatternError(`"${raw}" needs letters around the *`);
  if (!ATOM_TEXT.test(body)) throw new PatternError(`"${raw}" may only contain letters, digits, ' and - (and * at either end)`);
  if ((leading || trailing) && [...body].length < 2) throw new PatternError(`"${raw}": a wildcard needs at least 2 letters`);
  const value = normalizeWord(body);
  const kind: AtomKind = leading && trailing ? 'contains' : leading ? 'suffix' : trailing ? 'prefix' : 'word';
  return { kind, value, folded: foldDiacritics(value) };
}

/** Reads a pattern such as `es tut [mir|uns] [sehr|wirklich]? leid` into a compiled automaton. */
export function compilePattern(source: string): CompiledPattern {
  const atoms: Atom[] = [];
  const follow: number[][] = [];
  const text = source.trim();
  if (!text) throw new PatternError('empty pattern');

  const newAtom = (atom: Atom): Fragment => {
    atoms.push(atom);
    follow.push([]);
    const id = atoms.length - 1;
    return { first: [id], last: [id], nullable: false };
  };
  const concat = (a: Fragment, b: Fragment): Fragment => {
    for (const p of a.last) for (const q of b.first) if (!(follow[p] as number[]).includes(q)) (follow[p] as number[]).push(q);
    return {
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...b.last, ...a.last] : b.last,
      nullable: a.nullable && b.nullable,
    };
  };
  const sequence = (parts: Fragment[]): Fragment =>
    parts.reduce((acc, f) => concat(acc, f), { first: [], last: [], nullable: true } as Fragment);

  // Split at top level into terms: words, [groups] with optional ?, and ~N gaps.
  const terms: Fragment[] = [];
  const kinds: ('gap' | 'term')[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) throw new PatternError(`unclosed "[" at column ${i + 1}`);
      const inner = text.slice(i + 1, close);
      if (inner.includes('[')) throw new PatternError(`nested "[" at column ${i + 1}`);
      const alternatives = inner.split('|').map((alt) => alt.trim());
      if (alternatives.some((alt) => !alt)) throw new PatternError(`empty alternative in "[${inner}]"`);
      const branches = alternatives.map((alt) => {
        const words = alt.split(/\s+/).map((w) => w.replace(PUNCTUATION, '')).filter(Boolean);
        if (!words.length) throw new PatternError(`empty alternative in "[${inner}]"`);
        return sequence(words.map((w) => newAtom(parseAtom(w))));
      });
      let frag: Fragment = {
        first: branches.flatMap((b) => b.first),
        last: branches.flatMap((b) => b.last),
        nullable: branches.some((b) => b.nullable),
      };
      i = close + 1;
      if (text[i] === '?') {
        frag = { ...frag, nullable: true };
        i++;
      }
      terms.push(frag);
      kinds.push('term');
      continue;
    }
    if (ch === ']' || ch === '|') throw new PatternError(`unexpected "${ch}" at column ${i + 1}`);
    let j = i;
    while (j < text.length && !/[\s[\]|]/.test(text[j] as string)) j++;
    let word = text.slice(i, j);
    i = j;
    const optionalMark = word.length > 1 && word.endsWith('?');
    word = (optionalMark ? word.slice(0, -1) : word).replace(PUNCTUATION, '') + (optionalMark ? '?' : '');
    if (!word || word === '?') continue;
    const gap = /^~(\d+)$/.exec(word);
    if (gap) {
      const max = Number(gap[1]);
      if (max < 1 || max > MAX_GAP) throw new PatternError(`gap "${word}" must be ~1 to ~${MAX_GAP}`);
      const any: Fragment[] = [];
      for (let k = 0; k < max; k++) any.push({ ...newAtom({ kind: 'any', value: '', folded: '' }), nullable: true });
      terms.push(sequence(any));
      kinds.push('gap');
      continue;
    }
    let optional = false;
    if (word.endsWith('?')) {
      optional = true;
      word = word.slice(0, -1);
    }
    if (word.startsWith('~')) throw new PatternError(`"${word}" is not a gap (write ~1 to ~${MAX_GAP})`);
    const atom = parseAtom(word);
    const frag = newAtom(atom);
    terms.push(optional ? { ...frag, nullable: true } : frag);
    kinds.push('term');
  }
  if (kinds[0] === 'gap' || kinds[kinds.length - 1] === 'gap') throw new PatternError('a gap cannot start or end a pattern');
  const whole = sequence(terms);
  if (whole.nullable) throw new PatternError('the pattern can match nothing (every term is optional)');
  if (whole.first.some((p) => atoms[p]?.kind === 'any') || whole.last.some((p) => atoms[p]?.kind === 'any')) {
    throw new PatternError('a gap cannot start or end a pattern');
  }
  const last = atoms.map(() => false);
  for (const p of whole.last) last[p] = true;
  return { source: text, atoms, first: [...new Set(whole.first)], follow, last };
}
