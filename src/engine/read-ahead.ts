// Reads the files of a large run ahead of the linting, in a thread of its own. Opening, reading and
// closing a small file costs more system time than linting it takes: on a second core that time
// overlaps with the linting instead of adding to it.

import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { BATCH_BYTES, CLAIMED, CONSUMED, CONTROL_SLOTS, FINISHED, RESUME_AT, SENT, WAITING, sharePaths, type ReadAheadBatch, type ReadAheadSetup } from './read-ahead-protocol.js';

// How long the main thread waits for a file the thread claimed before it reads the file itself.
const WAIT_MS = 1000;

export class ReadAhead {
  private readonly counters: Int32Array;
  private readonly port: MessagePort;
  private readonly worker: Worker;
  /** By file index, bytes read and not taken yet; null for a file the thread left to the main thread. */
  private readonly ready: (Buffer | null | undefined)[] = [];
  private received = 0;

  /** @param largest files above this many bytes are read by the caller, as are those the thread cannot read. */
  constructor(paths: readonly string[], largest: number) {
    const control = new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT);
    this.counters = new Int32Array(control);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const setup: ReadAheadSetup & { port: MessagePort } = { ...sharePaths(paths), largest, control, port: port2 };
    this.worker = new Worker(new URL('./read-ahead-worker.js', import.meta.url), {
      workerData: setup,
      transferList: [port2],
      // The thread holds a batch at a time (the paths are shared): a small heap keeps the run within its memory budget.
      resourceLimits: { maxYoungGenerationSizeMb: 2 },
    });
    // Whatever happens to the thread, the main thread reads what it did not: an error here loses nothing.
    this.worker.on('error', () => Atomics.store(this.counters, FINISHED, 1));
    this.worker.unref();
  }

  /**
   * File `index`'s bytes, or undefined when the caller should read the file itself (and say why it cannot).
   * Takes files in ascending order, each once.
   */
  take(index: number): Buffer | undefined {
    for (;;) {
      const bytes = this.ready[index];
      if (bytes !== undefined) {
        this.ready[index] = undefined;
        return bytes ?? undefined;
      }
      // Not claimed by the thread yet (it is starting, or behind): this thread reads the file.
      if (Atomics.compareExchange(this.counters, CLAIMED, index, index + 1) === index) return undefined;
      if (this.receive()) continue;
      if (Atomics.load(this.counters, FINISHED)) {
        if (this.receive()) continue;
        return undefined;
      }
      // A thread that died after claiming the file (out of memory) never sends it, and its 'error' event cannot
      // come while this thread waits: after a long silence this thread reads the file itself.
      if (Atomics.wait(this.counters, SENT, this.received, WAIT_MS) === 'timed-out') return undefined;
    }
  }

  close(): void {
    void this.worker.terminate();
    this.port.close();
  }

  private receive(): boolean {
    const message = receiveMessageOnPort(this.port);
    if (!message) return false;
    const { indices, ends, buffer } = message.message as ReadAheadBatch;
    let start = 0;
    indices.forEach((entry, k) => {
      const end = ends[k] as number;
      // Copied out, as a read on this thread would allocate it: the batch buffer goes back to be read into.
      if (entry < 0) this.ready[-1 - entry] = null;
      else this.ready[entry] = Buffer.from(new Uint8Array(buffer, start, end - start));
      start = end;
    });
    if (buffer.byteLength === BATCH_BYTES) this.port.postMessage(buffer, [buffer]);
    this.received++;
    Atomics.store(this.counters, CONSUMED, this.received);
    // The thread waits until only RESUME_AT batches are left (set WAITING before it looks at CONSUMED).
    if (Atomics.load(this.counters, WAITING) && Atomics.load(this.counters, SENT) - this.received <= RESUME_AT) Atomics.notify(this.counters, CONSUMED);
    return true;
  }
}
