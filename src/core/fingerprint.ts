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
 * Fingerprints of the messages of one file, in order: rule, lexicon entry, file, reply, phrase, and how many
 * times that same key came before it in the file. Line numbers are left out on purpose, so a finding keeps
 * its identity when text above it moves. One message at a time, so a report of a large export need not hold
 * them all.
 */
export class Fingerprints {
  // By key without the file (the same for every message here): a large export has as many keys as messages.
  private readonly seen = new Map<string, number>();
  private readonly file: string;

  constructor(path: string) {
    this.file = path.split('\\').join('/');
  }

  next(m: Message): string {
    const rule = m.ruleId ?? '';
    const entry = m.entryId ?? m.element ?? '';
    const unit = m.unit ?? '';
    const actual = normalizeActual(m.actual);
    const key = `${rule}\u0000${entry}\u0000${unit}\u0000${actual}`;
    const occurrence = this.seen.get(key) ?? 0;
    this.seen.set(key, occurrence + 1);
    return fnv1a64(`${rule}\u0000${entry}\u0000${this.file}\u0000${unit}\u0000${actual}\u0000${occurrence}`);
  }
}

/** The fingerprint of each message of a file (see Fingerprints). */
export function fingerprints(path: string, messages: readonly Message[]): string[] {
  const prints = new Fingerprints(path);
  return messages.map((m) => prints.next(m));
}
