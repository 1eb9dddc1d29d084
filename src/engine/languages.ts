// The languages a run can use: built-in lexicons plus team lexicons, compiled on first use.

import { compileLanguage, type CompiledLanguage } from '../core/lexicon/compile.js';
import type { LexiconIssue, PreparedLexicon } from '../core/lexicon/types.js';
import type { LanguageSet } from '../core/lint.js';
import { loadBuiltin } from './builtin.js';

export class Languages implements LanguageSet {
  private readonly compiled = new Map<string, CompiledLanguage>();

  constructor(private readonly prepared: Map<string, PreparedLexicon>) {}

  get supported(): string[] {
    return [...this.prepared.keys()].sort();
  }

  get(code: string): CompiledLanguage | undefined {
    let language = this.compiled.get(code);
    if (!language) {
      const prepared = this.prepared.get(code);
      if (!prepared) return undefined;
      language = compileLanguage(prepared);
      this.compiled.set(code, language);
    }
    return language;
  }

  /** Signature words per language, for quick detection. */
  signatures(): Record<string, string[]> {
    return Object.fromEntries([...this.prepared].map(([code, l]) => [code, l.signature ?? []]));
  }

  lexicon(code: string): PreparedLexicon | undefined {
    return this.prepared.get(code);
  }
}

/** The built-in lexicons only (no YAML or schema code is loaded). */
export function builtinLanguages(): Languages {
  return new Languages(new Map(loadBuiltin().lexicons.map((l) => [l.language, l])));
}

/** Built-in lexicons with the team's files (paths resolved by the caller) applied in order. */
export async function loadLanguages(teamFiles: { file: string; display: string }[] = []): Promise<{ languages: Languages; issues: LexiconIssue[] }> {
  if (!teamFiles.length) return { languages: builtinLanguages(), issues: [] };
  const { applyTeamLexicon } = await import('./lexicon-files.js');
  const prepared = new Map(loadBuiltin().lexicons.map((l) => [l.language, l]));
  const issues: LexiconIssue[] = [];
  for (const { file, display } of teamFiles) issues.push(...applyTeamLexicon(file, display, prepared));
  return { languages: new Languages(prepared), issues };
}
