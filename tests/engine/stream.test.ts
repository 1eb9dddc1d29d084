// The engine in-process (the built package: lexicons are read from dist/): an export read record by record,
// in chunks of any size, gives the results, problems and notices of the same export read whole.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../dist/engine/run.js';
import { anyExport } from '../helpers/exports.js';
import { tempTree } from '../helpers/cli.js';

async function lint(cwd: string, name: string, stream?: { above: number; chunk: number; compact: boolean }) {
  const r = await run({ cwd, inputs: [name], cli: {}, ignore: true, keepSource: false, streamAbove: stream?.above, streamChunk: stream?.chunk, compactResults: stream?.compact });
  // What a formatter reads field by field, and what the JSON report writes.
  const fields = r.results.flatMap((f) => f.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.offset, m.endOffset, m.unit, m.actual, m.fix?.offset, m.suggestions, m.fatal]));
  return { results: JSON.stringify(r.results), fields, problems: r.problems, notices: r.notices };
}

describe('streamed and whole (property)', () => {
  it('same results, lines, columns, problems and notices, whatever the chunk size, compact or not', async () => {
    await fc.assert(
      fc.asyncProperty(anyExport, fc.integer({ min: 16, max: 200 }), fc.boolean(), async (e, chunk, compact) => {
        const dir = tempTree({ [e.name]: e.text });
        expect(await lint(dir, e.name, { above: 1, chunk, compact })).toEqual(await lint(dir, e.name));
      }),
      { numRuns: 250 },
    );
  });
});
