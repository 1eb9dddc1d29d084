// require-thanks: thanking the customer for raising the issue turns a complaint into help.
import { requireElement } from './require-element.js';

export const requireThanks = requireElement(
  'require-thanks',
  'thanks',
  'The reply should thank the customer for raising the issue or for their patience.',
  'No thanks: thank the customer for telling you or for their patience.',
);
