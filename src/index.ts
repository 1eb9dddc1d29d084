// The Node API: lint a text or files without the CLI (editor plugins, web pages, bots).

import { detectLanguage } from './core/language/detect.js';
import type { ProfileName } from './core/profiles.js';
import type { RuleSetting } from './core/lint.js';
import type { FileResult } from './core/report.js';
import type { Category, SeveritySetting } from './core/types.js';
import { builtinLanguages, type Languages } from './engine/languages.js';
import { lintDocument } from './engine/lint-document.js';
import { sourceParserFor } from './sources/index.js';

export interface LintTextOptions {
  /** Decides the format (".md" skips code and front matter); default: plain text. */
  filePath?: string;
  /** "auto" (default) or a language code. */
  language?: string;
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  categories?: Partial<Record<Category, SeveritySetting>>;
  minScore?: number;
}

let languages: Languages | undefined;

/** Lints one text with the built-in lexicons; synchronous. */
export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  languages ??= builtinLanguages();
  const { source: _source, ...result } = lintDocument(options.filePath ?? '<text>', text.replace(/^\uFEFF/, ''), {
    settings: { language: options.language, profile: options.profile, rules: options.rules, categories: options.categories },
    languages,
    detect: detectLanguage,
    minScore: options.minScore,
    parserFor: sourceParserFor,
  });
  return result;
}

export { run as lintFiles } from './engine/run.js';
export type { FileResult, Message, UnitSummary } from './core/report.js';
export type { Finding, Severity, Category, Element } from './core/types.js';
export { rules } from './core/rules/index.js';
export { PROFILES } from './core/profiles.js';
