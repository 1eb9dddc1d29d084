// Plain text: the whole file is one reply.

import type { ParsedSource } from './types.js';
import { identity } from './types.js';

export function parseText(text: string): ParsedSource {
  return { units: [{ id: '1', text, skip: [], toFile: identity }], errors: [] };
}
