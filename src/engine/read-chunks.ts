// Large files read a chunk at a time into one reused buffer and decoded as they come, with the checks and the
// one-line messages decode() (read.ts) gives for a whole file: byte order marks, UTF-16, binary files, and
// invalid UTF-8 with the line and column of the first bad byte.

import { closeSync, fstatSync, readSync } from 'node:fs';
import { binaryCheck, DEFAULT_STREAM_CHUNK, decoderLabel, encodingOf, invalidUtf8, openFile, readError, utf8Continues, utf8SequenceLength } from './read.js';

export interface TextChunk {
  text: string;
  /** The last chunk: the text runs to the end of the file. */
  final: boolean;
}

/** The text of the file at `path`, in chunks of about `chunkSize()` bytes each. */
export function* textChunks(path: string, chunkSize: () => number): Generator<TextChunk> {
  const fd = openFile(path);
  try {
    // The size now, not when the file was first looked at: an export may still have been being written then.
    const { size } = fstatSync(fd);
    const head = Buffer.alloc(3);
    const { encoding, bom } = encodingOf(head.subarray(0, readSync(fd, head, 0, 3, 0)));
    if (encoding === 'utf8') {
      const probe = Buffer.alloc(8000);
      binaryCheck(probe.subarray(0, readSync(fd, probe, 0, probe.length, bom)));
    }
    const decoder = new TextDecoder(decoderLabel(encoding), { fatal: encoding === 'utf8' });
    let buffer = Buffer.allocUnsafe(Math.max(16, chunkSize()));
    for (let pos = bom; ; ) {
      const want = Math.max(16, chunkSize());
      if (want > buffer.length) buffer = Buffer.allocUnsafe(want);
      const n = pos < size ? readSync(fd, buffer, 0, Math.min(want, size - pos), pos) : 0;
      pos += n;
      const final = n === 0 || pos >= size;
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(0, n), { stream: !final });
      } catch {
        const bad = findInvalidUtf8(fd, bom, size, DEFAULT_STREAM_CHUNK);
        throw invalidUtf8(bad.at, bom, bad.line, bad.column);
      }
      yield { text, final };
      if (final) return;
    }
  } catch (err) {
    throw readError(err);
  } finally {
    closeSync(fd);
  }
}

/**
 * The first byte of the text that is not part of a valid UTF-8 sequence (-1 if none is, where the decoder
 * still refused the text, as for a whole file) and its line and column: the file is read again from the start.
 */
function findInvalidUtf8(fd: number, bom: number, size: number, chunkSize: number): { at: number; line: number; column: number } {
  const decoder = new TextDecoder('utf-8');
  let line = 1;
  let column = 1;
  const count = (text: string) => {
    let last = -1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      line++;
      last = i;
    }
    column = last < 0 ? column + text.length : text.length - last;
  };
  const chunk = Buffer.allocUnsafe(chunkSize);
  let carry: Buffer = Buffer.alloc(0);
  // `offset`: where the bytes in `buf` start in the text.
  for (let pos = bom, offset = 0; ; ) {
    const n = pos < size ? readSync(fd, chunk, 0, Math.min(chunkSize, size - pos), pos) : 0;
    pos += n;
    const final = n === 0 || pos >= size;
    const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    let i = 0;
    let bad = -1;
    while (i < buf.length) {
      const need = utf8SequenceLength(buf[i] as number);
      if (need >= 0 && i + need >= buf.length && !final) break; // the sequence goes on in the next chunk
      let ok = need >= 0;
      for (let k = 1; ok && k <= need; k++) ok = utf8Continues(k === 1 ? (buf[i] as number) : 0, buf[i + k] ?? 0);
      if (!ok) {
        bad = i;
        break;
      }
      i += need + 1;
    }
    if (bad >= 0) {
      count(decoder.decode(buf.subarray(0, bad)));
      return { at: offset + bad, line, column };
    }
    if (final) return { at: -1, line: 1, column: 1 };
    count(decoder.decode(buf.subarray(0, i), { stream: true }));
    offset += i;
    carry = Buffer.from(buf.subarray(i));
  }
}
