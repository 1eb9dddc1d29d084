import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { foldDiacritics, normalizeWord } from '../../../src/core/text/normalize.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('keeps accents, Baltic letters and inner apostrophes and hyphens inside words', () => {
    expect(words('Atvainojos, ka sūtījums kavējas – it’s a follow-up, dell’ordine!')).toEqual([
      'Atvainojos', 'ka', 'sūtījums', 'kavējas', 'it’s', 'a', 'follow-up', 'dell’ordine',
    ]);
    expect(words('Atsiprašau už vėlavimą; Ärger mit „Lieferung“')).toEqual(['Atsiprašau', 'už', 'vėlavimą', 'Ärger', 'mit', 'Lieferung']);
  });

  it('skips emoji and reports UTF-16 offsets after astral characters', () => {
    const text = 'Thanks 🙂 calm down';
    const t = tokenize(text);
    expect(t.map((x) => x.word.norm)).toEqual(['thanks', 'calm', 'down']);
    expect(text.slice(t[1]!.start, t[2]!.end)).toBe('calm down');
  });

  it('ends sentences at . ! ? and line breaks, not at decimals or wrapped lines', () => {
    const t = tokenize('Price 12.99 today. Next!\r\nNew line\n\nPara');
    const groups = t.map((x) => x.sentence).map((s, i, all) => all.indexOf(s) === i ? 'new' : 'same');
    expect(t.map((x) => x.word.norm)).toEqual(['price', '12', '99', 'today', 'next', 'new', 'line', 'para']);
    expect(groups).toEqual(['new', 'same', 'same', 'same', 'new', 'new', 'same', 'new']);
    const wrapped = tokenize('I understand how frustrating it is when the order does not\narrive on time');
    expect(new Set(wrapped.map((x) => x.sentence)).size).toBe(1);
  });

  it('does not end a sentence at ordinals and abbreviations', () => {
    const t = tokenize('Ich habe das Zimmer auf den 12. Oktober umgebucht, z. B. für Sie. Neu');
    expect(new Set(t.slice(0, -1).map((x) => x.sentence)).size).toBe(1);
    expect(t[t.length - 1]!.sentence).not.toBe(t[0]!.sentence);
  });

  it('leaves skipped spans out and breaks the sentence there', () => {
    const text = 'calm > quoted text\ndown';
    const t = tokenize(text, [{ start: 5, end: 19 }]);
    expect(t.map((x) => [x.word.norm, x.sentence])).toEqual([['calm', 0], ['down', 1]]);
  });

  it('normalises case, apostrophes and diacritics', () => {
    expect(normalizeWord('Can’T')).toBe("can't");
    expect(foldDiacritics('sūtījums')).toBe('sutijums');
    expect(foldDiacritics('straße')).toBe('strasse');
    expect(foldDiacritics('šiandien')).toBe('siandien');
  });

  // Known words are found again by their characters in a bounded table: whatever was read before, with
  // hash collisions and the table emptied when full, every word gets its own forms.
  it('gives each word its forms, and one id to the words of one norm, across many texts (property)', () => {
    const part = fc.array(fc.constantFrom(...'aAbBšŠéÉ'.split('')), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    // Letters, with an apostrophe (straight or typographic) or a hyphen between them.
    const word = fc.tuple(part, fc.option(fc.tuple(fc.constantFrom("'", '’', '-'), part))).map(([a, rest]) => (rest ? a + rest[0] + rest[1] : a));
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 8 }), (texts) => {
        const ids = new Map<string, number>();
        for (const ws of texts) {
          const text = ws.join(' ');
          const tokens = tokenize(text);
          expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(ws);
          tokens.forEach((t, k) => {
            expect(t.word.norm).toBe(normalizeWord(ws[k]!));
            expect(t.word.folded).toBe(foldDiacritics(t.word.norm));
            const id = ids.get(t.word.norm);
            if (id === undefined) ids.set(t.word.norm, t.word.id);
            else expect(t.word.id).toBe(id);
          });
        }
        // Ids tell norms apart.
        expect(new Set(ids.values()).size).toBe(ids.size);
      }),
      { numRuns: 200 },
    );
  });

  it('reads more distinct words than it keeps, and still gives each its forms', () => {
    const ws = Array.from({ length: 120_000 }, (_, k) => `w${k.toString(36)}É`);
    const text = ws.join(' ');
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(ws.length);
    expect(tokens.every((t, k) => t.word.norm === normalizeWord(ws[k]!) && t.word.folded === foldDiacritics(t.word.norm))).toBe(true);
    const again = tokenize(text);
    expect(again.every((t, k) => t.word.norm === tokens[k]!.word.norm)).toBe(true);
  });
});
