// require-closing: make sure nothing else is open before the conversation ends.
import { requireElement } from './require-element.js';

export const requireClosing = requireElement(
  'require-closing',
  'closing',
  'The reply should check whether anything else is open.',
  'No closing question: ask whether there is anything else you can do.',
);
