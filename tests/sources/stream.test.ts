// Exports read a piece at a time give the units and errors of the same export parsed whole.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sourceParserFor } from '../../src/sources/index.js';
import { SourceFailure } from '../../src/sources/model.js';
import { StreamBail, sourceStreamFor } from '../../src/sources/stream.js';
import type { ParsedSource, Unit } from '../../src/sources/types.js';
import { anyExport, csvExport, jsonExport, jsonLinesExport } from '../helpers/exports.js';

/** Reads `text` as the engine does: pieces of `size` characters, the rest not yet done with handed back first. */
function streamed(name: string, text: string, size: number): ParsedSource | 'bail' {
  const stream = sourceStreamFor(name);
  if (!stream) throw new Error(`no stream for ${name}`);
  const out: ParsedSource = { units: [], errors: [] };
  let window = '';
  let base = 0;
  for (let at = 0; ; ) {
    const piece = text.slice(at, at + size);
    at += piece.length;
    const final = at >= text.length;
    window += piece;
    try {
      const consumed = stream.push(window, base, final, (p) => {
        out.units.push(...p.units);
        out.errors.push(...p.errors);
      });
      window = window.slice(consumed);
      base += consumed;
    } catch (err) {
      // A syntax error: reading the whole file gives that error alone.
      if (err instanceof SourceFailure) return { units: [], errors: [{ message: err.message, offset: err.offset }] };
      if (err instanceof StreamBail) return 'bail';
      throw err;
    }
    if (final) return out;
  }
}

const comparable = (parsed: ParsedSource) => ({
  units: parsed.units.map((u: Unit) => ({ ...u, toFile: Array.from({ length: u.text.length + 1 }, (_, i) => u.toFile(i)) })),
  // Messages are placed by offset; the order of errors found in different records does not matter.
  errors: [...parsed.errors].sort((a, b) => a.offset - b.offset),
});

function expectSame(name: string, raw: string, size: number): void {
  const text = raw.replace(/^\uFEFF/, ''); // decoding keeps a byte order mark out of the text
  const pieces = streamed(name, text, size);
  if (pieces === 'bail') return;
  expect(comparable(pieces)).toEqual(comparable(sourceParserFor(name)(text)));
}

describe('record by record, the same as whole', () => {
  test.each([
    ['JSON', jsonExport],
    ['JSON Lines', jsonLinesExport],
    ['CSV and TSV', csvExport],
  ])('%s, in pieces of any size', (_name, exports) => {
    fc.assert(
      fc.property(exports, fc.integer({ min: 1, max: 64 }), (e, size) => expectSame(e.name, e.text, size)),
      { numRuns: 300 },
    );
  });

  test('in one piece', () => {
    fc.assert(fc.property(anyExport, (e) => expectSame(e.name, e.text, e.text.length + 1)), { numRuns: 200 });
  });

  test('labels keep the real index, line and row', () => {
    const json = `{"count": 3, "macros": [{"title": "a", "content": 5}, {"title": "b", "content": 6}]}`;
    const jsonl = '\n{"title": "a", "content": 5}\n\n{"title": "b", "content": 6}\n';
    const csv = 'title,content\n\nb,\n';
    for (const [name, text] of [['m.json', json], ['m.jsonl', jsonl], ['m.csv', csv]] as const) {
      const pieces = streamed(name, text, 3);
      expect(pieces).not.toBe('bail');
      expect(comparable(pieces as ParsedSource)).toEqual(comparable(sourceParserFor(name)(text)));
    }
    const errors = (streamed('m.json', json, 3) as ParsedSource).errors.map((e) => e.message);
    expect(errors).toEqual(['$.macros[0].content: expected the reply text, found a number', '$.macros[1].content: expected the reply text, found a number']);
    expect((streamed('m.jsonl', jsonl, 3) as ParsedSource).errors.map((e) => e.message)).toEqual([
      'line 2 content: expected the reply text, found a number',
      'line 4 content: expected the reply text, found a number',
    ]);
  });

  test('an envelope that is a record itself, an i18n file or a duplicate key is read whole instead', () => {
    for (const text of [
      '{"name": "N", "content": [{"id": 1, "text": "calm down"}]}',
      '{"en": {"macros": [{"id": 1, "text": "calm down"}]}}',
      '{"macros": [{"id": 1, "text": "a"}], "macros": [{"id": 2, "text": "b"}]}',
    ]) {
      expect(streamed('x.json', text, 5)).toBe('bail');
    }
  });

  test('custom sources and other formats are read whole', () => {
    expect(sourceStreamFor('x.json', { sources: [{ files: '*.json', text: ['$.a'] }] })).toBeUndefined();
    for (const name of ['x.yaml', 'x.md', 'x.txt']) expect(sourceStreamFor(name)).toBeUndefined();
  });
});
