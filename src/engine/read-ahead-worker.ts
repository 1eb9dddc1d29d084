// The thread of read-ahead.ts: claims the next file of the run, reads it, and sends the bytes in batches.
// Files are read straight into batch buffers that the main thread sends back once it has copied them out,
// so reading allocates nothing per file and memory stays flat over 100,000 files.

import { closeSync, fstatSync, openSync } from 'node:fs';
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { readFully } from './read.js';
import { BATCH_BYTES, CLAIMED, CONSUMED, FINISHED, MAX_AHEAD, RESUME_AT, SENT, WAITING, type ReadAheadBatch, type ReadAheadSetup } from './read-ahead-protocol.js';

const BATCH_FILES = 32;

const { paths, pathEnds, largest, control, port } = workerData as ReadAheadSetup & { port: MessagePort };
const counters = new Int32Array(control);
const pathBytes = Buffer.from(paths);
const ends = new Int32Array(pathEnds);
// Path i runs from the NUL after path i - 1 to its own end.
const pathAt = (i: number) => pathBytes.toString('utf8', i ? (ends[i - 1] as number) + 1 : 0, ends[i]);
const spare: ArrayBuffer[] = [];

let buffer = new ArrayBuffer(BATCH_BYTES);
let indices: number[] = [];
/** Per entry of `indices`, where its bytes end in `buffer`. */
let fileEnds: number[] = [];
let used = 0;
let sent = 0;

/** A buffer of at least `size` bytes: one the main thread sent back, or a new one. */
function bufferFor(size: number): ArrayBuffer {
  if (size > BATCH_BYTES) return new ArrayBuffer(size);
  for (let back = receiveMessageOnPort(port); back; back = receiveMessageOnPort(port)) spare.push(back.message as ArrayBuffer);
  return spare.pop() ?? new ArrayBuffer(BATCH_BYTES);
}

function send(): void {
  if (!indices.length) return;
  const batch: ReadAheadBatch = { indices: Int32Array.from(indices), ends: Int32Array.from(fileEnds), buffer };
  port.postMessage(batch, [buffer]);
  Atomics.store(counters, SENT, ++sent);
  Atomics.notify(counters, SENT);
  indices = [];
  fileEnds = [];
  used = 0;
  buffer = bufferFor(BATCH_BYTES);
}

/** Reads the file into the batch; false for anything the main thread should read (and report) itself. */
function readInto(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > largest) return false;
    if (used + stat.size > buffer.byteLength) {
      send();
      if (stat.size > buffer.byteLength) buffer = bufferFor(stat.size);
    }
    used += readFully(fd, new Uint8Array(buffer, used, stat.size));
    return true;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

try {
  for (;;) {
    // Stay at most MAX_AHEAD batches ahead of the linting, so memory stays flat whatever the tree.
    if (sent - Atomics.load(counters, CONSUMED) >= MAX_AHEAD) {
      Atomics.store(counters, WAITING, 1);
      for (let consumed = Atomics.load(counters, CONSUMED); sent - consumed > RESUME_AT; consumed = Atomics.load(counters, CONSUMED)) {
        Atomics.wait(counters, CONSUMED, consumed, 1000);
      }
      Atomics.store(counters, WAITING, 0);
      continue;
    }
    const index = Atomics.add(counters, CLAIMED, 1);
    if (index >= ends.length) break;
    // A file left out is still listed (with no bytes), so the main thread knows to read it itself.
    const read = readInto(pathAt(index));
    indices.push(read ? index : -1 - index);
    fileEnds.push(used);
    if (indices.length >= BATCH_FILES || used >= BATCH_BYTES) send();
  }
  send();
} finally {
  Atomics.store(counters, FINISHED, 1);
  Atomics.notify(counters, SENT);
  port.close();
}
