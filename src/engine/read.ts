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
/** Exports larger than this are read record by record (when not fixing; see stream.ts). */
export const DEFAULT_STREAM_ABOVE = 4 * 1024 * 1024;
/**
 * Bytes read at a time then. Small enough that a chunk's text is an ordinary young object: 1 MB strings live in
 * V8's large-object space, which only a full collection frees, and cost ~55 MiB more peak memory on a 33 MB export.
 */
export const DEFAULT_STREAM_CHUNK = 64 * 1024;

/** How many continuation bytes follow the lead byte `b`; -1 where `b` cannot start a sequence. */
export function utf8SequenceLength(b: number): number {
  return b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
}

/**
 * Whether `b` may follow the lead byte `lead` as its first continuation byte. Stricter than 0x80-0xbf after
 * E0, ED, F0 and F4, as the decoder is: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function utf8Continues(lead: number, b: number): boolean {
  if (lead === 0xe0) return b >= 0xa0 && b <= 0xbf;
  if (lead === 0xed) return b >= 0x80 && b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90 && b <= 0xbf;
  if (lead === 0xf4) return b >= 0x80 && b <= 0x8f;
  return (b & 0xc0) === 0x80;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = utf8SequenceLength(b);
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (!utf8Continues(k === 1 ? b : 0, bytes[i + k] ?? 0)) return i;
    i += need + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 };
}

/** The encoding a file's first bytes announce, and how many bytes of byte order mark come before its text. */
export function encodingOf(head: Uint8Array): { encoding: Decoded['encoding']; bom: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  return { encoding: 'utf8', bom: head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0 };
}

export const decoderLabel = (encoding: Decoded['encoding']) => (encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');

/** A NUL byte in the first 8000 bytes of a UTF-8 file's text (after its byte order mark). */
export function binaryCheck(body: Uint8Array): void {
  const head = body.length > 8000 ? body.subarray(0, 8000) : body;
  if (head.includes(0)) throw new InputError('binary file (it contains NUL bytes), not linted');
}

/** `at`: offset in the text's bytes (after a byte order mark of `bom` bytes), -1 where no byte is to blame. */
export function invalidUtf8(at: number, bom: number, line: number, column: number): InputError {
  return new InputError(`invalid UTF-8 at byte ${at + bom}; save the file as UTF-8`, line, column);
}

// Decoding whole texts keeps no state between calls: one decoder serves every file.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array): Decoded {
  const { encoding, bom } = encodingOf(bytes);
  const body = bom ? bytes.subarray(bom) : bytes;
  if (encoding !== 'utf8') return { text: new TextDecoder(decoderLabel(encoding)).decode(body), bom: true, encoding };
  binaryCheck(body);
  try {
    return { text: utf8.decode(body), bom: bom > 0, encoding };
  } catch {
    const at = firstInvalidUtf8(body);
    const pos = positionOfByte(body, Math.max(0, at));
    throw invalidUtf8(at, bom, pos.line, pos.column);
  }
}

/** A whole file's bytes as text (read elsewhere, as by read-ahead.ts). */
export function decodeInput(bytes: Buffer): Decoded {
  try {
    return { ...decode(bytes), bytes };
  } catch (err) {
    throw readError(err);
  }
}

/** A file to read a chunk at a time (see read-chunks.ts) rather than whole. */
export interface LargeFile {
  large: true;
  path: string;
  size: number;
}

export function readInput(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Decoded {
  return openInput(path, maxFileSize) as Decoded;
}

/**
 * Reads a file whole, or, when `streamAbove` is given and the file is larger, only says so: such a file is read
 * a chunk at a time and is not refused for its size.
 */
export function openInput(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE, streamAbove?: number): Decoded | LargeFile {
  // One open, one fstat, one read: the size is checked on the open file before anything is read.
  const fd = openFile(path);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (streamAbove !== undefined && stat.size > streamAbove) return { large: true, path, size: stat.size };
    if (stat.size > maxFileSize) throw new InputError(`file is ${mb(stat.size)}, over the ${mb(maxFileSize)} limit (--max-file-size); not linted`);
    const bytes = Buffer.allocUnsafe(stat.size);
    const read = readFully(fd, bytes);
    return decodeInput(read === stat.size ? bytes : bytes.subarray(0, read));
  } catch (err) {
    throw readError(err);
  } finally {
    closeSync(fd);
  }
}

/** Reads from the start of the file into `into` until it is full or the file ends; how many bytes were read. */
export function readFully(fd: number, into: Uint8Array): number {
  let read = 0;
  while (read < into.length) {
    const n = readSync(fd, into, read, into.length - read, read);
    if (n === 0) break;
    read += n;
  }
  return read;
}

export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Opens a file for reading, or says in one line why it cannot be. */
export function openFile(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'no such file (was it moved or deleted?)' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`,
    );
  }
}

export function readError(err: unknown): InputError {
  return err instanceof InputError ? err : new InputError(`cannot read (${(err as NodeJS.ErrnoException).code ?? err})`);
}
