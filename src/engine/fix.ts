// --fix: applies the safe edits, re-lints until stable, and writes each changed file atomically.

import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findPlaceholders } from '../core/text/placeholders.js';
import type { FileResult, Message } from '../core/report.js';
import type { Decoded } from './read.js';

// Like ESLint: each pass may enable another fix; a cap keeps a bad lexicon from looping.
export const MAX_FIX_PASSES = 10;

type Fix = NonNullable<Message['fix']>;

/** Applies non-overlapping fixes (first wins) that leave placeholders alone; returns the new text. */
export function applyFixes(text: string, messages: readonly Message[]): { text: string; applied: number } {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => f !== undefined)
    .filter((f) => findPlaceholders(text.slice(f.offset, f.endOffset)).length === 0 && findPlaceholders(f.text).length === 0)
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
    const next = applyFixes(text, result.messages);
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
