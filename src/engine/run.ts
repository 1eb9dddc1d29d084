// One lint run: configuration, lexicons, discovery, reading and linting every input in order.

import { relative, resolve } from 'node:path';
import { RunDetector } from './detection.js';
import { formatIssue } from '../core/lexicon/types.js';
import type { FileResult } from '../core/report.js';
import { loadConfig, settingsFor, type LoadedConfig, type Settings } from './config.js';
import { DEFAULT_EXTENSIONS, discover } from './discover.js';
import { loadLanguages, type Languages } from './languages.js';
import { failedFile, lintDocument } from './lint-document.js';
import { decode, InputError, readInput, DEFAULT_MAX_FILE_SIZE } from './read.js';
import { encode, FileChangedError, fixUntilStable, writeAtomically } from './fix.js';
import { TOOL_VERSION } from './version.js';

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
  minScore?: number;
  reportUnusedDirectives?: boolean;
  /** Apply safe fixes: write the files, or only compute their diff. */
  fix?: 'write' | 'dry-run';
  /** Cache file to reuse results of unchanged files from. */
  cacheLocation?: string;
}

export interface RunResult {
  results: FileResult[];
  /** One-line problems for stderr (the tool could not do all its job: exit 2). */
  problems: string[];
  config: LoadedConfig;
  /** Unified diffs of the files --fix changed (or would change, with --fix-dry-run). */
  diffs: string[];
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
  const detect = detector?.detect;
  const maxFileSize = options.maxFileSize ?? config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const minScore = options.minScore ?? config.config.minScore;
  const results: FileResult[] = [];
  const diffs: string[] = [];
  const diffLib = options.fix === 'dry-run' ? await import('diff') : undefined;
  const opened = options.cacheLocation && !options.fix ? await openCache(options, config) : undefined;
  const cache = opened?.cache;
  const sha1 = opened?.sha1 ?? (() => '');
  const lintOne = async (path: string, display: string, read: () => ReturnType<typeof readInput>, languagesSet: Languages) => {
    try {
      const decoded = read();
      const settings = settingsFor(config, path, options.cli);
      const lintOnce = (text: string) =>
        lintDocument(display, text, { settings, languages: languagesSet, detect, minScore, reportUnusedDirectives: options.reportUnusedDirectives });
      // A reply the quick detector cannot place makes the file be linted again once franc is loaded.
      const lint = async (text: string) => {
        const result = lintOnce(text);
        if (!result.undecided || !detector || detector.hasStrong) return result;
        await detector.loadStrong();
        return lintOnce(text);
      };
      if (cache && decoded.bytes) {
        const key = sha1(decoded.bytes) + sha1(JSON.stringify(settings));
        const hit = cache.get(display, key);
        if (hit) results.push({ ...hit, source: decoded.text });
        else {
          const result = await lint(decoded.text);
          if (!result.messages.some((m) => m.fatal)) cache.set(display, key, result);
          results.push(result);
        }
        return;
      }
      if (!options.fix || !decoded.bytes) {
        results.push(await lint(decoded.text));
        return;
      }
      if (detector) await detector.loadStrong();
      const fixed = fixUntilStable(decoded.text, lintOnce);
      results.push(fixed.result);
      if (fixed.text === decoded.text) return;
      if (diffLib) diffs.push(diffLib.createTwoFilesPatch(display, display, decoded.text, fixed.text, '', '', { context: 2 }));
      else writeAtomically(path, encode(decoded, fixed.text), decoded.bytes);
    } catch (err) {
      if (err instanceof FileChangedError) {
        problems.push(`${display}: ${err.message}`);
        return;
      }
      if (!(err instanceof InputError)) throw err;
      problems.push(`${display}${err.line ? `:${err.line}:${err.column}` : ''}: ${err.message}`);
      results.push(failedFile(display, err.message, err.line, err.column));
    }
  };

  const fileInputs = options.inputs.filter((i) => i !== '-');
  if (options.inputs.includes('-')) {
    const bytes = options.stdin ? await options.stdin() : new Uint8Array();
    const name = options.stdinFilename ?? '<stdin>';
    await lintOne(resolve(options.cwd, options.stdinFilename ?? 'stdin.txt'), name, () => decode(bytes), languages);
  }
  if (fileInputs.length) {
    const { files, errors } = await discover(fileInputs, {
      cwd: options.cwd,
      extensions: options.extensions ?? config.config.extensions ?? DEFAULT_EXTENSIONS,
      ignorePatterns: config.config.ignorePatterns ?? [],
      useIgnoreFiles: options.ignore,
    });
    for (const e of errors) problems.push(`${e.path}: ${e.message}`);
    for (const file of files) {
      const display = relative(options.cwd, file) || file;
      await lintOne(file, display, () => readInput(file, maxFileSize), languages);
    }
  }
  const cacheProblem = cache?.save();
  if (cacheProblem) problems.push(cacheProblem);
  return { results, problems, config, diffs };
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
