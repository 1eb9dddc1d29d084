// avoid-phrase: phrases from the lexicon that escalate an upset customer.

import { CATEGORY_SEVERITY } from '../categories.js';
import { PHRASE_COST } from '../score.js';
import type { Finding, Severity, Suggestion } from '../types.js';
import type { EntryMatch } from '../lexicon/compile.js';
import type { Rule } from './types.js';

const overlaps = (a: EntryMatch, b: EntryMatch) => a.span.start < b.span.end && b.span.start < a.span.end;

/** Keeps the capital letter of a phrase that starts a sentence. */
function matchCase(suggestion: string, actual: string): string {
  const first = actual[0];
  if (first && first !== first.toLowerCase()) return suggestion[0]?.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

export const avoidPhrase: Rule = {
  id: 'avoid-phrase',
  description: 'Phrases that dismiss, blame, refuse, hide behind policy or over-promise.',
  defaultSeverity: 'error',
  check(reply, context) {
    const findings: Finding[] = [];
    const phrases = reply.matches.filter((m) => m.entry.category);
    const kept: EntryMatch[] = [];
    // Overlapping phrases are one problem: keep the leftmost-longest (matches arrive sorted that way).
    for (const m of phrases) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
    for (const m of kept) {
      const entry = m.entry;
      const category = entry.category!;
      const configured = context.categories[category];
      if (configured === 'off') continue;
      const severity: Severity = configured ?? entry.severity ?? CATEGORY_SEVERITY[category];
      const actual = reply.text.slice(m.span.start, m.span.end);
      const suggestions: Suggestion[] = entry.suggestions.map((s) => {
        const text = matchCase(s, actual);
        return { text, edit: { span: m.span, text } };
      });
      // The Lithuanian article's escalation signals: a hostile draft is escalated, not rewritten and sent.
      const message = category === 'hostile' && !/escalat/i.test(entry.message) ? `${entry.message} Escalate the case to a lead instead of replying.` : entry.message;
      findings.push({
        ruleId: 'avoid-phrase',
        severity,
        message,
        span: m.span,
        entryId: entry.id,
        category,
        actual,
        suggestions,
        fix: entry.fix !== undefined ? { span: m.span, text: matchCase(entry.fix, actual) } : undefined,
        cost: category === 'hostile' ? 40 : PHRASE_COST[severity],
      });
    }
    return findings;
  },
};
