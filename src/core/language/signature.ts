// The quick first opinion on a reply's language: words that occur in one supported language only.
// Most support replies are long enough to be told this way in microseconds; the rest go to franc.

import { LineTable } from '../text/sorted-lines.js';
import type { Token } from '../text/tokenize.js';

/**
 * Signature words and their languages as lines of `word<TAB>language`, sorted by word, prepared at build
 * time from stopword lists. Start-up keeps it as one string: a table of ~20,000 words would cost more to
 * build than most runs spend looking words up.
 */
export type SignatureTable = string;

/**
 * The language a word is a signature of, by binary search over the table's lines. Each distinct word is
 * looked up once: the detector notes the answer on the word (Word.signature).
 */
export class SignatureOwners {
  private readonly table: LineTable;

  constructor(table: SignatureTable) {
    this.table = new LineTable(table);
  }

  owner(word: string): string | undefined {
    return this.table.get(word);
  }
}

// A language is chosen only with this many signature words and this lead over the runner-up.
const MIN_HITS = 4;
const MIN_LEAD = 3;

export class SignatureDetector {
  constructor(private readonly owners: SignatureOwners) {}

  /** The language, or undefined when the words do not make it clear. */
  detect(tokens: readonly Token[]): string | undefined {
    const { best, top, second } = this.count(tokens);
    return top >= MIN_HITS && top >= MIN_LEAD * second ? best : undefined;
  }

  /** The only language with signature words in the text, however few; undefined when none or several. */
  lean(tokens: readonly Token[]): string | undefined {
    const { best, top, second } = this.count(tokens);
    return top >= 2 && second === 0 ? best : undefined;
  }

  private count(tokens: readonly Token[]): { best?: string; top: number; second: number } {
    const hits = new Map<string, number>();
    const owners = this.owners;
    for (const t of tokens) {
      // The answer is noted on the word: replies repeat their words, and a note is cheaper than a lookup.
      const word = t.word;
      if (word.signatureBy !== owners) {
        // Signature words are letters (scripts/signatures.mjs): the many order and ticket numbers of a run are
        // never looked up.
        word.signature = word.isNumber ? null : owners.owner(word.norm) ?? null;
        word.signatureBy = owners;
      }
      const lang = word.signature;
      if (!lang) continue;
      const n = (hits.get(lang) ?? 0) + 1;
      hits.set(lang, n);
      // Twelve signature words of one language and none of another: the rest of the reply cannot change it.
      if (n >= 12 && hits.size === 1) break;
    }
    let best: string | undefined;
    let top = 0;
    let second = 0;
    for (const [lang, n] of hits) {
      if (n > top) {
        second = top;
        top = n;
        best = lang;
      } else if (n > second) second = n;
    }
    return { best, top, second };
  }
}
