// Word normalisation: what "the same word" means for matching.

const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4\u2032]/g;
const COMBINING_MARKS = /\p{M}/gu;

/** Lower case with every apostrophe-like character read as a straight apostrophe. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return isAscii(lower) ? lower : lower.replace(APOSTROPHES, "'");
}

/** Most words in most drafts are plain ASCII: they need no Unicode work at all. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

// Letters whose base letter NFD cannot reach because they are not composed with a mark.
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ı: 'i' };
const EXTRA_FOLD_TEST = /[ßøđłæœı]/;
const EXTRA_FOLD_RE = /[ßøđłæœı]/g;

/** The word without diacritics ("rāmi" -> "rami"), for drafts typed on keyboards without them. */
export function foldDiacritics(normalized: string): string {
  if (isAscii(normalized)) return normalized;
  let folded = normalized.normalize('NFD').replace(COMBINING_MARKS, '');
  if (EXTRA_FOLD_TEST.test(folded)) folded = folded.replace(EXTRA_FOLD_RE, (c) => EXTRA_FOLDS[c] ?? c);
  return folded;
}
