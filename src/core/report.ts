// The public result shapes (the JSON output contract of DESIGN.md) and how findings become messages.

import type { Category, Element, Finding, Severity } from './types.js';
import type { Position } from './text/line-index.js';

/** A finding placed in a file: what formatters print and `--format json` emits. */
export interface Message {
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  lang: string | null;
  unit?: string;
  entryId?: string;
  category?: Category;
  element?: Element;
  actual?: string;
  suggestions: string[];
  fix?: { offset: number; endOffset: number; text: string };
  /** The file could not be read or parsed; nothing in it was checked. */
  fatal?: boolean;
}

export interface UnitSummary {
  id: string;
  title?: string;
  line: number;
  language: string | null;
  score: number;
}

export interface FileResult {
  filePath: string;
  language: string | null;
  score: number | null;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  units: UnitSummary[];
  messages: Message[];
  /** The file's text, for formatters that show the offending line; not part of the JSON contract. */
  source?: string;
  /** Some reply's language needs the stronger detector; the engine lints the file again. Not in JSON. */
  undecided?: boolean;
  /** Things to tell the user that are not findings ("not a macro export tonelint knows"). Not in JSON. */
  notices?: string[];
}

/** Maps a finding from reply offsets into file offsets and lines. */
export function toMessage(
  finding: Finding,
  toFile: (offset: number) => number,
  position: (offset: number) => Position,
  lang: string | null,
  unit?: string,
): Message {
  const offset = toFile(finding.span.start);
  const endOffset = toFile(finding.span.end);
  const start = position(offset);
  const end = position(endOffset);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset,
    endOffset,
    lang,
    unit,
    entryId: finding.entryId,
    category: finding.category,
    element: finding.element,
    actual: finding.actual,
    suggestions: finding.suggestions.map((s) => s.text),
    fix: finding.fix ? { offset: toFile(finding.fix.span.start), endOffset: toFile(finding.fix.span.end), text: finding.fix.text } : undefined,
  };
}

export function countSeverities(messages: readonly Message[]) {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}
