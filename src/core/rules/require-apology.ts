// require-apology: an upset customer first needs a sincere apology.
import { requireElement } from './require-element.js';

export const requireApology = requireElement(
  'require-apology',
  'apology',
  'The reply should apologise for the trouble.',
  'No apology: a sincere "I am sorry that ..." tells the customer their trouble matters.',
);
