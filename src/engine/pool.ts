// A bounded pool of worker threads for large inputs, with the main thread linting alongside them;
// results come back in input order.

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

// Small enough to balance the load between threads, large enough that messaging costs little.
const BATCH = 64;

/**
 * Lints `jobs` with `workers` worker threads plus the main thread (`lintHere`), handing each a batch of
 * files at a time; `take` sees every outcome in input order, whichever thread finished first.
 */
export async function lintInWorkers(
  jobs: readonly Job[],
  workers: number,
  setup: PoolSetup,
  take: (outcome: FileOutcome) => void,
  lintHere: (job: Job) => Promise<FileOutcome>,
): Promise<void> {
  let next = 0;
  let emitted = 0;
  const done = new Map<number, FileOutcome[]>();
  const claim = (): number | undefined => {
    if (next >= jobs.length) return undefined;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return start;
  };
  const settle = (start: number, outcomes: FileOutcome[]) => {
    done.set(start, outcomes);
    // Emit every batch that is next in input order, so output order never depends on timing.
    for (let batch = done.get(emitted); batch; batch = done.get(emitted)) {
      done.delete(emitted);
      emitted += batch.length;
      for (const outcome of batch) take(outcome);
    }
  };
  const threads = Array.from({ length: workers }, () => runWorker(jobs, setup, claim, settle));
  // A thread that fails while this one is still linting stops the claiming at once; the failure is thrown below.
  const finished = Promise.all(threads.map((t) => t.done));
  finished.catch(() => {
    next = jobs.length;
  });
  try {
    // The main thread takes a batch whenever it is free; between batches, workers' results come in.
    for (let start = claim(); start !== undefined; start = claim()) {
      const outcomes: FileOutcome[] = [];
      for (const job of jobs.slice(start, start + BATCH)) outcomes.push(await lintHere(job));
      settle(start, outcomes);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await finished;
  } catch (err) {
    // One thread failed: the others stop rather than lint files whose results nobody will see.
    next = jobs.length;
    for (const t of threads) {
      t.done.catch(() => {});
      void t.worker.terminate();
    }
    throw err;
  }
  if (emitted !== jobs.length) throw new Error(`a worker thread stopped after ${emitted} of ${jobs.length} files`);
}

function runWorker(
  jobs: readonly Job[],
  setup: PoolSetup,
  claim: () => number | undefined,
  settle: (start: number, outcomes: FileOutcome[]) => void,
): { worker: Worker; done: Promise<void> } {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  const done = new Promise<void>((resolve, reject) => {
    let inFlight = 0;
    const send = () => {
      const start = claim();
      if (start === undefined) {
        if (inFlight === 0) worker.postMessage(null);
        return;
      }
      inFlight++;
      worker.postMessage({ start, jobs: jobs.slice(start, start + BATCH) });
    };
    // Two batches in flight, and the next one sent before the results are formatted, so the worker
    // never waits for the main thread.
    send();
    send();
    let failed = false;
    worker.on('message', (msg: { start?: number; outcomes?: FileOutcome[] }) => {
      if (failed || !msg.outcomes || msg.start === undefined) return;
      inFlight--;
      send();
      // Taking results writes the report: an error there (a full disk) fails the run like any other.
      try {
        settle(msg.start, msg.outcomes);
      } catch (err) {
        failed = true;
        reject(err);
      }
    });
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  return { worker, done };
}
