// Reads an input file as text, or says in one line why it cannot be linted.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface Decoded {
  text: string;
  /** The bytes as read, to detect a file that changes before --fix writes it. */
  bytes?: Buffer;
  /** The file started with a byte order mark (kept out of `text`, restored by --fix). */
  bom: boolean;
  encoding: 'utf8' | 'utf16le' | 'utf16be';
}

export class InputError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 };
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: true, encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: true, encoding: 'utf16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const probe = body.subarray(0, 8000);
  if (probe.includes(0)) throw new InputError('binary file (it contains NUL bytes), not linted');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom, encoding: 'utf8' };
  } catch {
    const at = firstInvalidUtf8(body);
    const pos = positionOfByte(body, Math.max(0, at));
    throw new InputError(`invalid UTF-8 at byte ${at + (bom ? 3 : 0)}; save the file as UTF-8`, pos.line, pos.column);
  }
}

export function readInput(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Decoded {
  // One open, one fstat, one read: the size is checked on the open file before anything is read.
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'no such file (was it moved or deleted?)' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (stat.size > maxFileSize) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new InputError(`file is ${mb(stat.size)}, over the ${mb(maxFileSize)} limit (--max-file-size); not linted`);
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const body = read === stat.size ? bytes : bytes.subarray(0, read);
    return { ...decode(body), bytes: body };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read (${(err as NodeJS.ErrnoException).code ?? err})`);
  } finally {
    closeSync(fd);
  }
}
