// --fix edits as data: whatever the fixes, placeholders survive, edits never overlap, the rest is untouched.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import type { Message } from '../../src/core/report.js';

const piece = fc.constantFrom('Kindly note', ' ', '{{ticket.id}}', 'Grüße', '🙂', '\r\n', '"', 'calm down', '%name%', '.');

function message(offset: number, endOffset: number, text: string, actual: string): Message {
  return {
    ruleId: 'avoid-phrase', severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1,
    offset, endOffset, lang: 'en', suggestions: [], actual, fix: { offset, endOffset, text },
  };
}

describe('applyFixes (property)', () => {
  it('keeps placeholders and the text outside applied edits, and never applies overlapping edits', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom('please note', 'x', '')), { maxLength: 5 }),
        fc.constantFrom('a.txt', 'a.json', 'a.csv', 'a.yaml'),
        (pieces, edits, file) => {
          const text = pieces.join('');
          const messages = edits.map(([start, len, replacement]) => {
            const offset = start % (text.length + 1);
            const end = Math.min(text.length, offset + len);
            return message(offset, end, replacement, text.slice(offset, end));
          });
          const { text: out, applied } = applyFixes(text, messages, file);
          for (const p of text.match(/\{\{[^}]*\}\}|%name%/g) ?? []) expect(out.split(p).length).toBe(text.split(p).length);
          expect(applied).toBeLessThanOrEqual(messages.length);
          if (applied === 0) expect(out).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves an edit alone when the file holds an escape inside the span or the format would need escaping', () => {
    const json = '{"value": "Kindly\\nnote"}';
    expect(applyFixes(json, [message(11, 23, 'please note', 'Kindly\nnote')], 'a.json').applied).toBe(0);
    expect(applyFixes('"Kindly note"', [message(1, 12, 'say "hi"', 'Kindly note')], 'a.json').applied).toBe(0);
    expect(applyFixes('Kindly note', [message(0, 11, 'please note', 'Kindly note')], 'a.json').text).toBe('please note');
  });
});
