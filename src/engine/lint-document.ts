// Lints the text of one file: source units -> core -> messages placed in the file.

import { lintReply, type Detector, type LanguageSet } from '../core/lint.js';
import { countSeverities, toMessage, type FileResult, type Message, type UnitSummary } from '../core/report.js';
import { LineIndex } from '../core/text/line-index.js';
import type { SourceOptions } from '../sources/types.js';
import type { ParserFor } from './parsers.js';
import type { Settings } from './config.js';
import { isOrderToReader } from './order-check.js';
import { applyDirectives, findDirectives } from './directives.js';


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

export function lintDocument(filePath: string, text: string, options: DocumentOptions): FileResult {
  const lines = new LineIndex(text);
  const parsed = options.parserFor(filePath, options.sources)(text);
  const notices = parsed.errors.filter((e) => e.unknownShape).map((e) => e.message);
  const messages: Message[] = parsed.errors.filter((e) => !e.unknownShape).map((e) => {
    const pos = lines.position(e.offset);
    return {
      ruleId: null, severity: 'error', message: e.message, fatal: true, line: pos.line, column: pos.column,
      endLine: pos.line, endColumn: pos.column, offset: e.offset, endOffset: e.offset, lang: null, suggestions: [],
    };
  });
  const units: UnitSummary[] = [];
  let undecided = false;
  const { settings } = options;
  for (const unit of parsed.units) {
    const result = lintReply(unit.text, {
      languages: options.languages,
      detect: options.detect,
      language: settings.language && settings.language !== 'auto' ? settings.language : baseLanguage(unit.language) ?? settings.language,
      profile: unit.profile ?? settings.profile,
      rules: settings.rules,
      categories: settings.categories,
      skip: unit.skip,
      fragment: unit.fragment ?? settings.fragment,
      isOrder: isOrderToReader,
    });
    if (result.undecided) undecided = true;
    const unitName = parsed.units.length > 1 ? unit.title ?? unit.id : undefined;
    for (const finding of result.findings) messages.push(toMessage(finding, unit.toFile, lines, result.language, unitName));
    const line = lines.position(unit.toFile(0)).line;
    if (options.minScore !== undefined && result.score < options.minScore) {
      const offset = unit.toFile(0);
      messages.push({
        ruleId: 'min-score', severity: 'error', line, column: 1, endLine: line, endColumn: 1, offset, endOffset: offset,
        message: `Tone score ${result.score} is below the required ${options.minScore}.`, lang: result.language, unit: unitName, suggestions: [],
      });
    }
    units.push({ id: unit.id, title: unit.title, line, language: result.language, score: result.score });
  }
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const directives = findDirectives(filePath, text, (offset) => lines.position(offset));
  const shown = applyDirectives(messages, directives, options.reportUnusedDirectives ?? false);
  return {
    filePath,
    language: mostCommon(units.map((u) => u.language)),
    score: units.length ? Math.min(...units.map((u) => u.score)) : null,
    ...countSeverities(shown),
    units,
    messages: shown,
    source: text,
    ...(undecided ? { undecided } : {}),
    ...(notices.length ? { notices } : {}),
  };
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
