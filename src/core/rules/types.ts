// The rule plumbing: a rule reads the analysed reply and returns findings; it never reports or does I/O.

import type { CompiledLanguage, EntryMatch } from '../lexicon/compile.js';
import type { Token } from '../text/tokenize.js';
import type { Category, Element, Finding, Severity, SeveritySetting } from '../types.js';

/** A reply after language choice, tokenising and one matcher pass: everything rules look at. */
export interface ReplyAnalysis {
  text: string;
  tokens: Token[];
  /** The reply's language, or null when it could not be told. */
  language: string | null;
  /** The detector asked for a stronger one; the caller lints again. */
  undecided?: boolean;
  /** Set when the language was detected or forced but tonelint has no lexicon for it. */
  unsupportedLanguage?: string;
  lexicon?: CompiledLanguage;
  matches: EntryMatch[];
  /** Elements present in the agent's words. */
  elements: Map<Element, EntryMatch[]>;
  /** A snippet (greeting, sign-off, one-line text module), not a whole reply. */
  isFragment: boolean;
}

export interface RuleContext {
  severity: Severity;
  options: Record<string, unknown>;
  categories: Partial<Record<Category, SeveritySetting>>;
}

export interface Rule {
  id: string;
  description: string;
  /** Severity when neither the profile nor the config says otherwise. */
  defaultSeverity: SeveritySetting;
  check(reply: ReplyAnalysis, context: RuleContext): Finding[];
}
