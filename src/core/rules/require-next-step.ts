// require-next-step: a concrete action that moves the case forward, with a timeframe if configured.

import { judgeable, missingFinding } from './require-element.js';
import type { Rule } from './types.js';

export const requireNextStep: Rule = {
  id: 'require-next-step',
  description: 'The reply should offer a concrete next step (option "timeframe": it must also say when).',
  defaultSeverity: 'warning',
  check(reply, context) {
    if (!judgeable(reply)) return [];
    if (!reply.elements.has('next-step')) {
      return [missingFinding(reply, context, this.id, 'next-step', 'No concrete next step: say what you have done or will do, and by when.')];
    }
    if (context.options.timeframe === true && !reply.elements.has('timeframe')) {
      return [missingFinding(reply, context, this.id, 'timeframe', 'The next step has no timeframe: say when the customer will hear from you or see the result.')];
    }
    return [];
  },
};
