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
export function jsonPieces(result: JsonResult): Iterable<string> {
  // Most files hold a reply or a few: one string is the cheapest way to write them.
  return result.messages.length <= PIECEWISE && result.units.length <= PIECEWISE ? [JSON.stringify(result)] : piecewise(result);
}

function* piecewise(result: JsonResult): Generator<string> {
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

function* prefixed(first: string, rest: Iterable<string>): Generator<string> {
  yield first;
  yield* rest;
}

/** A JSON array, a file's object at a time: byte for byte `JSON.stringify(results)` without the extra members. */
export const jsonStream: StreamFormatter = () => {
  let first = true;
  return {
    file(result) {
      const open = first ? '[' : ',';
      first = false;
      const pieces = jsonPieces(contractOf(result));
      return Array.isArray(pieces) ? [open + (pieces[0] as string)] : prefixed(open, pieces);
    },
    end: () => [first ? '[]' : ']'],
  };
};

export const json = whole(jsonStream);
