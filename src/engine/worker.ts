// A lint worker: the same FileLinter as the main thread, fed batches of files by the pool.

import { parentPort, workerData } from 'node:worker_threads';
import { RunDetector } from './detection.js';
import { FileLinter, type FileOutcome } from './file-linter.js';
import type { Job, PoolSetup } from './pool.js';
import { openInput } from './read.js';
import { parsersFor } from './parsers.js';
import { prepare } from './run.js';

const setup = workerData as PoolSetup;
const { config, languages } = await prepare(setup.cwd, setup.configFile);
const detector = setup.needsDetection ? new RunDetector(languages) : undefined;
// Workers get large runs: load every parser up front.
// Results are cloned to the main thread: their messages must be objects of their own.
const linter = new FileLinter(config, languages, detector, { ...setup.options, compactResults: false }, undefined, undefined, await parsersFor(['any.json']));

parentPort!.on('message', async (msg: { start: number; jobs: Job[] } | null) => {
  if (!msg) return parentPort!.close();
  const outcomes: FileOutcome[] = [];
  for (const job of msg.jobs) outcomes.push(await linter.lint(job.path, job.display, (streamAbove) => openInput(job.path, setup.maxFileSize, streamAbove)));
  parentPort!.postMessage({ start: msg.start, outcomes });
});
