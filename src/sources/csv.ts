// CSV into the document model: the header names the members, each record is an object of text fields.
// A small RFC 4180 scanner rather than csv-parse: every field needs its exact start and end offsets and
// where each `""` sits, which csv-parse only reports per record; scanning is a single indexOf-driven pass.

import type { DArray, DNode, DObject, DString } from './model.js';
import { SourceFailure } from './model.js';
import type { Decoded } from './offset-map.js';
import { TextBuilder } from './offset-map.js';

class CsvField implements DString {
  readonly kind = 'string';
  constructor(
    private readonly src: string,
    /** Content bounds, inside the quotes of a quoted field. */
    private readonly start: number,
    private readonly end: number,
    private readonly quoted: boolean,
  ) {}

  get offset(): number {
    return this.quoted ? this.start - 1 : this.start;
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
    return b.finish(end);
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
function sniffDelimiter(src: string): string {
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

function scanRecords(src: string, delimiter: string, onRecord: (fields: CsvField[], start: number) => void): void {
  const n = src.length;
  let pos = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < n) {
    const recordStart = pos;
    const fields: CsvField[] = [];
    for (;;) {
      if (src[pos] === '"') {
        let q = pos + 1;
        for (;;) {
          q = src.indexOf('"', q);
          if (q < 0) throw new SourceFailure('Invalid CSV: a quoted field is not closed (a closing " is missing)', pos);
          if (src[q + 1] === '"') q += 2;
          else break;
        }
        fields.push(new CsvField(src, pos + 1, q, true));
        pos = q + 1;
        const c = src[pos];
        if (c !== undefined && c !== delimiter && c !== '\n' && c !== '\r') {
          throw new SourceFailure(`Invalid CSV: unexpected ${JSON.stringify(c)} after a closing quote (a quote inside a quoted field is written "")`, pos);
        }
      } else {
        let end = pos;
        while (end < n) {
          const c = src[end];
          if (c === delimiter || c === '\n' || c === '\r') break;
          if (c === '"') throw new SourceFailure('Invalid CSV: a quote inside an unquoted field (quote the whole field and write the quote as "")', end);
          end++;
        }
        fields.push(new CsvField(src, pos, end, false));
        pos = end;
      }
      if (src[pos] === delimiter) {
        pos++;
        continue;
      }
      break;
    }
    if (src[pos] === '\r') pos++;
    if (src[pos] === '\n') pos++;
    onRecord(fields, recordStart);
  }
}

export function parseCsvText(src: string, delimiter = sniffDelimiter(src)): CsvTable {
  const items: DNode[] = [];
  const rowNumbers: number[] = [];
  const errors: SourceFailure[] = [];
  let columns: string[] | undefined;
  let row = 0;
  scanRecords(src, delimiter, (fields, start) => {
    row++;
    const only = fields[0];
    if (fields.length === 1 && only && only.value() === '' && src[start] !== '"') return; // a blank line
    if (!columns) {
      columns = fields.map((f) => f.value().trim());
      return;
    }
    if (fields.length !== columns.length) {
      errors.push(new SourceFailure(`Invalid CSV: row ${row} has ${fields.length} fields, the header has ${columns.length}`, start));
      return;
    }
    const entries = new Map<string, DNode>();
    fields.forEach((f, k) => entries.set(columns?.[k] as string, f));
    items.push({ kind: 'object', offset: start, entries } satisfies DObject);
    rowNumbers.push(row);
  });
  return { rows: { kind: 'array', offset: 0, items }, rowNumbers, columns: columns ?? [], errors };
}
