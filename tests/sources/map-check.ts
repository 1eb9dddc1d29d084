// Shared checks for source maps: where a unit may be cut, and that raw slices decode to the text slices.

import { expect } from 'vitest';
import type { Unit } from '../../src/sources/types.js';

const isLow = (c: string | undefined) => c !== undefined && c >= '\udc00' && c <= '\udfff';

/** The character at `i` is copied from the file, not produced by an escape, entity or fold. */
export function literal(raw: string, unit: Unit, i: number): boolean {
  return raw[unit.toFile(i)] === unit.text[i];
}

/**
 * Offsets where a slice may start or end without cutting an escape. Lenient: the next character is literal
 * (JSON, CSV). Strict: both neighbours are literal, non-blank and adjacent in the file (YAML folding and
 * HTML block breaks depend on the whitespace around a cut, so slices there are cut inside a run of text).
 */
export function cutPoints(raw: string, unit: Unit, strict: boolean): number[] {
  const { text } = unit;
  const cuts: number[] = [];
  const ok = (i: number) => literal(raw, unit, i) && (!strict || /\S/.test(text[i] as string));
  for (let i = 0; i <= text.length; i++) {
    if (isLow(text[i]) && i > 0) continue; // never split a surrogate pair
    if (!strict) {
      if (i === 0 || i === text.length || ok(i)) cuts.push(i);
      continue;
    }
    const before = i === 0 || ok(i - 1);
    const after = i === text.length || ok(i);
    const adjacent = i === 0 || i === text.length || unit.toFile(i) === unit.toFile(i - 1) + 1;
    if (i === 0 && !ok(0)) continue;
    if (i === text.length && !ok(text.length - 1)) continue;
    if (before && after && adjacent) cuts.push(i);
  }
  return cuts;
}

export function expectMonotonic(unit: Unit): void {
  for (let i = 1; i <= unit.text.length; i++) expect(unit.toFile(i)).toBeGreaterThanOrEqual(unit.toFile(i - 1));
}

/** For every pair of cut points (or `pairs` chosen ones), decode(raw slice) equals the text slice. */
export function expectSlicesDecode(raw: string, unit: Unit, decode: (slice: string, from: number) => string, strict: boolean, pairs?: [number, number][]): void {
  const cuts = cutPoints(raw, unit, strict);
  const chosen: [number, number][] = [];
  if (pairs) {
    if (cuts.length < 2) return;
    for (const [x, y] of pairs) {
      const a = cuts[x % cuts.length] as number;
      const b = cuts[y % cuts.length] as number;
      chosen.push(a <= b ? [a, b] : [b, a]);
    }
  } else for (const a of cuts) for (const b of cuts) if (a <= b) chosen.push([a, b]);
  for (const [a, b] of chosen) {
    const from = unit.toFile(a);
    const slice = raw.slice(from, unit.toFile(b));
    expect({ a, b, slice, decoded: decode(slice, from) }).toEqual({ a, b, slice, decoded: unit.text.slice(a, b) });
  }
}
