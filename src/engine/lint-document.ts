// Lints the text of one file: source units -> core -> messages placed in the file. A file parsed whole and a
// large export read record by record (stream.ts) go through the same DocumentLint.

import { lintReply, type Detector, type LanguageSet } from '../core/lint.js';
import { countSeverities, toMessage, type FileResult, type Message, type UnitSummary } from '../core/report.js';
import { LineIndex, type Position } from '../core/text/line-index.js';
import type { ParsedSource, SourceError, SourceOptions } from '../sources/types.js';
import type { ParserFor } from './parsers.js';
import type { Settings } from './config.js';
import { isOrderToReader } from './order-check.js';
import { applyDirectives, findDirectives } from './directives.js';
import { expectWork } from './optimizer.js';

export interface DocumentOptions {
  settings: Settings;
  languages: LanguageSet;
  detect?: Detector;
  minScore?: number;
  reportUnusedDirectives?: boolean;
  sources?: SourceOptions;
  /** Picks the source parser by file name (see parsers.ts). */
  parserFor: ParserFor;
}

/** Line and column of a file offset. */
export type PositionFn = (offset: number) => Position;

/** "en-US", "de_DE" -> "en", "de": exports name locales, lexicons are per language. */
function baseLanguage(locale: string | undefined): string | undefined {
  return locale ? locale.toLowerCase().split(/[-_]/)[0] : undefined;
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Where a file's messages are kept until its result is made (a large export's: message-store.ts). */
export interface Messages {
  readonly length: number;
  push(m: Message): void;
  setUnit(i: number, unit: string | undefined): void;
  truncate(length: number): void;
  /** The messages in file order (stable: messages at one offset stay in the order they came). */
  sorted(): Message[];
  /** A copy of a unit's id or title to keep. */
  copy(s: string): string;
}

/** A file's messages as they are: a file read whole holds its text anyway. */
class MessageArray implements Messages {
  private readonly items: Message[] = [];

  get length(): number {
    return this.items.length;
  }

  push(m: Message): void {
    this.items.push(m);
  }

  setUnit(i: number, unit: string | undefined): void {
    (this.items[i] as Message).unit = unit;
  }

  truncate(length: number): void {
    this.items.length = Math.min(this.items.length, length);
  }

  sorted(): Message[] {
    return this.items.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  }

  copy(s: string): string {
    return s;
  }
}

/** One file's result, built from its parsed source in one piece or in many (records of a large export). */
export class DocumentLint {
  private readonly messages: Messages;
  private readonly units: UnitSummary[] = [];
  private readonly notices: string[] = [];
  /** Some reply needs the stronger language detector: lint again once it is loaded. */
  undecided = false;
  /** Where the first unit's messages are, named only once a second unit shows that the file has several. */
  private firstUnit: [number, number] | undefined;
  private firstName: string | undefined;

  constructor(
    private readonly options: DocumentOptions,
    messages: Messages = new MessageArray(),
  ) {
    this.messages = messages;
  }

  /** Lints the units of `parsed` and places their findings with `position`; keeps its errors and notices. */
  add(parsed: ParsedSource, position: PositionFn): void {
    const { messages } = this;
    for (const e of parsed.errors) {
      if (e.unknownShape) this.notices.push(e.message);
      else messages.push(errorMessage(e, position));
    }
    const { settings } = this.options;
    for (const unit of parsed.units) {
      expectWork(1, unit.text.length);
      const result = lintReply(unit.text, {
        languages: this.options.languages,
        detect: this.options.detect,
        language: settings.language && settings.language !== 'auto' ? settings.language : baseLanguage(unit.language) ?? settings.language,
        profile: unit.profile ?? settings.profile,
        rules: settings.rules,
        categories: settings.categories,
        skip: unit.skip,
        fragment: unit.fragment ?? settings.fragment,
        isOrder: isOrderToReader,
      });
      if (result.undecided) this.undecided = true;
      const id = messages.copy(unit.id);
      const title = unit.title === undefined ? undefined : messages.copy(unit.title);
      // A unit is named in its messages only in a file with several: the first one's wait for a second unit.
      if (this.units.length === 1 && this.firstUnit) {
        for (let i = this.firstUnit[0]; i < this.firstUnit[1]; i++) messages.setUnit(i, this.firstName);
      }
      if (!this.units.length) this.firstName = title ?? id;
      const unitName = this.units.length ? title ?? id : undefined;
      const from = messages.length;
      for (const finding of result.findings) messages.push(toMessage(finding, unit.toFile, position, result.language, unitName));
      const offset = unit.toFile(0);
      const line = position(offset).line;
      if (this.options.minScore !== undefined && result.score < this.options.minScore) {
        messages.push({
          ruleId: 'min-score', severity: 'error', line, column: 1, endLine: line, endColumn: 1, offset, endOffset: offset,
          message: `Tone score ${result.score} is below the required ${this.options.minScore}.`, lang: result.language, unit: unitName, suggestions: [],
        });
      }
      if (!this.units.length) this.firstUnit = [from, messages.length];
      this.units.push({ id, title, line, language: result.language, score: result.score });
    }
  }

  /** The file does not parse: its result is this error alone, as when nothing of it could be read. */
  fail(error: SourceError, position: PositionFn): void {
    this.messages.truncate(0);
    this.units.length = 0;
    this.notices.length = 0;
    this.undecided = false;
    this.messages.push(errorMessage(error, position));
  }

  /** The result; `text` (a file read whole) is kept for formatters that show lines, and has the directives. */
  result(filePath: string, text?: string, position?: PositionFn): FileResult {
    const { units } = this;
    const messages = this.messages.sorted();
    const directives = text === undefined || !position ? [] : findDirectives(filePath, text, position);
    const shown = applyDirectives(messages, directives, this.options.reportUnusedDirectives ?? false);
    let score: number | null = null;
    for (const u of units) score = score === null ? u.score : Math.min(score, u.score);
    return {
      filePath,
      language: mostCommon(units.map((u) => u.language)),
      score,
      ...countSeverities(shown),
      units,
      messages: shown,
      ...(text === undefined ? {} : { source: text }),
      ...(this.undecided ? { undecided: true } : {}),
      ...(this.notices.length ? { notices: this.notices } : {}),
    };
  }
}

function errorMessage(e: SourceError, position: PositionFn): Message {
  const pos = position(e.offset);
  return {
    ruleId: null, severity: 'error', message: e.message, fatal: true, line: pos.line, column: pos.column,
    endLine: pos.line, endColumn: pos.column, offset: e.offset, endOffset: e.offset, lang: null, suggestions: [],
  };
}

export function lintDocument(filePath: string, text: string, options: DocumentOptions): FileResult {
  const lines = new LineIndex(text);
  const position = (offset: number) => lines.position(offset);
  const doc = new DocumentLint(options);
  doc.add(options.parserFor(filePath, options.sources)(text), position);
  return doc.result(filePath, text, position);
}

/** A file that could not be read or decoded: one fatal message, nothing linted. */
export function failedFile(filePath: string, message: string, line = 1, column = 1): FileResult {
  return {
    filePath, language: null, score: null, errorCount: 1, warningCount: 0, infoCount: 0, units: [],
    messages: [{
      ruleId: null, severity: 'error', fatal: true, message, line, column, endLine: line, endColumn: column,
      offset: 0, endOffset: 0, lang: null, suggestions: [],
    }],
  };
}
