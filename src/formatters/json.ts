// json: the stable contract of DESIGN.md, one object per file.

import type { FileResult } from '../core/report.js';
import { whole, type StreamFormatter } from './types.js';

type JsonResult = Omit<FileResult, 'source' | 'undecided' | 'notices'>;

/** A file's result as the contract has it: without the members that are not part of it. */
export function contractOf(result: FileResult): JsonResult {
  // Most results have none of them: no copy.
  if (result.source === undefined && result.undecided === undefined && result.notices === undefined) return result;
  const { source: _source, undecided: _undecided, notices: _notices, ...rest } = result;
  return rest;
}

// Lists longer than this are written an element at a time.
const PIECEWISE = 256;

/**
 * `JSON.stringify(result)` in pieces, byte for byte: a large export's result (100,000 replies, 200,000
 * messages) is written without building one string of a hundred megabytes.
 */
export function* jsonPieces(result: JsonResult): Generator<string> {
  // Most files hold a reply or a few: one string is the cheapest way to write them.
  if (result.messages.length <= PIECEWISE && result.units.length <= PIECEWISE) {
    yield JSON.stringify(result);
    return;
  }
  let sep = '{';
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    yield `${sep}${JSON.stringify(key)}:`;
    sep = ',';
    if (!Array.isArray(value) || value.length <= PIECEWISE) {
      yield JSON.stringify(value);
      continue;
    }
    for (let i = 0; i < value.length; i++) yield `${i ? ',' : '['}${JSON.stringify(value[i]) ?? 'null'}`;
    yield ']';
  }
  yield sep === '{' ? '{}' : '}';
}

/** A JSON array, a file's object at a time: byte for byte `JSON.stringify(results)` without the extra members. */
export const jsonStream: StreamFormatter = () => {
  let first = true;
  return {
    *file(result) {
      yield first ? '[' : ',';
      first = false;
      yield* jsonPieces(contractOf(result));
    },
    end: () => [first ? '[]' : ']'],
  };
};

export const json = whole(jsonStream);
