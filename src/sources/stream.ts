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
import type { Emit, SourceStream } from './stream-types.js';
import type { SourceOptions } from './types.js';

export { StreamBail, type Emit, type SourceStream } from './stream-types.js';

/** Offsets in a piece of text that starts at `base` in the file. */
const shift = (base: number, length: number): OffsetFn | undefined => (base ? piecewise([0], [base], length) : undefined);

/** Lines or rows: each one a record, named by its number in the file (`line 12`, `row 7`). */
abstract class RowStream implements SourceStream {
  readonly held = 0;
  private index = 0;
  private first: DNode | undefined;
  private readonly replies: RecordReplies;

  constructor(
    private readonly options: SourceOptions,
    private readonly format: Format,
    private readonly name: (n: number) => string,
  ) {
    this.replies = new RecordReplies(format);
  }

  push(text: string, base: number, final: boolean, emit: Emit): number {
    let name = '';
    const label = (path: readonly PathSegment[]) => labelled(path, () => name);
    let c = new Collector(this.options, label);
    const flush = () => {
      if (c.units.length || c.errors.length) emit({ units: c.units, errors: c.errors });
      c = new Collector(this.options, label);
    };
    const consumed = this.read(text, final, shift(base, text.length), (node, n) => {
      name = this.name(n);
      if (this.index === 0) this.first = node;
      this.replies.record(node, [this.index++], c);
      flush();
    }, (err) => {
      c.fail(err);
      flush();
    });
    if (final && this.first) this.replies.finish({ kind: 'array', offset: 0, items: [this.first] }, c);
    flush();
    return consumed;
  }

  protected abstract read(text: string, final: boolean, outer: OffsetFn | undefined, onRecord: (node: DNode, n: number) => void, onError: (err: unknown) => void): number;
}

class JsonLinesStream extends RowStream {
  private readonly lines = new JsonLines();

  constructor(options: SourceOptions) {
    super(options, 'jsonl', (n) => `line ${n}`);
  }

  protected read(text: string, final: boolean, outer: OffsetFn | undefined, onRecord: (node: DNode, n: number) => void, onError: (err: unknown) => void): number {
    return this.lines.read(text, 0, final, outer, onRecord, onError);
  }
}

class CsvStream extends RowStream {
  private rows: CsvRows | undefined;

  constructor(options: SourceOptions, private readonly delimiter?: string) {
    super(options, 'csv', (n) => `row ${n}`);
  }

  protected read(text: string, final: boolean, outer: OffsetFn | undefined, onRecord: (node: DNode, n: number) => void, onError: (err: unknown) => void): number {
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

/** A stream for an export of this kind, or undefined where the file is read whole (custom `sources` paths). */
export function sourceStreamFor(filePath: string, options: SourceOptions = {}): SourceStream | undefined {
  if (options.sources?.length) return undefined;
  const ext = /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase() ?? '';
  if (ext === 'json') return new JsonStream(options);
  if (ext === 'jsonl' || ext === 'ndjson') return new JsonLinesStream(options);
  if (ext === 'csv') return new CsvStream(options);
  if (ext === 'tsv') return new CsvStream(options, '\t');
  return undefined;
}
