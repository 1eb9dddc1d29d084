// CSV into the document model: the header names the members, each record is an object of text fields.
// A small RFC 4180 scanner rather than csv-parse: every field needs its exact start and end offsets and
// where each `""` sits, which csv-parse only reports per record; scanning is a single indexOf-driven pass.

import type { DArray, DNode, DObject, DString } from './model.js';
import { SourceFailure } from './model.js';
import type { Decoded, OffsetFn } from './offset-map.js';
import { TextBuilder, compose } from './offset-map.js';
import type { OnRecord, OnRecordError } from './stream-types.js';

class CsvField implements DString {
  readonly kind = 'string';
  constructor(
    private readonly src: string,
    /** Content bounds, inside the quotes of a quoted field. */
    private readonly start: number,
    private readonly end: number,
    private readonly quoted: boolean,
    /** Maps offsets of `src` to the file's, when `src` is a piece of it. */
    private readonly outer: OffsetFn | undefined,
  ) {}

  get offset(): number {
    const at = this.quoted ? this.start - 1 : this.start;
    return this.outer ? this.outer(at) : at;
  }

  value(): string {
    const raw = this.src.slice(this.start, this.end);
    return this.quoted ? raw.replaceAll('""', '"') : raw;
  }

  decode(): Decoded {
    const { src, start, end } = this;
    const b = new TextBuilder(start);
    let i = start;
    for (;;) {
      const q = this.quoted ? src.indexOf('""', i) : -1;
      if (q < 0 || q >= end) break;
      b.copy(src, i, q + 1);
      i = q + 2;
      b.cursor = i;
    }
    b.copy(src, i, end);
    const decoded = b.finish(end);
    return this.outer ? { text: decoded.text, map: compose(this.outer, decoded.map) } : decoded;
  }
}

export interface CsvTable {
  /** Records as objects keyed by the header's (trimmed) names; `rowNumbers[i]` is the record's 1-based row. */
  rows: DArray;
  rowNumbers: number[];
  columns: string[];
  errors: SourceFailure[];
}

/** The delimiter the header line uses most: `,`, `;` (European Excel) or a tab. */
export function sniffDelimiter(src: string): string {
  let end = src.indexOf('\n');
  if (end < 0) end = src.length;
  const line = src.slice(0, end).replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = line.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Thrown where a record runs past the end of a piece of text that is not the end of the file. */
const INCOMPLETE = Symbol('incomplete record');

/**
 * Calls `onRecord` for each record of `src` from `from` on. Without `final`, a record that may continue in the
 * next piece of text is left for it. Returns where reading stopped (the start of that record, or the end).
 */
function scanRecords(src: string, delimiter: string, onRecord: (fields: CsvField[], start: number, end: number) => void, from: number, final: boolean, outer: OffsetFn | undefined): number {
  const n = src.length;
  const fail = (message: string, at: number): never => {
    throw new SourceFailure(message, outer ? outer(at) : at);
  };
  // Whether `at` is past the text read so far, while the file goes on.
  const short = (at: number) => at >= n && !final;
  let pos = from;
  try {
    while (pos < n) {
      const recordStart = pos;
      const fields: CsvField[] = [];
      for (;;) {
        if (src[pos] === '"') {
          let q = pos + 1;
          for (;;) {
            q = src.indexOf('"', q);
            if (q < 0) {
              if (!final) throw INCOMPLETE;
              fail('Invalid CSV: a quoted field is not closed (a closing " is missing)', pos);
            }
            if (short(q + 1)) throw INCOMPLETE;
            if (src[q + 1] === '"') q += 2;
            else break;
          }
          fields.push(new CsvField(src, pos + 1, q, true, outer));
          pos = q + 1;
          const c = src[pos];
          if (c !== undefined && c !== delimiter && c !== '\n' && c !== '\r') {
            fail(`Invalid CSV: unexpected ${JSON.stringify(c)} after a closing quote (a quote inside a quoted field is written "")`, pos);
          }
        } else {
          let end = pos;
          while (end < n) {
            const c = src[end];
            if (c === delimiter || c === '\n' || c === '\r') break;
            if (c === '"') fail('Invalid CSV: a quote inside an unquoted field (quote the whole field and write the quote as "")', end);
            end++;
          }
          if (short(end)) throw INCOMPLETE;
          fields.push(new CsvField(src, pos, end, false, outer));
          pos = end;
        }
        if (src[pos] === delimiter) {
          pos++;
          continue;
        }
        break;
      }
      if (src[pos] === '\r') {
        if (short(pos + 1)) throw INCOMPLETE;
        pos++;
      }
      if (src[pos] === '\n') pos++;
      onRecord(fields, recordStart, pos);
      from = pos;
    }
  } catch (err) {
    if (err === INCOMPLETE) return from;
    throw err;
  }
  return n;
}

/** Reads CSV a piece of text at a time: the header row first, then records as objects keyed by its names. */
export class CsvRows {
  columns: string[] | undefined;
  /** Rows read so far, blank ones and the header included. */
  row = 0;

  constructor(readonly delimiter: string) {}

  /**
   * Reads the records of `src` from `from` on (see scanRecords for `final`); a record is passed to `onRow` with
   * its 1-based row number, one with the wrong number of fields to `onError`, both with where the record starts
   * and ends in `src`. Returns where reading stopped.
   */
  read(src: string, from: number, final: boolean, outer: OffsetFn | undefined, onRow: OnRecord<DObject>, onError: OnRecordError): number {
    return scanRecords(src, this.delimiter, (fields, start, end) => {
      this.row++;
      const only = fields[0];
      if (fields.length === 1 && only && only.value() === '' && src[start] !== '"') return; // a blank line
      const { columns } = this;
      if (!columns) {
        this.columns = fields.map((f) => f.value().trim());
        return;
      }
      const offset = outer ? outer(start) : start;
      if (fields.length !== columns.length) {
        onError(new SourceFailure(`Invalid CSV: row ${this.row} has ${fields.length} fields, the header has ${columns.length}`, offset), start, end);
        return;
      }
      const entries = new Map<string, DNode>();
      fields.forEach((f, k) => entries.set(columns[k] as string, f));
      onRow({ kind: 'object', offset, entries }, this.row, start, end);
    }, from, final, outer);
  }
}

export function parseCsvText(src: string, delimiter = sniffDelimiter(src)): CsvTable {
  const items: DNode[] = [];
  const rowNumbers: number[] = [];
  const errors: SourceFailure[] = [];
  const rows = new CsvRows(delimiter);
  rows.read(src, src.charCodeAt(0) === 0xfeff ? 1 : 0, true, undefined, (node, row) => {
    items.push(node);
    rowNumbers.push(row);
  }, (err) => errors.push(err));
  return { rows: { kind: 'array', offset: 0, items }, rowNumbers, columns: rows.columns ?? [], errors };
}
