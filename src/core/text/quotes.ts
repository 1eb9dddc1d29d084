// Quoted words inside the agent's own text ("you wrote “calm down”") are the customer's, not the agent's.

import type { Span } from '../types.js';

const PAIRS = /“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|«[^»\n]{1,200}»|"[^"\n]{1,200}"/g;

export function findQuotes(text: string): Span[] {
  if (!/[“„«"]/.test(text)) return [];
  return [...text.matchAll(PAIRS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
