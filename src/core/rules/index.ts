// Every rule, in reporting order. The rule id is its file name.

import { avoidPhrase } from './avoid-phrase.js';
import { requireAcknowledgement } from './require-acknowledgement.js';
import { requireApology } from './require-apology.js';
import { requireClosing } from './require-closing.js';
import { requireNextStep } from './require-next-step.js';
import { requireThanks } from './require-thanks.js';
import { unsupportedLanguage } from './unsupported-language.js';
import { placeholderSyntax } from './placeholder-syntax.js';
import type { Rule } from './types.js';

export const rules: readonly Rule[] = [
  avoidPhrase,
  requireApology,
  requireAcknowledgement,
  requireNextStep,
  requireThanks,
  requireClosing,
  unsupportedLanguage,
  placeholderSyntax,
];

export const ruleIds: readonly string[] = rules.map((r) => r.id);
