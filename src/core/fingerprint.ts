// Fingerprints that survive edits moving a finding to another line: what, where (file), and which occurrence.

import type { Message } from './report.js';

/** FNV-1a, 64 bits as two 32-bit halves: small, pure and stable across runs and platforms. */
export function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export function fingerprintKey(filePath: string, m: Message): string {
  const what = m.actual ? m.actual.toLowerCase().replace(/\s+/g, ' ').trim() : m.element ?? '';
  return [filePath.split('\\').join('/'), m.ruleId ?? 'fatal', m.entryId ?? '', m.unit ?? '', what].join('\u0000');
}

/** One fingerprint per message, in message order; the n-th identical finding in a file gets occurrence n. */
export function fingerprints(filePath: string, messages: readonly Message[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const key = fingerprintKey(filePath, m);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return hash(`${key}\u0000${n}`);
  });
}
