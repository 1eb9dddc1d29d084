// Large exports linted record by record: chunks of text (read-chunks.ts) -> a window over the text not yet done
// with -> the export's source stream (sources/stream.ts) -> units -> the same DocumentLint as a file read whole.
// Memory holds a chunk, the record at hand and the messages, not the file; the result is the same.

import type { FileResult } from '../core/report.js';
import { LineIndex, type Position } from '../core/text/line-index.js';
import type { ParsedSource, SourceError } from '../sources/types.js';
import type { RunDetector } from './detection.js';
import { DocumentLint, type DocumentOptions } from './lint-document.js';
import { MessageStore } from './message-store.js';
import { InputError, mb, type LargeFile } from './read.js';
import { textChunks } from './read-chunks.js';

export interface StreamSettings {
  above: number;
  chunk: number;
}

/** The text not yet done with: where it starts in the file, and the line and column there. */
class TextWindow {
  text = '';
  base = 0;
  private line = 1;
  private column = 1;
  private index: LineIndex | undefined;

  append(text: string): void {
    if (!text) return;
    this.text += text;
    this.index = undefined;
  }

  drop(n: number): void {
    if (n <= 0) return;
    const { text } = this;
    let last = -1;
    for (let i = text.indexOf('\n'); i >= 0 && i < n; i = text.indexOf('\n', i + 1)) {
      this.line++;
      last = i;
    }
    this.column = last < 0 ? this.column + n : n - last;
    this.text = text.slice(n);
    this.base += n;
    this.index = undefined;
  }

  /** Line and column of a file offset inside the window (0 is the file's start, for errors that name no place). */
  readonly position = (offset: number): Position => {
    if (offset < this.base) return { line: 1, column: offset + 1 };
    this.index ??= new LineIndex(this.text);
    const p = this.index.position(offset - this.base);
    return p.line === 1 ? { line: this.line, column: this.column + p.column - 1 } : { line: this.line + p.line - 1, column: p.column };
  };
}

const MAX_STREAMED_SIZE = 2 ** 31 - 1;

/**
 * Lints a large export record by record. Undefined when it must be read whole instead: not an export that
 * can be streamed, or one whose result record by record would differ (see sources/json-stream.ts).
 */
export async function lintLargeFile(
  file: LargeFile,
  display: string,
  options: DocumentOptions,
  settings: StreamSettings & { maxFileSize: number; views?: boolean },
  detector?: RunDetector,
): Promise<FileResult | undefined> {
  const { sourceStreamFor, RecordTooLarge, StreamBail } = await import('../sources/stream.js');
  const { SourceFailure } = await import('../sources/model.js');
  const stream = sourceStreamFor(file.path, options.sources, settings.maxFileSize);
  if (!stream) return undefined;
  // Positions are kept as 32-bit integers (message-store.ts): beyond them an offset would wrap.
  if (file.size > MAX_STREAMED_SIZE) throw new InputError(`file is ${mb(file.size)}, over the ${mb(MAX_STREAMED_SIZE)} a file read record by record may have; not linted`);
  // Every reply is linted once, as it is read: the detector that can place any reply is there from the start
  // (linting a whole file again once it is needed, as for a small file, would mean reading this one again).
  await detector?.loadStrong();
  const doc = new DocumentLint(options, new MessageStore(settings.views));
  const window = new TextWindow();
  // A failure while linting a record is tonelint's own, not the file's: it escapes, as for a file read whole.
  let linting = false;
  const emit = (parsed: ParsedSource) => {
    linting = true;
    doc.add(parsed, window.position);
    linting = false;
  };
  const tooLarge = (offset: number) => {
    const at = window.position(offset);
    return new InputError(`a record starting here is over the ${mb(settings.maxFileSize)} limit (--max-file-size applies to each record of a large export); not linted`, at.line, at.column);
  };
  let failed = false;
  // A record longer than a chunk is read in ever larger chunks, so that it is not scanned again chunk by chunk.
  for (const { text, final } of textChunks(file.path, () => Math.max(settings.chunk, window.text.length))) {
    // After a syntax error the rest is still decoded (invalid UTF-8 anywhere fails the file, as read whole),
    // but no longer kept.
    if (failed) continue;
    window.append(text);
    try {
      window.drop(stream.push(window.text, window.base, final, emit));
    } catch (err) {
      if (linting) throw err;
      if (err instanceof StreamBail) return undefined;
      if (err instanceof RecordTooLarge) throw tooLarge(err.offset);
      const error: SourceError = err instanceof SourceFailure ? { message: err.message, offset: err.offset } : { message: `tonelint could not read this file (${(err as Error).message}); please report this`, offset: 0 };
      doc.fail(error, window.position);
      failed = true;
      continue;
    }
    // What is kept between chunks: a record not yet complete, or an envelope not yet known to be one.
    if (window.text.length > settings.maxFileSize) throw tooLarge(window.base);
  }
  return doc.result(display);
}
