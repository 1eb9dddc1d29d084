// Splits a reply into words with their offsets and sentence numbers; the matcher sees only these.

import { foldDiacritics, normalizeWord } from './normalize.js';
import type { Span } from '../types.js';

/**
 * A distinct word (by its `norm`, which decides how every pattern reads it), shared by its tokens. Holds the
 * note the last matcher made of it, so finding that again is a property read rather than a map lookup.
 */
export interface Word {
  /** Never reused, so what a matcher remembers of a word forgotten here is not taken for another. */
  id: number;
  /** Lower case, straight apostrophes. */
  norm: string;
  /** `norm` without diacritics. */
  folded: string;
  /** True when the draft's word has no diacritics (then patterns ignore theirs). */
  plain: boolean;
  isNumber: boolean;
  /** Which matcher wrote `note` (-1: none). */
  noteBy: number;
  note: unknown;
  /** The language the word is a signature word of (null: none), as looked up by the table `signatureBy`. */
  signatureBy: unknown;
  signature: string | null;
}

/** A word where it occurs. Its forms are on the shared `word`: a token is four fields, and a run makes millions. */
export interface Token {
  /** The distinct word: one object (and id) for every token with this `norm`. */
  word: Word;
  start: number;
  end: number;
  sentence: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGITS = /^\p{N}+$/u;

/** Whether a normalised word is a number (Word.isNumber). */
export const isNumberWord = (norm: string): boolean => DIGITS.test(norm);
// . ! ? … 。 ！ ？
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
// ' ’ ‘ ʼ - ‐ and the soft hyphen join the parts of a word.
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 45 || c === 0x2010 || c === 0xad;
const CLOSERS = /[\s"'”’»)\]*_]/u;

// A full stop after these does not end a sentence: ordinals ("am 3. Mai"), initials and abbreviations.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'nr', 'vs', 'approx', 'z', 'b', 'bzw', 'ca', 'usw', 'evtl', 'ggf',
  'inkl', 'vgl', 'str', 'tel', 'sig', 'el', 'plkst', 'pvz', 'dott', 'ecc', 'pvz', 'pvm', 'nt', 'pl', 'plk', 'utt', 'u.c', 'k.a', 'jne',
]);

function endsSentence(tokens: readonly Token[], sentence: number, text: string, at: number): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.sentence !== sentence || last.end !== at) return true;
  if (last.word.isNumber && last.word.norm.length <= 2) return false;
  return !(ABBREVIATIONS.has(last.word.norm) || (last.end - last.start === 1 && /\p{Lu}/u.test(text[last.start] as string)));
}

// A wrapped e-mail line (long, continued in lower case) is one sentence; other line breaks end one.
const WRAP_MIN_LINE = 40;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i] as string) || (c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2)));
}

// Replies repeat a few thousand words: each is normalised once, and found again by its characters in an
// open-addressing table, without cutting the word out of the text. Bounded, so memory stays flat.
const MAX_CACHED_WORDS = 50_000;
const SLOTS = 1 << 17;
// Entry k is stored as k + 1, so a new table is all zeros and needs no filling.
const slots = new Int32Array(SLOTS);
const hashes: number[] = [];
const raws: string[] = [];
const forms: Word[] = [];
const norms = new Map<string, Word>();
// Ids are never reused, so a matcher's memory of a word forgotten here cannot be taken for another word.
let nextId = 0;

function formsOf(raw: string): Word {
  const norm = normalizeWord(raw);
  let word = norms.get(norm);
  if (!word) {
    const folded = foldDiacritics(norm);
    word = { id: nextId++, norm, folded, plain: folded === norm, isNumber: isNumberWord(norm), noteBy: -1, note: undefined, signatureBy: undefined, signature: null };
    norms.set(norm, word);
  }
  return word;
}

function sameAt(text: string, start: number, raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (text.charCodeAt(start + k) !== raw.charCodeAt(k)) return false;
  return true;
}

/** The word `text.slice(start, end)`, whose characters hash to `h`. */
function wordAt(text: string, start: number, end: number, h: number): Word {
  let slot = h & (SLOTS - 1);
  for (let e = (slots[slot] as number) - 1; e >= 0; e = (slots[slot] as number) - 1) {
    if (hashes[e] === h) {
      const raw = raws[e] as string;
      if (raw.length === end - start && sameAt(text, start, raw)) return forms[e] as Word;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (raws.length >= MAX_CACHED_WORDS) {
    slots.fill(0);
    hashes.length = raws.length = forms.length = 0;
    norms.clear();
    slot = h & (SLOTS - 1);
  }
  // A copy: a slice of 13 characters or more would keep the whole text (often a whole file) alive in the table.
  const raw = end - start < 13 ? text.slice(start, end) : ` ${text.slice(start, end)}`.slice(1);
  const word = formsOf(raw);
  slots[slot] = raws.length + 1;
  hashes.push(h);
  raws.push(raw);
  forms.push(word);
  return word;
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Tokenises `text`. Words inside `skip` spans (quoted customer text, code, placeholders) are left out;
 * skipped text other than a placeholder also ends the sentence, so no match spans across it.
 */
export function tokenize(text: string, skip: readonly Span[] = [], transparent: readonly Span[] = []): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lineStart = 0;
  let skipIdx = 0;
  let transIdx = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (skipIdx < skip.length && (skip[skipIdx] as Span).end <= i) skipIdx++;
    const s = skip[skipIdx];
    if (s && s.start <= i) {
      i = s.end;
      sentence++;
      continue;
    }
    while (transIdx < transparent.length && (transparent[transIdx] as Span).end <= i) transIdx++;
    const t = transparent[transIdx];
    if (t && t.start <= i) {
      i = t.end;
      continue;
    }
    const c = text.charCodeAt(i);
    // The commonest character, once the spans are passed.
    if (c === 32) {
      i++;
      continue;
    }
    if (isWordChar(text, i)) {
      const start = i;
      // The word's characters are hashed as they are read, to find it among the words known.
      let h = c;
      i++;
      while (i < n) {
        if (isWordChar(text, i) || (isJoiner(text.charCodeAt(i)) && i + 1 < n && isWordChar(text, i + 1))) {
          h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
          i++;
        } else break;
      }
      const word = wordAt(text, start, i, h);
      tokens.push({ word, start, end: i, sentence });
      continue;
    }
    if (isSentenceEnd(c)) {
      const next = text[i + 1];
      if ((next === undefined || CLOSERS.test(next)) && (c !== 46 || endsSentence(tokens, sentence, text, i))) sentence++;
    } else if (c === 10) {
      const lineLength = i - lineStart;
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      const wrapped = lineLength >= WRAP_MIN_LINE && isLower(text[j]);
      if (!wrapped) sentence++;
      lineStart = i + 1;
    }
    i++;
  }
  return tokens;
}
