// The tone score: 100 minus what each finding costs, so a person can see where points went.

import type { Finding, Severity } from './types.js';

export const PHRASE_COST: Record<Severity, number> = { error: 20, warning: 10, info: 3 };
export const ELEMENT_COST = { apology: 15, acknowledgement: 15, 'next-step': 20, timeframe: 5, closing: 5, thanks: 5 } as const;

export function toneScore(findings: readonly Finding[]): number {
  const lost = findings.reduce((sum, f) => sum + f.cost, 0);
  return Math.max(0, 100 - lost);
}
