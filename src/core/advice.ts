// Why each category and element matters, condensed from the de-escalation articles tonelint is built on.

import type { Category, Element } from './types.js';

export const CATEGORY_ADVICE: Record<Category, string> = {
  dismissive:
    'Telling an upset customer to calm down, or that the problem is small, dismisses their feelings and is the surest way to escalate. Acknowledge the frustration first; it is real to them.',
  blame:
    'Blaming the customer ("you should have read", "you failed to") puts them on the defensive. Describe what happened and what you will do, without assigning fault.',
  refusal:
    '"There is nothing I can do" leaves the customer alone with the problem. Say what you can do right now, even if it is not everything they asked for.',
  policy:
    'Hiding behind policy ("that is our policy", "rules are rules") sounds like a wall. Explain the reason in plain words and offer the options that remain.',
  'no-time':
    'Telling a customer you have no time makes their problem feel unimportant. If you must continue later, say when and how you will get back to them.',
  patronizing:
    'Lecturing ("as I already told you", "it is very simple") makes the customer feel stupid. Repeat information patiently and keep instructions short and concrete.',
  overpromise:
    'Promises nobody can keep ("I guarantee", "this will never happen again") turn into the next complaint. Agree a realistic solution and timeframe instead.',
  negative:
    'Negative framing ("problem", "unfortunately", "cannot") keeps attention on what went wrong. Say what is possible and what happens next.',
  hostile:
    'A reply that threatens, insults or mirrors abuse must not be sent. Step back, and escalate the case to a lead or follow your escalation path instead of answering.',
};

export const ELEMENT_ADVICE: Record<Element, string> = {
  apology: 'A sincere apology for the trouble tells the customer that their experience matters, even before it is solved.',
  acknowledgement: 'Saying that you understand the concern (or mirroring it back) shows you listened; it calms more than any solution.',
  thanks: 'Thanking the customer for raising the issue turns a complaint into feedback the company wants.',
  'next-step': 'A concrete next step (what you did, what happens next, what the customer can do) moves the case forward.',
  timeframe: 'A realistic timeframe ("by Friday", "within 24 hours") turns a promise into something the customer can rely on.',
  closing: 'Asking whether anything else is open makes sure the customer leaves with everything solved.',
};
