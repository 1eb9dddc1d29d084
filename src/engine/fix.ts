// --fix: applies the safe edits, re-lints until stable, and writes each changed file atomically.

import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findPlaceholders } from '../core/text/placeholders.js';
import type { FileResult, Message } from '../core/report.js';
import type { Span } from '../core/types.js';
import type { Decoded } from './read.js';
import { extensionOf } from '../sources/extension.js';

// Like ESLint: each pass may enable another fix; a cap keeps a bad lexicon from looping.
export const MAX_FIX_PASSES = 10;

type Fix = NonNullable<Message['fix']>;

// Characters a replacement may not contain in each format, because writing them would need escaping or
// quoting that depends on where the text sits (a JSON string, a quoted CSV field, a YAML scalar style).
const UNSAFE: Record<string, RegExp> = {
  json: /["\\\u0000-\u001f<>&]/,
  jsonl: /["\\\u0000-\u001f]/,
  ndjson: /["\\\u0000-\u001f]/,
  csv: /[",\r\n]/,
  tsv: /["\t\r\n]/,
  yaml: /['"\\:#\r\n]/,
  yml: /['"\\:#\r\n]/,
  html: /[<>&]/,
  htm: /[<>&]/,
};

/**
 * Whether a fix can be written as plain text: the span in the file reads exactly as the matched phrase (no
 * escape or entity inside it), the replacement needs no escaping in this format, and neither touches a
 * placeholder. Anything else stays a suggestion for a human.
 */
export function isWritable(filePath: string, text: string, m: Message, placeholders: readonly Span[] = findPlaceholders(text)): boolean {
  const f = m.fix;
  if (!f) return false;
  const raw = text.slice(f.offset, f.endOffset);
  if (m.actual !== undefined && raw !== m.actual) return false;
  if (UNSAFE[extensionOf(filePath)]?.test(f.text)) return false;
  // A placeholder overlapping the span (even partly) or one in the replacement is never written.
  if (placeholders.some((p) => p.start < Math.max(f.endOffset, f.offset + 1) && f.offset < p.end)) return false;
  return findPlaceholders(f.text).length === 0;
}

/** Applies non-overlapping fixes (first wins) that can be written safely; returns the new text. */
export function applyFixes(text: string, messages: readonly Message[], filePath = ''): { text: string; applied: number } {
  const placeholders = findPlaceholders(text);
  const fixes = messages
    .filter((m) => isWritable(filePath, text, m, placeholders))
    .map((m) => m.fix as Fix)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const f of fixes) {
    if (f.offset < at) continue;
    out += text.slice(at, f.offset) + f.text;
    at = f.endOffset;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

/** Lints, fixes and re-lints until nothing more is fixable; returns the last result and the final text. */
export function fixUntilStable(text: string, lint: (text: string) => FileResult): { result: FileResult; text: string; applied: number } {
  let result = lint(text);
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const next = applyFixes(text, result.messages, result.filePath);
    if (next.applied === 0 || next.text === text) break;
    applied += next.applied;
    text = next.text;
    result = lint(text);
  }
  return { result, text, applied };
}

export function encode(decoded: Pick<Decoded, 'bom' | 'encoding'>, text: string): Buffer {
  if (decoded.encoding === 'utf8') return Buffer.from((decoded.bom ? '\uFEFF' : '') + text, 'utf8');
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (decoded.encoding === 'utf16be') for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

export class FileChangedError extends Error {}

/**
 * Writes `data` over `path` through a temp file and a rename, keeping the file's mode. Refuses when the
 * file no longer holds `expected` (it changed while tonelint was fixing it).
 */
export function writeAtomically(path: string, data: Buffer, expected: Buffer): void {
  const current = readFileSync(path);
  if (!current.equals(expected)) throw new FileChangedError('the file changed while it was being fixed; not written');
  const mode = statSync(path).mode;
  const temp = join(dirname(path), `.${basename(path)}.tonelint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, data, { mode });
    renameSync(temp, path);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw err;
  }
}
