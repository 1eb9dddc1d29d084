// Exit codes are a contract: 0 clean, 1 lint errors (or too many warnings), 2 tonelint could not do its job.

import type { FileResult } from '../core/report.js';

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_TOOL = 2;

/** What the exit code needs of the results, added up a file at a time (a report is written as it is made). */
export class ResultTally {
  fatal = false;
  errors = 0;
  warnings = 0;

  static of(results: readonly FileResult[]): ResultTally {
    const tally = new ResultTally();
    for (const r of results) tally.add(r);
    return tally;
  }

  add(r: FileResult): void {
    if (!this.fatal && r.messages.some((m) => m.fatal)) this.fatal = true;
    this.errors += r.errorCount;
    this.warnings += r.warningCount;
  }
}

export function exitCode(tally: ResultTally, toolProblems: number, maxWarnings: number | undefined): number {
  if (toolProblems > 0 || tally.fatal) return EXIT_TOOL;
  if (tally.errors > 0) return EXIT_LINT;
  if (maxWarnings !== undefined && maxWarnings >= 0 && tally.warnings > maxWarnings) return EXIT_LINT;
  return EXIT_OK;
}
