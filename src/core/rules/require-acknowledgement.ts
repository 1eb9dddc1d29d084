// require-acknowledgement: show that you understood the concern before solving it.
import { requireElement } from './require-element.js';

export const requireAcknowledgement = requireElement(
  'require-acknowledgement',
  'acknowledgement',
  'The reply should acknowledge how the customer feels or that their point is valid.',
  'No acknowledgement: say that you understand the concern before you explain or solve it.',
);
