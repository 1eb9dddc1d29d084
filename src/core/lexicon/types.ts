// In-memory shape of lexicons: what avoid.yaml and elements.yaml hold once validated.

import type { Category, Element, Severity } from '../types.js';
import type { CompiledPattern } from '../text/pattern.js';

export interface LexiconEntry {
  id: string;
  /** Set for avoid.yaml entries. */
  category?: Category;
  /** Set for elements.yaml entries. */
  element?: Element;
  severity?: Severity;
  patterns: string[];
  unless: string[];
  message: string;
  suggestions: string[];
  fix?: string;
  /** Matches only when the phrase is an order to the customer ("calm down"), not a description. */
  orderOnly?: boolean;
  examples: string[];
  counterExamples: string[];
  /** Set to false by a team lexicon to switch a built-in entry off. */
  enabled: boolean;
  /** Where the entry was defined, for messages. */
  file: string;
  line?: number;
}

export interface Lexicon {
  language: string;
  name: string;
  entries: LexiconEntry[];
  /** Rewrites the require-* rules suggest when an element is missing. */
  missing: Partial<Record<Element, string[]>>;
  /** How drafts spell letters without the keyboard for them, e.g. German "ä" typed as "ae". */
  transliterations?: Record<string, string>;
}

/** A lexicon whose patterns are parsed: what the build step stores and the matcher indexes. */
export interface PreparedLexicon extends Lexicon {
  patterns: CompiledPattern[][];
  unlessPatterns: CompiledPattern[][];
}

export interface LexiconIssue {
  file: string;
  entryId?: string;
  field?: string;
  line?: number;
  message: string;
}

export function formatIssue(issue: LexiconIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const parts = [where, issue.entryId, issue.field].filter(Boolean);
  return `${parts.join(': ')}: ${issue.message}`;
}
