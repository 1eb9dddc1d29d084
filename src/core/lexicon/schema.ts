// JSON Schemas of the two lexicon files; the validator turns their errors into file/entry/field messages.

import { CATEGORIES, ELEMENTS } from '../types.js';

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

const common = {
  id: { type: 'string', pattern: '^[a-z]{2,3}(-[a-z0-9]+)?\\.[a-z-]+\\.[a-z0-9]+(-[a-z0-9]+)*$' },
  severity: { enum: ['error', 'warning', 'info'] },
  patterns: { ...stringList, minItems: 1 },
  unless: stringList,
  message: { type: 'string', minLength: 1 },
  suggestions: { ...stringList, maxItems: 3 },
  fix: { type: 'string' },
  orderOnly: { type: 'boolean' },
  examples: stringList,
  counterExamples: stringList,
  enabled: { type: 'boolean' },
} as const;

/** One schema for avoid.yaml, elements.yaml and team lexicons; which fields an entry needs is checked after. */
export const lexiconSchema = {
  type: 'object',
  required: ['language', 'entries'],
  additionalProperties: false,
  properties: {
    language: { type: 'string', pattern: '^[a-z]{2,3}(-[a-z0-9]+)?$' },
    name: { type: 'string' },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: { ...common, category: { enum: [...CATEGORIES] }, element: { enum: [...ELEMENTS] } },
      },
    },
    missing: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(ELEMENTS.map((e) => [e, stringList])),
    },
    transliterations: { type: 'object', additionalProperties: { type: 'string', pattern: '^[a-z]+$' } },
  },
} as const;
