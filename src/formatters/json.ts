// json: the stable contract of DESIGN.md, one object per file.

import type { FileResult } from '../core/report.js';
import type { Formatter } from './types.js';

export const json: Formatter = (results: readonly FileResult[]) =>
  JSON.stringify(results.map(({ source: _source, undecided: _undecided, notices: _notices, ...rest }) => rest));
