// The quick first opinion on a reply's language: words that occur in one supported language only.
// Most support replies are long enough to be told this way in microseconds; the rest go to franc.

import type { Token } from '../text/tokenize.js';

/** Signature word (lower case) -> its language, prepared at build time from stopword lists. */
export type SignatureOwners = Readonly<Record<string, string>>;

// A language is chosen only with this many signature words and this lead over the runner-up.
const MIN_HITS = 4;
const MIN_LEAD = 3;

export class SignatureDetector {
  /** @param owners a table without a prototype, so that no word finds an inherited member. */
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
    for (const t of tokens) {
      const lang = this.owners[t.norm] ?? (t.plain ? this.owners[t.folded] : undefined);
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
