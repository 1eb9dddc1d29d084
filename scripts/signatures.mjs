// Build step helper: the signature words of each lexicon language, for quick language detection.
// A word is a signature of a language when it is a stopword or a pattern word of that language and of
// no other Latin-script language we know stopwords for (so a French reply never looks Italian).
import { createRequire } from 'node:module';

const stopwords = createRequire(import.meta.url)('stopwords-iso');
const LATIN = /^[\p{Script=Latin}'’-]+$/u;
const OTHERS = ['af', 'ca', 'cs', 'da', 'de', 'en', 'eo', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'gl', 'hr', 'hu', 'id', 'it', 'la', 'lt', 'lv', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'so', 'sv', 'sw', 'tl', 'tr', 'zu'];

const norm = (w) => w.toLowerCase().replace(/[’‘]/g, "'");
const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '');

export function signatures(lexicons) {
  const words = new Map(); // lang -> Set
  const owners = new Map(); // word -> Set of langs (stopwords of every language, pattern words of ours)
  const add = (lang, word, own) => {
    const w = norm(word);
    if (w.length < 2 || !LATIN.test(w)) return;
    for (const form of new Set([w, fold(w)])) {
      if (!owners.has(form)) owners.set(form, new Set());
      owners.get(form).add(lang);
    }
    if (own) words.get(lang).add(w);
  };
  for (const l of lexicons) words.set(l.language, new Set());
  for (const lang of new Set([...OTHERS, ...lexicons.map((l) => l.language)])) {
    for (const w of stopwords[lang] ?? []) add(lang, w, words.has(lang));
  }
  for (const l of lexicons) {
    for (const list of l.patterns) for (const p of list) for (const a of p.atoms) if (a.kind === 'word' && a.value.length >= 3) add(l.language, a.value, true);
  }
  const result = {};
  for (const [lang, set] of words) {
    result[lang] = [...set].filter((w) => owners.get(w)?.size === 1 && owners.get(fold(w))?.size === 1).sort();
  }
  return result;
}
