// `tonelint explain <rule | entry id | phrase>`: why it matters, what to avoid, what to write instead.

import { CATEGORY_ADVICE, ELEMENT_ADVICE } from '../core/advice.js';
import { CATEGORY_SEVERITY } from '../core/categories.js';
import type { LexiconEntry } from '../core/lexicon/types.js';
import { parseExample } from '../core/lexicon/examples.js';
import { lintReply } from '../core/lint.js';
import { rules } from '../core/rules/index.js';
import type { Element } from '../core/types.js';
import { ToolError } from '../engine/errors.js';
import type { Languages } from '../engine/languages.js';
import { prepare } from '../engine/run.js';
import type { Io } from './io.js';

const RULE_ELEMENT: Record<string, Element> = {
  'require-apology': 'apology',
  'require-acknowledgement': 'acknowledgement',
  'require-next-step': 'next-step',
  'require-thanks': 'thanks',
  'require-closing': 'closing',
};

const example = (e: string) => parseExample(e).text;

function describeEntry(entry: LexiconEntry, lines: string[]): void {
  if (entry.category) {
    lines.push(`${entry.id}  (avoid-phrase, ${entry.category}, ${entry.severity ?? CATEGORY_SEVERITY[entry.category]})`, '');
    lines.push(entry.message, '', CATEGORY_ADVICE[entry.category], '');
    lines.push('Avoid:', ...entry.examples.map((e) => `  ✗ ${example(e)}`), '');
    lines.push('Write instead:', ...entry.suggestions.map((s) => `  ✓ ${s}`));
    if (entry.counterExamples.length) lines.push('', 'Not flagged:', ...entry.counterExamples.map((e) => `  · ${e}`));
  } else if (entry.element) {
    lines.push(`${entry.id}  (reply element: ${entry.element})`, '', ELEMENT_ADVICE[entry.element], '');
    lines.push('Counts as this element:', ...entry.examples.map((e) => `  ✓ ${example(e)}`));
  }
}

function describeRule(id: string, lang: string, languages: Languages, lines: string[]): void {
  const rule = rules.find((r) => r.id === id)!;
  lines.push(`${rule.id}: ${rule.description}`, '');
  const lexicon = languages.get(lang);
  const element = RULE_ELEMENT[id];
  if (element) {
    lines.push(ELEMENT_ADVICE[element], '');
    if (!lexicon) return;
    const present = lexicon.entries.filter((e) => e.element === element).flatMap((e) => e.examples.map(example)).slice(0, 4);
    if (present.length) lines.push(`Counts as ${element} (${lexicon.name}):`, ...present.map((e) => `  ✓ ${e}`), '');
    const rewrites = lexicon.missing[element] ?? [];
    if (rewrites.length) lines.push('When it is missing, try:', ...rewrites.map((s) => `  → ${s}`));
    return;
  }
  if (id === 'avoid-phrase' && lexicon) {
    lines.push(`Phrases to avoid in ${lexicon.name}, one per category (tonelint lexicons show ${lang} lists all):`, '');
    const seen = new Set<string>();
    for (const e of lexicon.entries) {
      if (!e.category || seen.has(e.category)) continue;
      seen.add(e.category);
      lines.push(`${e.category}: ${CATEGORY_ADVICE[e.category]}`);
      if (e.examples[0]) lines.push(`  ✗ ${example(e.examples[0])}`);
      if (e.suggestions[0]) lines.push(`  ✓ ${e.suggestions[0]}`);
      lines.push('');
    }
  }
}

export async function explainCommand(subject: string, flags: { lang?: string; config?: string }, io: Io): Promise<number> {
  const { languages } = await prepare(io.cwd, flags.config);
  const lines: string[] = [];
  if (rules.some((r) => r.id === subject)) {
    describeRule(subject, flags.lang ?? 'en', languages, lines);
  } else {
    const lang = flags.lang ?? subject.split('.')[0] ?? 'en';
    const entry = languages.get(lang)?.entries.find((e) => e.id === subject);
    if (entry) describeEntry(entry, lines);
    else {
      // A phrase may be in any language: the detected one first, then every other.
      const detectLanguage = await (await import('../engine/franc.js')).loadStrongDetector();
      const guess = flags.lang ?? detectLanguage(subject);
      const order = [...new Set([guess, ...languages.supported].filter((l): l is string => Boolean(l)))];
      let ids: string[] = [];
      let language: ReturnType<typeof languages.get>;
      for (const code of flags.lang ? [flags.lang] : order) {
        const result = lintReply(subject, { languages, language: code, fragment: true });
        ids = result.findings.filter((f) => f.entryId).map((f) => f.entryId!);
        language = languages.get(code);
        if (ids.length) break;
      }
      if (!language || !ids.length) {
        throw new ToolError(`"${subject}" is not a rule, a lexicon entry or a phrase tonelint flags (rules: ${rules.map((r) => r.id).join(', ')})`);
      }
      for (const id of ids) {
        describeEntry(language.entries.find((e) => e.id === id)!, lines);
        lines.push('');
      }
    }
  }
  io.stdout(`${lines.join('\n').trimEnd()}\n`);
  return 0;
}
