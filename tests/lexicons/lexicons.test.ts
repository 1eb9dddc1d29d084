// Every example and counter-example of every built-in lexicon, and the realistic drafts of each language.

import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { compileLanguage } from '../../dist/core/lexicon/compile.js';
import { storedStartsOf } from '../../dist/core/lexicon/encode.js';
import { tokenize } from '../../dist/core/text/tokenize.js';
import { loadAllBuiltin, loadBuiltinIndex } from '../../dist/engine/builtin.js';
import { loadLexiconFolders } from '../../dist/engine/lexicon-files.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with scripts/check-lexicon.mjs
import { draftFailures, readDrafts } from '../../scripts/lexicon-drafts.mjs';
import { formatIssue } from '../../src/core/lexicon/types.js';

const index = loadBuiltinIndex();
const root = new URL('../../', import.meta.url).pathname;
// The lexicons as their YAML reads, the way a team file's are prepared: their start index is made from the patterns.
const sources = loadLexiconFolders(`${root}lexicons/`, root);
const built = { issues: index.issues, lexicons: loadAllBuiltin() };
const folders = readdirSync(new URL('../../lexicons/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('built-in lexicons', () => {
  it('are valid, and every example matches at its marked span and no counter-example matches', () => {
    expect(built.issues.map(formatIssue)).toEqual([]);
  });

  for (const lang of folders) {
    describe(lang, () => {
      const lexicon = built.lexicons.find((l) => l.language === lang)!;

      it('covers every category with enough entries, and every element', () => {
        expect(lexicon, `${lang} did not build`).toBeDefined();
        const avoid = lexicon.entries.filter((e) => e.category);
        expect(avoid.length).toBeGreaterThanOrEqual(lang === 'en' ? 60 : 40);
        const categories = new Set(avoid.map((e) => e.category));
        for (const c of ['dismissive', 'blame', 'refusal', 'policy', 'no-time', 'patronizing', 'overpromise']) {
          expect(categories, `${lang} has no ${c} entry`).toContain(c);
        }
        const elements = new Set(lexicon.entries.map((e) => e.element).filter(Boolean));
        for (const e of ['apology', 'acknowledgement', 'thanks', 'next-step', 'timeframe', 'closing']) {
          expect(elements, `${lang} has no ${e} pattern`).toContain(e);
          expect(lexicon.missing[e as keyof typeof lexicon.missing]?.length, `${lang} has no rewrite for a missing ${e}`).toBeGreaterThan(0);
        }
      });

      it('has 1-3 rewrites for every phrase to avoid', () => {
        for (const e of lexicon.entries.filter((x) => x.category)) {
          expect(e.suggestions.length, e.id).toBeGreaterThanOrEqual(1);
          expect(e.suggestions.length, e.id).toBeLessThanOrEqual(3);
        }
      });

      it('finds exactly the expected phrases and missing elements in realistic drafts', () => {
        const drafts = readDrafts(new URL(`./drafts/${lang}.yaml`, import.meta.url).pathname);
        expect(drafts.length).toBeGreaterThanOrEqual(20);
        expect(draftFailures(lexicon, drafts)).toEqual([]);
      });

      it('finds the same with the start index stored at build time as with one made from the patterns', () => {
        // A copy of the lexicon carries no stored index; the lexicon read from its YAML, as a team file's is, neither.
        expect(storedStartsOf(lexicon)).toBeDefined();
        expect(storedStartsOf({ ...lexicon })).toBeUndefined();
        const fromSources = sources.lexicons.find((l: { language: string }) => l.language === lang)!;
        const stored = compileLanguage(lexicon).matcher;
        const made = compileLanguage(fromSources).matcher;
        const same = (text: string) => expect(stored.match(tokenize(text)), text).toEqual(made.match(tokenize(text)));
        const drafts = readDrafts(new URL(`./drafts/${lang}.yaml`, import.meta.url).pathname).map((d: { text: string }) => d.text);
        const texts = [...lexicon.entries.flatMap((e) => [...e.examples, ...e.counterExamples]).map((t) => t.replace(/[[\]]/g, '')), ...drafts];
        texts.forEach(same);
        // Phrases and words of the lexicon in new orders, where patterns start and die at every word.
        const words = [...new Set(texts.flatMap((t) => t.split(/\s+/)))];
        const piece = fc.oneof(fc.constantFrom(...texts), fc.constantFrom(...words));
        const drafted = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(' '));
        fc.assert(
          fc.property(drafted, (text) => {
            same(text);
          }),
          { numRuns: 200 },
        );
      });
    });
  }
});
