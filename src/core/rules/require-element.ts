// Shared shape of the require-* rules: one finding per reply that lacks an element, at its first word.

import { ELEMENT_COST } from '../score.js';
import type { Element, Finding, Span } from '../types.js';
import type { ReplyAnalysis, Rule, RuleContext } from './types.js';

export function firstWord(reply: ReplyAnalysis): Span {
  const t = reply.tokens[0];
  return t ? { start: t.start, end: t.end } : { start: 0, end: 0 };
}

export function missingFinding(
  reply: ReplyAnalysis,
  context: RuleContext,
  ruleId: string,
  element: Element,
  message: string,
): Finding {
  const rewrites = reply.lexicon?.missing[element] ?? [];
  return {
    ruleId,
    severity: context.severity,
    message,
    span: firstWord(reply),
    element,
    suggestions: rewrites.map((text) => ({ text })),
    cost: ELEMENT_COST[element],
  };
}

/** Whether the require-* rules have anything to judge: a whole reply in a language we have. */
export function judgeable(reply: ReplyAnalysis): boolean {
  return Boolean(reply.lexicon) && !reply.isFragment && reply.tokens.length > 0;
}

export function requireElement(id: string, element: Element, description: string, message: string): Rule {
  return {
    id,
    description,
    defaultSeverity: 'warning',
    check(reply, context) {
      if (!judgeable(reply) || reply.elements.has(element)) return [];
      return [missingFinding(reply, context, id, element, message)];
    },
  };
}
