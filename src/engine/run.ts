// One lint run: configuration, lexicons, discovery, reading and linting every input in order.

import { relative, resolve } from 'node:path';
import { RunDetector } from './detection.js';
import { formatIssue } from '../core/lexicon/types.js';
import type { FileResult } from '../core/report.js';
import { loadConfig, type LoadedConfig, type Settings } from './config.js';
import { DEFAULT_EXTENSIONS, discover, relativeTo } from './discover.js';
import { loadLanguages } from './languages.js';
import { decode, decodeInput, openInput, DEFAULT_MAX_FILE_SIZE, DEFAULT_STREAM_ABOVE, DEFAULT_STREAM_CHUNK } from './read.js';
import { FileLinter, type FileLintOptions, type FileOutcome } from './file-linter.js';
import { parsersFor } from './parsers.js';
import { TOOL_VERSION } from './version.js';
import { expectWork, optimizeNow } from './optimizer.js';
import { availableParallelism } from 'node:os';

export interface RunOptions {
  cwd: string;
  inputs: string[];
  /** Text read from standard input when an input is "-". */
  stdin?: () => Promise<Uint8Array>;
  stdinFilename?: string;
  configFile?: string;
  cli: Settings;
  extensions?: string[];
  ignore: boolean;
  maxFileSize?: number;
  /** Exports larger than this many bytes are read record by record (default 4 MB), this many bytes at a time. */
  streamAbove?: number;
  streamChunk?: number;
  /** Runs of more than this many files read them ahead in a thread (default 500). */
  readAheadAbove?: number;
  minScore?: number;
  reportUnusedDirectives?: boolean;
  /** Apply safe fixes: write the files, or only compute their diff. */
  fix?: 'write' | 'dry-run';
  /** Cache file to reuse results of unchanged files from. */
  cacheLocation?: string;
  /** Threads that lint (the main thread and workers): a number, "auto" (only for large inputs) or "off" (the default). */
  concurrency?: number | 'auto' | 'off';
  /** Called with each file's result in input order; then `results` stays empty (memory stays flat). */
  onResult?: (result: FileResult) => void;
  /** Keep file texts in results for formatters that show lines (default true). */
  keepSource?: boolean;
  /**
   * The messages of large exports stay in a compact store and are read through getters (StoredMessage): a
   * fraction of the memory, but they cannot be copied by spreading or cloning. The CLI uses it.
   */
  compactResults?: boolean;
  /** Told how many files are done of how many, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  results: FileResult[];
  /** One-line problems for stderr (the tool could not do all its job: exit 2). */
  problems: string[];
  config: LoadedConfig;
  /** Unified diffs of the files --fix changed (or would change, with --fix-dry-run). */
  diffs: string[];
  /** One-line notices for stderr that do not fail the run (a JSON file that is not a macro export). */
  notices: string[];
}

export async function prepare(cwd: string, configFile: string | undefined) {
  const config = await loadConfig(cwd, configFile);
  const problems: string[] = [];
  const teamFiles = (config.config.lexicons ?? []).map((p) => ({ file: resolve(config.base, p), display: relative(cwd, resolve(config.base, p)) || p }));
  const { languages, issues } = await loadLanguages(teamFiles);
  for (const issue of issues) problems.push(`lexicon ${formatIssue(issue)}`);
  return { config, languages, problems };
}


export async function run(options: RunOptions): Promise<RunResult> {
  const { config, languages, problems } = await prepare(options.cwd, options.configFile);
  const needsDetection = (options.cli.language ?? config.config.language ?? 'auto') === 'auto' || (config.config.overrides ?? []).some((o) => o.language === 'auto');
  const detector = needsDetection ? new RunDetector(languages) : undefined;
  const maxFileSize = options.maxFileSize ?? config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const fileOptions: FileLintOptions = {
    cli: options.cli,
    minScore: options.minScore ?? config.config.minScore,
    reportUnusedDirectives: options.reportUnusedDirectives,
    fix: options.fix,
    keepSource: options.keepSource ?? true,
    stream: { above: options.streamAbove ?? DEFAULT_STREAM_ABOVE, chunk: options.streamChunk ?? DEFAULT_STREAM_CHUNK },
    maxFileSize,
    compactResults: options.compactResults,
  };
  const results: FileResult[] = [];
  const diffs: string[] = [];
  const emit = options.onResult ?? ((r: FileResult) => void results.push(r));
  const notices: string[] = [];
  let done = 0;
  let total = options.inputs.includes('-') ? 1 : 0;
  const take = (outcome: FileOutcome) => {
    options.onProgress?.(++done, total);
    if (outcome.problem) problems.push(outcome.problem);
    // A malformed export is linted as far as it parses; its syntax errors are said on stderr too.
    else for (const m of outcome.result?.messages ?? []) if (m.fatal) problems.push(`${outcome.result!.filePath}:${m.line}:${m.column}: ${m.message}`);
    for (const n of outcome.result?.notices ?? []) notices.push(`${outcome.result!.filePath}: ${n}`);
    if (outcome.diff) diffs.push(outcome.diff);
    if (outcome.result) emit(outcome.result);
  };
  const cache = options.cacheLocation && !options.fix ? await openCache(options, config) : undefined;
  const diffLib = options.fix === 'dry-run' ? await import('diff') : undefined;
  const newLinter = async (files: string[]) => new FileLinter(config, languages, detector, fileOptions, cache, diffLib, await parsersFor(files));

  if (options.inputs.includes('-')) {
    const bytes = options.stdin ? await options.stdin() : new Uint8Array();
    const name = options.stdinFilename ?? '<stdin>';
    const linter = await newLinter([name]);
    take(await linter.lint(resolve(options.cwd, options.stdinFilename ?? 'stdin.txt'), name, () => decode(bytes)));
  }
  const fileInputs = options.inputs.filter((i) => i !== '-');
  if (fileInputs.length) {
    const { files, errors } = await discover(fileInputs, {
      cwd: options.cwd,
      extensions: options.extensions ?? config.config.extensions ?? DEFAULT_EXTENSIONS,
      ignorePatterns: config.config.ignorePatterns ?? [],
      useIgnoreFiles: options.ignore,
    });
    for (const e of errors) problems.push(`${e.path}: ${e.message}`);
    total += files.length;
    expectWork(files.length);
    const jobs = files.map((file) => ({ path: file, display: relativeTo(options.cwd, file) || file }));
    const threads = threadCount(options.concurrency, jobs.length, Boolean(options.fix || cache));
    const open = (path: string) => (streamAbove?: number) => openInput(path, maxFileSize, streamAbove);
    if (threads > 1) {
      // Workers may take every file, so this thread would never count a reply: the switch is the process's.
      optimizeNow();
      const { lintInWorkers } = await import('./pool.js');
      const linter = await newLinter(files);
      const setup = { cwd: options.cwd, configFile: options.configFile, maxFileSize, needsDetection, options: fileOptions };
      await lintInWorkers(jobs, threads - 1, setup, take, (job) => linter.lint(job.path, job.display, open(job.path)));
    } else {
      const linter = await newLinter(files);
      const ahead = await readAhead(files, options, maxFileSize, fileOptions.stream!.above);
      // Each file is taken from the read-ahead once, in order; a file it left out is read here.
      const openAt = (i: number) => {
        let bytes = ahead?.take(i);
        return (streamAbove?: number) => {
          const read = bytes ? decodeInput(bytes) : open(files[i]!)(streamAbove);
          bytes = undefined;
          return read;
        };
      };
      try {
        for (let i = 0; i < jobs.length; i++) {
          const job = jobs[i]!;
          take(await linter.lint(job.path, job.display, openAt(i)));
          // Linting never waits for I/O, so give timers (the progress spinner) a turn now and then.
          if (options.onProgress && i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        ahead?.close();
      }
    }
  }
  const cacheProblem = cache?.cache.save();
  if (cacheProblem) problems.push(cacheProblem);
  return { results, problems, config, diffs, notices };
}

// Measured on 2 cores (docs/architecture.md): the main thread lints alongside the workers. At 10,000 replies
// a second thread saves nothing (its start-up and the messages cost what it gains); at 100,000 two threads
// are 1.35x faster but the process needs ~240 MB instead of ~170 MB. So by default a run stays in one
// thread, within the memory budget; "auto" adds a thread per this many files (up to the core count), and
// a number asks for that many threads.
const MIN_FILES_PER_THREAD = 20_000;

function threadCount(concurrency: RunOptions['concurrency'], files: number, sequentialOnly: boolean): number {
  if (sequentialOnly || concurrency === undefined || concurrency === 'off' || concurrency === 1) return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_THREAD)));
  return Math.max(1, Math.min(concurrency, files));
}

// Below this many files the read-ahead thread would cost more to start than it saves.
const READ_AHEAD_FILES = 500;
// Larger files are read when their turn comes: the thread holds little at once.
const READ_AHEAD_LARGEST = 1024 * 1024;

/**
 * A thread that reads files ahead of the linting, for runs large enough (not --fix: it reads each file as it
 * fixes it). Files that may be refused or streamed for their size are left to the main thread.
 */
async function readAhead(files: readonly string[], options: RunOptions, maxFileSize: number, streamAbove: number) {
  if (options.fix || files.length <= (options.readAheadAbove ?? READ_AHEAD_FILES)) return undefined;
  const { ReadAhead } = await import('./read-ahead.js');
  return new ReadAhead(files, Math.min(maxFileSize, streamAbove, READ_AHEAD_LARGEST));
}

async function openCache(options: RunOptions, config: LoadedConfig) {
  const { ResultCache, sha1 } = await import('./cache.js');
  const { BUILTIN_DIR } = await import('./builtin.js');
  const { readdirSync } = await import('node:fs');
  const { readFileSync } = await import('node:fs');
  const lexiconFiles = (config.config.lexicons ?? []).map((p) => {
    try {
      return readFileSync(resolve(config.base, p), 'utf8');
    } catch {
      return '';
    }
  });
  const setup = sha1(JSON.stringify([config.config, options.cli, options.minScore, readdirSync(BUILTIN_DIR).sort().map((f) => sha1(readFileSync(new URL(f, BUILTIN_DIR)))), lexiconFiles]));
  return { cache: new ResultCache(resolve(options.cwd, options.cacheLocation!), TOOL_VERSION, setup), sha1 };
}
