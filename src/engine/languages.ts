// The languages a run can use: built-in lexicons plus team lexicons, compiled on first use.

import { compileLanguage, type CompiledLanguage } from '../core/lexicon/compile.js';
import type { LexiconIssue, PreparedLexicon } from '../core/lexicon/types.js';
import type { LanguageSet } from '../core/lint.js';
import { SignatureOwners } from '../core/language/signature.js';
import { loadAllBuiltin, loadBuiltinIndex, loadBuiltinLexicon, loadSignatures } from './builtin.js';

export class Languages implements LanguageSet {
  private readonly compiled = new Map<string, CompiledLanguage>();

  /**
   * `prepared` holds the lexicons that differ from the built-in ones (team files applied); every other
   * supported language is read from the build output on first use.
   */
  constructor(
    private readonly prepared: Map<string, PreparedLexicon>,
    private readonly builtin: readonly string[] = [],
  ) {}

  get supported(): string[] {
    return [...new Set([...this.builtin, ...this.prepared.keys()])].sort();
  }

  get(code: string): CompiledLanguage | undefined {
    let language = this.compiled.get(code);
    if (!language) {
      const prepared = this.lexicon(code);
      if (!prepared) return undefined;
      language = compileLanguage(prepared);
      this.compiled.set(code, language);
    }
    return language;
  }

  /** Signature words of the built-in languages, for quick detection (team lexicons add none). */
  signatures(): SignatureOwners {
    return new SignatureOwners(loadSignatures());
  }

  lexicon(code: string): PreparedLexicon | undefined {
    const own = this.prepared.get(code);
    if (own) return own;
    if (!this.builtin.includes(code)) return undefined;
    const lexicon = loadBuiltinLexicon(code);
    this.prepared.set(code, lexicon);
    return lexicon;
  }
}

/** The built-in lexicons only (no YAML or schema code is loaded). */
export function builtinLanguages(): Languages {
  return new Languages(new Map(), loadBuiltinIndex().languages.map((l) => l.code));
}

/** Built-in lexicons with the team's files (paths resolved by the caller) applied in order. */
export async function loadLanguages(teamFiles: { file: string; display: string }[] = []): Promise<{ languages: Languages; issues: LexiconIssue[] }> {
  if (!teamFiles.length) return { languages: builtinLanguages(), issues: [] };
  const { applyTeamLexicon } = await import('./lexicon-files.js');
  const prepared = new Map(loadAllBuiltin().map((l) => [l.language, l]));
  const issues: LexiconIssue[] = [];
  for (const { file, display } of teamFiles) issues.push(...applyTeamLexicon(file, display, prepared));
  return { languages: new Languages(prepared), issues };
}
