import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TextBuilder, compose, piecewise, type Decoded } from '../../src/sources/offset-map.js';

/** Decodes `raw` with random operations: copy a run, or emit text for an "escape" spanning some raw chars. */
function build(raw: string, ops: [boolean, number, string][]): Decoded {
  const b = new TextBuilder(0);
  let i = 0;
  for (const [copy, n, text] of ops) {
    const end = Math.min(raw.length, i + n);
    if (copy) b.copy(raw, i, end);
    else b.emit(text, i, end);
    i = end;
  }
  return b.finish(i);
}

const ops = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 6 }), fc.string({ minLength: 1, maxLength: 3 })), { maxLength: 25 });

describe('offset maps', () => {
  test('piecewise maps interpolate between breakpoints and clamp outside the text', () => {
    const map = piecewise([0, 3, 4], [10, 20, 20], 6);
    expect([-1, 0, 2, 3, 4, 5, 6, 9].map(map)).toEqual([10, 10, 12, 20, 20, 21, 22, 22]);
  });

  test('a builder merges contiguous copies: one breakpoint for a long verbatim value', () => {
    const raw = 'x'.repeat(1000);
    const b = new TextBuilder(0);
    for (let i = 0; i < 1000; i += 10) b.copy(raw, i, i + 10);
    const d = b.finish();
    expect(d.text).toBe(raw);
    expect(d.map(999)).toBe(999);
    expect(d.map(1000)).toBe(1000);
  });

  test('copied characters map to themselves, emitted ones to where their escape starts', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 60 }), ops, (raw, list) => {
        const d = build(raw, list);
        let i = 0;
        let t = 0;
        for (const [copy, n, text] of list) {
          const end = Math.min(raw.length, i + n);
          if (copy) for (let k = i; k < end; k++, t++) expect(d.map(t)).toBe(k);
          else for (let k = 0; k < text.length; k++, t++) expect(d.map(t)).toBe(i);
          i = end;
        }
        expect(d.map(d.text.length)).toBe(i);
      }),
    );
  });

  test('flattened composition equals applying both maps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), ops, ops, (raw, outerOps, innerOps) => {
        const outer = build(raw, outerOps);
        const inner = build(outer.text, innerOps);
        const flat = compose(outer.map, inner.map);
        for (let i = -1; i <= inner.text.length + 1; i++) expect(flat(i)).toBe(outer.map(inner.map(i)));
      }),
      { numRuns: 500 },
    );
  });
});
