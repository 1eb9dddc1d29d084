// Splits a reply into words with their offsets and sentence numbers; the matcher sees only these.

import { foldDiacritics, normalizeWord } from './normalize.js';
import type { Span } from '../types.js';

export interface Token {
  /** Equal for words with one `norm` (which decides how every pattern reads them). */
  id: number;
  start: number;
  end: number;
  /** Lower case, straight apostrophes. */
  norm: string;
  /** `norm` without diacritics. */
  folded: string;
  /** True when the draft's word has no diacritics (then patterns ignore theirs). */
  plain: boolean;
  isNumber: boolean;
  sentence: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGITS = /^\p{N}+$/u;
const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？']);
const JOINERS = new Set(["'", '’', '‘', 'ʼ', '-', '‐', '\u00AD']);
const CLOSERS = /[\s"'”’»)\]*_]/u;

// A full stop after these does not end a sentence: ordinals ("am 3. Mai"), initials and abbreviations.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'nr', 'vs', 'approx', 'z', 'b', 'bzw', 'ca', 'usw', 'evtl', 'ggf',
  'inkl', 'vgl', 'str', 'tel', 'sig', 'el', 'plkst', 'pvz', 'dott', 'ecc', 'pvz', 'pvm', 'nt', 'pl', 'plk', 'utt', 'u.c', 'k.a', 'jne',
]);

function endsSentence(tokens: readonly Token[], sentence: number, text: string, at: number): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.sentence !== sentence || last.end !== at) return true;
  if (last.isNumber && last.norm.length <= 2) return false;
  return !(ABBREVIATIONS.has(last.norm) || (last.end - last.start === 1 && /\p{Lu}/u.test(text[last.start] as string)));
}

// A wrapped e-mail line (long, continued in lower case) is one sentence; other line breaks end one.
const WRAP_MIN_LINE = 40;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i] as string) || (c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2)));
}

interface WordForms {
  id: number;
  norm: string;
  folded: string;
  plain: boolean;
  isNumber: boolean;
}

// Replies repeat a few thousand words: each is normalised once, and found again by its characters in an
// open-addressing table, without cutting the word out of the text. Bounded, so memory stays flat.
const MAX_CACHED_WORDS = 50_000;
const SLOTS = 1 << 17;
const slots = new Int32Array(SLOTS).fill(-1);
const hashes: number[] = [];
const raws: string[] = [];
const forms: WordForms[] = [];
const norms = new Map<string, WordForms>();
// Ids are never reused, so a matcher's memory of a word forgotten here cannot be taken for another word.
let nextId = 0;

function formsOf(raw: string): WordForms {
  const norm = normalizeWord(raw);
  let word = norms.get(norm);
  if (!word) {
    const folded = foldDiacritics(norm);
    word = { id: nextId++, norm, folded, plain: folded === norm, isNumber: DIGITS.test(norm) };
    norms.set(norm, word);
  }
  return word;
}

/** The forms of the word `text.slice(start, end)`. */
function wordAt(text: string, start: number, end: number): WordForms {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  let slot = h & (SLOTS - 1);
  for (let e = slots[slot] as number; e >= 0; e = slots[slot] as number) {
    if (hashes[e] === h) {
      const raw = raws[e] as string;
      if (raw.length === end - start && text.startsWith(raw, start)) return forms[e] as WordForms;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (raws.length >= MAX_CACHED_WORDS) {
    slots.fill(-1);
    hashes.length = raws.length = forms.length = 0;
    norms.clear();
    slot = h & (SLOTS - 1);
  }
  const raw = text.slice(start, end);
  const word = formsOf(raw);
  slots[slot] = raws.length;
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
    const ch = text[i] as string;
    if (isWordChar(text, i)) {
      const start = i;
      i++;
      while (i < n) {
        if (isWordChar(text, i)) i++;
        else if (JOINERS.has(text[i] as string) && i + 1 < n && isWordChar(text, i + 1) && i > start) i += 1;
        else break;
      }
      const word = wordAt(text, start, i);
      tokens.push({ id: word.id, start, end: i, norm: word.norm, folded: word.folded, plain: word.plain, isNumber: word.isNumber, sentence });
      continue;
    }
    if (SENTENCE_END.has(ch)) {
      const next = text[i + 1];
      if ((next === undefined || CLOSERS.test(next)) && (ch !== '.' || endsSentence(tokens, sentence, text, i))) sentence++;
    } else if (ch === '\n') {
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
