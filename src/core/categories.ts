// Default severity of each avoid-phrase category (configurable with `categories` in the config).

import type { Category, Severity } from './types.js';

export const CATEGORY_SEVERITY: Record<Category, Severity> = {
  dismissive: 'error',
  blame: 'error',
  hostile: 'error',
  refusal: 'warning',
  policy: 'warning',
  'no-time': 'warning',
  patronizing: 'warning',
  overpromise: 'warning',
  negative: 'info',
};
