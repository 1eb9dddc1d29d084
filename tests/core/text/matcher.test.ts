import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/core/text/matcher.js';
import { compilePattern, PatternError, type CompiledPattern } from '../../../src/core/text/pattern.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

function find(pattern: string, text: string): string[] {
  const tokens = tokenize(text);
  const matcher = new Matcher([compilePattern(pattern)], [0]);
  return matcher.match(tokens).map((m) => text.slice(tokens[m.first]!.start, tokens[m.end - 1]!.end));
}

describe('token patterns', () => {
  it('matches words case-insensitively, with inflection by prefix', () => {
    expect(find('beruhig* [sie|du]? [sich|dich]', 'Bitte Beruhigen Sie sich.')).toEqual(['Beruhigen Sie sich']);
    expect(find('beruhig* [sie|du]? [sich|dich]', 'beruhige dich')).toEqual(['beruhige dich']);
  });

  it('reads typographic apostrophes as straight ones', () => {
    expect(find("there's nothing i can do", 'There’s nothing I can do.')).toEqual(['There’s nothing I can do']);
  });

  it('ignores diacritics only when the draft has none', () => {
    expect(find('nevaru darīt', 'Es neko nevaru darit.')).toEqual(['nevaru darit']);
    expect(find('nevaru darīt', 'Es neko nevaru darīt.')).toEqual(['nevaru darīt']);
    expect(find('sā', 'sa')).toEqual(['sa']);
    expect(find('sa', 'sā')).toEqual([]);
  });

  it('finds suffixes, infixes and numbers', () => {
    expect(find('*richtlinie', 'laut Firmenrichtlinie')).toEqual(['Firmenrichtlinie']);
    expect(find('*richtlinie*', 'die Unternehmensrichtlinien')).toEqual(['Unternehmensrichtlinien']);
    expect(find('within # [hours|days]', 'within 24 hours')).toEqual(['within 24 hours']);
  });

  it('bridges a bounded gap but never a sentence end', () => {
    expect(find('you ~2 calm down', 'You really need to calm down')).toEqual([]);
    expect(find('you ~3 calm down', 'You really need to calm down')).toEqual(['You really need to calm down']);
    expect(find('calm down', 'Keep calm. Down the road we go')).toEqual([]);
  });

  it('looks through placeholders', () => {
    const text = 'Calm {{ticket.requester.first_name}} down';
    const tokens = tokenize(text, [], [{ start: 5, end: 37 }]);
    const m = new Matcher([compilePattern('calm down')], [0]).match(tokens);
    expect(m).toHaveLength(1);
  });

  it('rejects patterns that cannot work', () => {
    for (const bad of ['', '[a|b', 'a ]', '[a||b]', '~2 a', 'a ~9 b', 'a? [b]?', '*', 'a*b']) {
      expect(() => compilePattern(bad), bad).toThrow(PatternError);
    }
  });
});

// A slow but obviously right reference: try every token range against a regular expression.
type Term = { alts: string[][]; optional: boolean } | { gap: number };
const VOCAB = ['a', 'ab', 'abc', 'b', 'ba', 'c'];

function atomRegex(atom: string): string {
  return atom.endsWith('*') ? `${atom.slice(0, -1)}[a-z]*` : atom;
}

function toRegex(terms: Term[]): RegExp {
  const parts = terms.map((t) => {
    if ('gap' in t) return `(?:[a-z]+ ){0,${t.gap}}`;
    const alt = t.alts.map((a) => a.map((w) => `${atomRegex(w)} `).join('')).join('|');
    return `(?:${alt})${t.optional ? '?' : ''}`;
  });
  return new RegExp(`^${parts.join('')}$`);
}

function toSource(terms: Term[]): string {
  return terms
    .map((t) => ('gap' in t ? `~${t.gap}` : `[${t.alts.map((a) => a.join(' ')).join('|')}]${t.optional ? '?' : ''}`))
    .join(' ');
}

/** The longest match at every start, by trying every token range against the pattern's regular expression. */
function reference(terms: Term[], compiled: CompiledPattern, words: string[]): number[][] {
  const re = toRegex(terms);
  const want: number[][] = [];
  for (let i = 0; i < words.length; i++) {
    let best = 0;
    for (let j = i + 1; j <= Math.min(words.length, i + 40); j++) if (re.test(words.slice(i, j).map((w) => `${w} `).join(''))) best = j;
    // The reference also accepts matches that start inside a leading gap; patterns may not start with one.
    if (best && compiled.first.some((p) => compiled.atoms[p]!.kind !== 'any')) want.push([i, best]);
  }
  return want;
}

const atom = fc.oneof(fc.constantFrom(...VOCAB), fc.constantFrom('ab*', 'ba*', 'abc*'));
const term: fc.Arbitrary<Term> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ alts: fc.array(fc.array(atom, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), optional: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ gap: fc.integer({ min: 1, max: 2 }) }) },
);

describe('matcher against a brute-force reference', () => {
  it('finds the longest match at every start, nothing more and nothing less', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...VOCAB), { maxLength: 25 }), (terms, words) => {
        let compiled;
        try {
          compiled = compilePattern(toSource(terms));
        } catch (err) {
          fc.pre(!(err instanceof PatternError));
          throw err;
        }
        const text = words.join(' ');
        const tokens = tokenize(text);
        const got = new Matcher([compiled], [0]).match(tokens).map((m) => [m.first, m.end]);
        expect(got).toEqual(reference(terms, compiled, words));
      }),
      { numRuns: 400 },
    );
  });

  it('takes time linear in the text on adversarial near-matches', () => {
    const patterns = ['a a a a a a a a b', 'a ~6 a ~6 b', '[a|a a|a a a]? aa* b'].map(compilePattern);
    const matcher = new Matcher(patterns, [0, 1, 2]);
    const text = 'a '.repeat(200_000);
    const tokens = tokenize(text);
    // Bounded work per word: 200k words of near-matches finish and find nothing.
    expect(matcher.match(tokens)).toEqual([]);
  });
});

// Long lists of alternatives take other paths in the matcher's index (one shared set of next words), and
// one matcher serves a whole run: what a pair of words opens is remembered across replies.
const WIDE_VOCAB = 'da de di do du ka ke ki ko ku ma me mi mo mu na ne ni no nu'.split(' ');
const wideTerm = fc.oneof(
  { weight: 3, arbitrary: fc.record({ alts: fc.uniqueArray(fc.constantFrom(...WIDE_VOCAB), { minLength: 1, maxLength: 16 }).map((ws) => ws.map((w) => [w])), optional: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ gap: fc.integer({ min: 1, max: 2 }) }) },
) as fc.Arbitrary<Term>;

describe('one matcher for many patterns and many replies', () => {
  it('finds in every reply the longest match of every pattern at every start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(wideTerm, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(fc.constantFrom(...WIDE_VOCAB), { maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        (patternTerms, texts) => {
          const patterns = patternTerms.flatMap((terms) => {
            try {
              return [{ terms, compiled: compilePattern(toSource(terms)) }];
            } catch (err) {
              if (err instanceof PatternError) return [];
              throw err;
            }
          });
          fc.pre(patterns.length > 0);
          const shared = new Matcher(patterns.map((p) => p.compiled), patterns.map((_, k) => k));
          for (const words of texts) {
            const got = shared.match(tokenize(words.join(' '))).map((m) => [m.key, m.first, m.end]);
            const want = patterns.flatMap((p, k) => reference(p.terms, p.compiled, words).map(([first, end]) => [k, first!, end!]));
            const order = (a: number[], b: number[]) => a[1]! - b[1]! || a[0]! - b[0]!;
            expect(got.sort(order)).toEqual(want.sort(order));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
