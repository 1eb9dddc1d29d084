// The thread of read-ahead.ts: claims the next file of the run, reads it, and sends the bytes in batches.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { CLAIMED, CONSUMED, FINISHED, MAX_AHEAD, SENT, type ReadAheadBatch, type ReadAheadSetup } from './read-ahead-protocol.js';

const BATCH_FILES = 32;
const BATCH_BYTES = 256 * 1024;

const { paths, largest, control, port } = workerData as ReadAheadSetup & { port: MessagePort };
const counters = new Int32Array(control);

/** The file's bytes, or undefined for anything the main thread should read (and report) itself. */
function readSmallFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > largest) return undefined;
    const bytes = Buffer.allocUnsafeSlow(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stat.size ? bytes : bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const EMPTY = Buffer.alloc(0);
let indices: number[] = [];
/** Per entry of `indices`, its bytes (empty for a file left to the main thread). */
let files: Buffer[] = [];
let bytes = 0;
let sent = 0;

function send(): void {
  if (!indices.length) return;
  const buffer = new ArrayBuffer(bytes);
  const view = new Uint8Array(buffer);
  const ends = new Int32Array(files.length);
  let at = 0;
  files.forEach((file, k) => {
    view.set(file, at);
    at += file.length;
    ends[k] = at;
  });
  const batch: ReadAheadBatch = { indices: Int32Array.from(indices), ends, buffer };
  port.postMessage(batch, [buffer]);
  Atomics.store(counters, SENT, ++sent);
  Atomics.notify(counters, SENT);
  indices = [];
  files = [];
  bytes = 0;
}

try {
  for (;;) {
    // Stay at most MAX_AHEAD batches ahead of the linting, so memory stays flat whatever the tree.
    const consumed = Atomics.load(counters, CONSUMED);
    if (sent - consumed >= MAX_AHEAD) {
      Atomics.wait(counters, CONSUMED, consumed, 1000);
      continue;
    }
    const index = Atomics.add(counters, CLAIMED, 1);
    if (index >= paths.length) break;
    const file = readSmallFile(paths[index] as string);
    // A file left out is still listed (with no bytes), so the main thread knows to read it itself.
    indices.push(file ? index : -1 - index);
    files.push(file ?? EMPTY);
    bytes += file?.length ?? 0;
    if (indices.length >= BATCH_FILES || bytes >= BATCH_BYTES) send();
  }
  send();
} finally {
  Atomics.store(counters, FINISHED, 1);
  Atomics.notify(counters, SENT);
  port.close();
}
