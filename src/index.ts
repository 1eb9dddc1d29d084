// The Node API: lint a text or files without the CLI (editor plugins, web pages, bots).

import { franc } from 'franc';
import { detectLanguage as detectWith } from './core/language/detect.js';
import type { Settings } from './engine/config.js';
import type { FileResult } from './core/report.js';
import { builtinLanguages, type Languages } from './engine/languages.js';
import { lintDocument } from './engine/lint-document.js';
import { RunDetector } from './engine/detection.js';
import { sourceParserFor } from './sources/index.js';

/** The per-file settings of a config (language "auto" by default), plus where the text comes from. */
export interface LintTextOptions extends Pick<Settings, 'language' | 'profile' | 'rules' | 'categories' | 'fragment'> {
  /** Decides the format (".md" skips code and front matter, ".json" reads help-desk exports). */
  filePath?: string;
  minScore?: number;
}

let languages: Languages | undefined;
let detector: RunDetector | undefined;

/** Lints one text with the built-in lexicons; synchronous. */
export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  languages ??= builtinLanguages();
  // The same detection as the CLI; franc is already loaded here because this API is synchronous.
  detector ??= new RunDetector(languages, (text) => detectWith(franc, text));
  const { source: _source, ...result } = lintDocument(options.filePath ?? '<text>', text.replace(/^\uFEFF/, ''), {
    settings: { language: options.language, profile: options.profile, rules: options.rules, categories: options.categories, fragment: options.fragment },
    languages,
    detect: detector.detect,
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
