// Exports read a piece of text at a time (JSON, JSON Lines, CSV, TSV): replies record by record, with the same
// units, labels, offsets, errors and notices as parsing the whole file (index.ts), and only a record held.

import { Collector } from './collect.js';
import { CsvRows, sniffDelimiter } from './csv.js';
import { JsonLines } from './json.js';
import { JsonStream } from './json-stream.js';
import type { DNode, PathSegment } from './model.js';
import { labelled } from './index.js';
import { piecewise, type OffsetFn } from './offset-map.js';
import { RecordReplies } from './records.js';
import type { Format } from './shapes.js';
import { RecordTooLarge, streamFormat, type Emit, type OnRecord, type OnRecordError, type SourceStream } from './stream-types.js';
import type { SourceOptions } from './types.js';

export { RecordTooLarge, StreamBail, type Emit, type SourceStream } from './stream-types.js';

/** Offsets in a piece of text that starts at `base` in the file. */
const shift = (base: number, length: number): OffsetFn | undefined => (base ? piecewise([0], [base], length) : undefined);

/** Lines or rows: each one a record, named by its number in the file (`line 12`, `row 7`). */
abstract class RowStream implements SourceStream {
  private index = 0;
  private first: DNode | undefined;
  private readonly replies: RecordReplies;

  constructor(
    private readonly options: SourceOptions,
    private readonly maxRecord: number,
    format: Format,
    private readonly name: (n: number) => string,
  ) {
    this.replies = new RecordReplies(format);
  }

  push(text: string, base: number, final: boolean, emit: Emit): number {
    let name = '';
    const label = (path: readonly PathSegment[]) => labelled(path, () => name);
    let c = new Collector(this.options, label);
    const outer = shift(base, text.length);
    const check = (start: number, end: number) => {
      if (end - start > this.maxRecord) throw new RecordTooLarge(outer ? outer(start) : start);
    };
    const flush = () => {
      if (!c.units.length && !c.errors.length) return;
      emit({ units: c.units, errors: c.errors });
      c = new Collector(this.options, label);
    };
    const consumed = this.read(text, final, outer, (node, n, start, end) => {
      check(start, end);
      name = this.name(n);
      if (this.index === 0) this.first = node;
      this.replies.record(node, [this.index++], c);
      flush();
    }, (err, start, end) => {
      check(start, end);
      c.fail(err);
      flush();
    });
    if (final && this.first) this.replies.finish({ kind: 'array', offset: 0, items: [this.first] }, c);
    flush();
    return consumed;
  }

  protected abstract read(text: string, final: boolean, outer: OffsetFn | undefined, onRecord: OnRecord<DNode>, onError: OnRecordError): number;
}

class JsonLinesStream extends RowStream {
  private readonly lines = new JsonLines();

  constructor(options: SourceOptions, maxRecord: number) {
    super(options, maxRecord, 'jsonl', (n) => `line ${n}`);
  }

  protected read(text: string, final: boolean, outer: OffsetFn | undefined, onRecord: OnRecord<DNode>, onError: OnRecordError): number {
    return this.lines.read(text, 0, final, outer, onRecord, onError);
  }
}

class CsvStream extends RowStream {
  private rows: CsvRows | undefined;

  constructor(options: SourceOptions, maxRecord: number, private readonly delimiter?: string) {
    super(options, maxRecord, 'csv', (n) => `row ${n}`);
  }

  protected read(text: string, final: boolean, outer: OffsetFn | undefined, onRecord: OnRecord<DNode>, onError: OnRecordError): number {
    let from = 0;
    if (!this.rows) {
      // The header line tells the delimiter; it is at the start of the first piece.
      if (!final && !text.includes('\n')) return 0;
      this.rows = new CsvRows(this.delimiter ?? sniffDelimiter(text));
      if (text.charCodeAt(0) === 0xfeff) from = 1;
    }
    return this.rows.read(text, from, final, outer, onRecord, onError);
  }
}

/**
 * A stream for an export of this kind, or undefined where the file is read whole (see streamFormat).
 * A record longer than `maxRecord` characters is refused (RecordTooLarge).
 */
export function sourceStreamFor(filePath: string, options: SourceOptions = {}, maxRecord = Infinity): SourceStream | undefined {
  switch (streamFormat(filePath, options)) {
    case 'json':
      return new JsonStream(options, maxRecord);
    case 'jsonl':
      return new JsonLinesStream(options, maxRecord);
    case 'csv':
      return new CsvStream(options, maxRecord);
    case 'tsv':
      return new CsvStream(options, maxRecord, '\t');
    case undefined:
      return undefined;
  }
}
