// A formatter is a pure function from results to the text that is printed.

import type { FileResult } from '../core/report.js';

export interface FormatOptions {
  color: boolean;
  /** Current directory, for formats that need absolute paths or URIs. */
  cwd: string;
}

export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
