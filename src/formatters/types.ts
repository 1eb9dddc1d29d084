// A formatter turns results into the text that is printed: a file at a time, so a report on 100,000 replies
// is written as it is made, with memory that stays flat whatever the format.

import type { FileResult } from '../core/report.js';

export interface FormatOptions {
  color: boolean;
  /** Current directory, for formats that need absolute paths or URIs. */
  cwd: string;
}

/**
 * One report in the making. `file` is given each file's result in input order and returns that file's text
 * in pieces (one, or one per message for a large export); `end` returns the rest once every file is in.
 */
export interface ReportStream {
  file(result: FileResult): Iterable<string>;
  end(): Iterable<string>;
  /** For a format whose opening needs the totals (JUnit's counts): asked after `end`, written before the files' parts. */
  head?(): string;
}

export type StreamFormatter = (options: FormatOptions) => ReportStream;

/** The whole report at once: for tests and small callers. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;

export function whole(format: StreamFormatter): Formatter {
  return (results, options) => {
    const report = format(options);
    const pieces: string[] = [];
    for (const r of results) for (const piece of report.file(r)) pieces.push(piece);
    for (const piece of report.end()) pieces.push(piece);
    return (report.head?.() ?? '') + pieces.join('');
  };
}
