// unsupported-language: a reply tonelint cannot judge is said so once, never passed in silence.

import type { Rule } from './types.js';

export const unsupportedLanguage: Rule = {
  id: 'unsupported-language',
  description: 'Reports a reply written in a language that has no lexicon.',
  defaultSeverity: 'info',
  check(reply, context) {
    if (reply.lexicon || reply.tokens.length === 0) return [];
    const t = reply.tokens[0]!;
    const what = reply.unsupportedLanguage ? `in "${reply.unsupportedLanguage}"` : 'in a language tonelint cannot tell';
    return [
      {
        ruleId: 'unsupported-language',
        severity: context.severity,
        message: `This reply is ${what}, which has no lexicon: it was not checked. Use --lang to force one.`,
        span: { start: t.start, end: t.end },
        suggestions: [],
        cost: 0,
      },
    ];
  },
};
