// What an export read a piece of text at a time gives back (see stream.ts).

import type { SourceFailure } from './model.js';
import type { ParsedSource, SourceOptions } from './types.js';
import { extensionOf } from './extension.js';

/** Takes each record a reader of lines or rows finds: its value, its line or row number, where it starts and ends. */
export type OnRecord<T> = (node: T, n: number, start: number, end: number) => void;
/** Takes a record that is not valid, with where it starts and ends. */
export type OnRecordError = (err: SourceFailure, start: number, end: number) => void;

/** Takes the replies and problems of a record (or of what surrounds the records), at their offsets in the file. */
export type Emit = (parsed: ParsedSource) => void;

export interface SourceStream {
  /**
   * Reads `text`, the file's text from offset `base` on (`final`: it runs to the end of the file), passing each
   * record's replies to `emit` as soon as it is read. Returns how much of the text is done with; the rest must
   * be given again, followed by the next piece: a record not yet complete, or an envelope whose records are not
   * known yet. Throws a SourceFailure where the whole file would not parse (its only error then), StreamBail
   * where reading it record by record cannot give what reading it whole gives, and RecordTooLarge.
   */
  push(text: string, base: number, final: boolean, emit: Emit): number;
}

/** This file must be read whole for the same result (e.g. a JSON envelope that turns out to be a record). */
export class StreamBail extends Error {}

/** A record longer than the stream may hold (the engine's --max-file-size), at `offset` in the file. */
export class RecordTooLarge extends Error {
  constructor(readonly offset: number) {
    super('record too large');
  }
}

export type StreamFormat = 'json' | 'jsonl' | 'csv' | 'tsv';

const STREAMED: Record<string, StreamFormat> = { json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', csv: 'csv', tsv: 'tsv' };

/**
 * How a large file of this name is read record by record: an export with no custom `sources` paths (those are
 * found in the whole file). Undefined for other files, which are read whole, without a look at the stream readers.
 */
export function streamFormat(filePath: string, options: SourceOptions = {}): StreamFormat | undefined {
  return options.sources?.length ? undefined : STREAMED[extensionOf(filePath)];
}

export const canStream = (filePath: string, options: SourceOptions = {}): boolean => streamFormat(filePath, options) !== undefined;
