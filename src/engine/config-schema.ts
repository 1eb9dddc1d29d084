// JSON Schema of the configuration file; every key is listed so a typo is named, not ignored.

import { CATEGORIES } from '../core/types.js';
import { PROFILE_NAMES } from '../core/profiles.js';

const severity = { enum: ['error', 'warning', 'info', 'off'] };
const ruleSetting = {
  anyOf: [
    severity,
    { type: 'array', minItems: 1, maxItems: 2, items: [severity, { type: 'object' }] },
  ],
};
const globs = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

const settings = {
  language: { type: 'string', pattern: '^(auto|[a-z]{2,3}(-[a-z0-9]+)?)$' },
  profile: { enum: [...PROFILE_NAMES] },
  rules: { type: 'object', additionalProperties: ruleSetting },
  categories: { type: 'object', additionalProperties: false, properties: Object.fromEntries(CATEGORIES.map((c) => [c, severity])) },
  fragment: { type: 'boolean' },
};

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    ...settings,
    lexicons: { type: 'array', items: { type: 'string' } },
    extensions: { type: 'array', items: { type: 'string', pattern: '^\\.[A-Za-z0-9]+$' } },
    ignorePatterns: { type: 'array', items: { type: 'string' } },
    maxWarnings: { type: 'integer', minimum: -1 },
    minScore: { type: 'integer', minimum: 0, maximum: 100 },
    maxFileSize: { type: 'integer', minimum: 1 },
    skipInternalNotes: { type: 'boolean' },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files', 'text'],
        additionalProperties: false,
        properties: {
          files: { type: 'string' },
          text: { type: 'array', minItems: 1, items: { type: 'string' } },
          title: { type: 'string' },
          html: { type: 'boolean' },
        },
      },
    },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: { files: globs, ...settings },
      },
    },
  },
} as const;
