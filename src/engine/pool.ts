// A bounded pool of worker threads for large inputs; results come back in input order.

import { Worker } from 'node:worker_threads';
import type { FileLintOptions, FileOutcome } from './file-linter.js';

export interface PoolSetup {
  cwd: string;
  configFile?: string;
  maxFileSize: number;
  needsDetection: boolean;
  options: FileLintOptions;
}

export interface Job {
  path: string;
  display: string;
}

// Small enough to balance the load between workers, large enough that messaging costs little.
const BATCH = 64;

export function lintInWorkers(jobs: readonly Job[], workers: number, setup: PoolSetup, take: (outcome: FileOutcome) => void): Promise<void> {
  let next = 0;
  let emitted = 0;
  const done = new Map<number, FileOutcome[]>();
  return new Promise((resolve, reject) => {
    let running = workers;
    let failed = false;
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      let inFlight = 0;
      const send = () => {
        if (next >= jobs.length) {
          if (inFlight === 0) worker.postMessage(null);
          return;
        }
        const start = next;
        next = Math.min(jobs.length, next + BATCH);
        inFlight++;
        worker.postMessage({ start, jobs: jobs.slice(start, next) });
      };
      // Two batches in flight per worker, and the next one sent before the results are formatted, so a
      // worker never waits for the main thread.
      send();
      send();
      worker.on('message', (msg: { start?: number; outcomes?: FileOutcome[] }) => {
        if (!msg.outcomes || msg.start === undefined) return;
        inFlight--;
        send();
        done.set(msg.start, msg.outcomes);
        // Emit every batch that is next in input order, so output order never depends on timing.
        for (let batch = done.get(emitted); batch; batch = done.get(emitted)) {
          done.delete(emitted);
          emitted += batch.length;
          for (const outcome of batch) take(outcome);
        }
      });
      worker.once('error', (err) => {
        failed = true;
        reject(err);
      });
      worker.once('exit', () => {
        if (--running === 0 && !failed) resolve();
      });
    }
  });
}
