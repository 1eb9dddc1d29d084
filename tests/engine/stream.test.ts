// The engine in-process (the built package: lexicons are read from dist/): an export read record by record,
// in chunks of any size, gives the results, problems and notices of the same export read whole.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../dist/engine/run.js';
import { anyExport } from '../helpers/exports.js';
import { tempTree } from '../helpers/cli.js';

async function lint(cwd: string, name: string, stream?: { above: number; chunk: number }) {
  const r = await run({ cwd, inputs: [name], cli: {}, ignore: true, keepSource: false, streamAbove: stream?.above, streamChunk: stream?.chunk });
  return { results: JSON.stringify(r.results), problems: r.problems, notices: r.notices };
}

describe('streamed and whole (property)', () => {
  it('same results, lines, columns, problems and notices, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(anyExport, fc.integer({ min: 16, max: 200 }), async (e, chunk) => {
        const dir = tempTree({ [e.name]: e.text });
        expect(await lint(dir, e.name, { above: 1, chunk })).toEqual(await lint(dir, e.name));
      }),
      { numRuns: 250 },
    );
  });
});
