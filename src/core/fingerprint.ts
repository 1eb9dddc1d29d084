// Fingerprints that survive edits moving a finding to another line: what, where (file), and which occurrence.
// Shared by SARIF partialFingerprints and baselines.

import type { Message } from './report.js';

const utf8 = new TextEncoder();

/** 64-bit FNV-1a over the UTF-8 bytes, in two 32-bit halves (no BigInt, no crypto: pure and portable). */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of utf8.encode(text)) {
    lo ^= byte;
    // (hi·2³² + lo) · (2⁴⁰ + 0x1b3) mod 2⁶⁴
    const t = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(t / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0;
    lo = t >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** The matched phrase as it is compared across commits: lower case, whitespace collapsed. */
export const normalizeActual = (actual: string | undefined) => (actual ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Fingerprint of each message of a file: rule, lexicon entry, file, reply, phrase, and how many times
 * that same key came before it in the file. Line numbers are left out on purpose, so a finding keeps its
 * identity when text above it moves.
 */
export function fingerprints(path: string, messages: readonly Message[]): string[] {
  const seen = new Map<string, number>();
  const file = path.split('\\').join('/');
  return messages.map((m) => {
    const key = [m.ruleId ?? '', m.entryId ?? m.element ?? '', file, m.unit ?? '', normalizeActual(m.actual)].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return fnv1a64(`${key}\u0000${occurrence}`);
  });
}
