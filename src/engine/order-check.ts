// The English order check behind orderOnly entries, with compromise loaded the first time it is needed.

import { createRequire } from 'node:module';
import type { OrderCheck } from '../core/language/english.js';

interface VerbJson {
  offset: { start: number; length: number };
}
interface Verbs {
  forEach(fn: (verb: { json(o: object): VerbJson[]; subjects(): { text(): string } }) => void): void;
}
type Nlp = (text: string) => { verbs(): Verbs };

let nlp: Nlp | undefined;
/** How often compromise was loaded in this process (0 or 1), for the cost report in tests. */
export let compromiseLoads = 0;

const READER = new Set(['', 'you', 'yourself', 'u', 'ya']);

// compromise takes about half a second to load, so only drafts with an ambiguous candidate pay for it.
function load(): Nlp {
  if (!nlp) {
    nlp = createRequire(import.meta.url)('compromise') as Nlp;
    compromiseLoads++;
  }
  return nlp;
}

export const isOrderToReader: OrderCheck = (sentence, start, end) => {
  let verdict = true;
  load()(sentence)
    .verbs()
    .forEach((verb) => {
      const { offset } = verb.json({ offset: true })[0]!;
      if (offset.start < end && start < offset.start + offset.length) {
        const subject = verb.subjects().text().trim().toLowerCase().replace(/['’](ll|d|ve|re)$/, '');
        verdict = READER.has(subject);
      }
    });
  return verdict;
};
