// The JSON report of a large export is written in pieces; joined, they are JSON.stringify of the result.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResult, Message } from '../../src/core/report.js';
import { contractOf, json, jsonPieces } from '../../src/formatters/json.js';

const message = fc.record(
  {
    ruleId: fc.constantFrom('avoid-phrase', 'require-apology', null),
    severity: fc.constantFrom('error', 'warning', 'info'),
    message: fc.string(),
    line: fc.nat(),
    column: fc.nat(),
    endLine: fc.nat(),
    endColumn: fc.nat(),
    offset: fc.nat(),
    endOffset: fc.nat(),
    lang: fc.constantFrom('en', 'de', null),
    unit: fc.option(fc.string(), { nil: undefined }),
    actual: fc.option(fc.string(), { nil: undefined }),
    suggestions: fc.array(fc.string(), { maxLength: 2 }),
    fix: fc.option(fc.record({ offset: fc.nat(), endOffset: fc.nat(), text: fc.string() }), { nil: undefined }),
  },
  { requiredKeys: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'lang', 'suggestions'] },
) as fc.Arbitrary<Message>;

const result = fc.record({
  filePath: fc.string(),
  language: fc.constantFrom('en', null),
  score: fc.option(fc.nat({ max: 100 })),
  errorCount: fc.nat(),
  warningCount: fc.nat(),
  infoCount: fc.nat(),
  units: fc.array(fc.record({ id: fc.string(), title: fc.option(fc.string(), { nil: undefined }), line: fc.nat(), language: fc.constantFrom('en', null), score: fc.nat() }), { maxLength: 600, size: 'max' }),
  messages: fc.array(message, { maxLength: 600, size: 'max' }),
  source: fc.string(),
  notices: fc.constant(['not in the contract']),
}) as fc.Arbitrary<FileResult>;

describe('jsonPieces', () => {
  it('joined, is the contract of the result, as the json formatter writes it (property)', () => {
    fc.assert(
      fc.property(result, (r) => {
        const joined = [...jsonPieces(contractOf(r))].join('');
        expect(joined).toBe(JSON.stringify(contractOf(r)));
        expect(`[${joined}]`).toBe(json([r], { color: false, cwd: '/' }));
      }),
      { numRuns: 20 },
    );
  });
});
