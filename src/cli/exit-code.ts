// Exit codes are a contract: 0 clean, 1 lint errors (or too many warnings), 2 tonelint could not do its job.

import type { FileResult } from '../core/report.js';

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_TOOL = 2;

export function exitCode(results: readonly FileResult[], toolProblems: number, maxWarnings: number | undefined): number {
  if (toolProblems > 0 || results.some((r) => r.messages.some((m) => m.fatal))) return EXIT_TOOL;
  if (results.some((r) => r.errorCount > 0)) return EXIT_LINT;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) return EXIT_LINT;
  return EXIT_OK;
}
